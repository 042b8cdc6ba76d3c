import { describe, expect, it } from 'vitest';
import { RankedQueue } from '../../../lib/check/ranking';
import { mulberry32 } from '../seeded-random';

/** Everything the queue gives, in order. */
function drain(q: RankedQueue): number[] {
  const out: number[] = [];
  for (let x = q.pop(); x >= 0; x = q.pop()) out.push(x);
  return out;
}

describe('RankedQueue (the first few of many passages, without a full sort)', () => {
  it('gives the items in the order a sort with the same comparison gives, ties broken by the second key', () => {
    const random = mulberry32(8);
    for (let round = 0; round < 50; round++) {
      const n = Math.floor(random() * 60);
      // few distinct scores, so ties are common; the position breaks them (a total order)
      const score = Array.from({ length: n }, () => Math.floor(random() * 5) / 4);
      const items = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
      const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
      const sorted = [...items].sort((a, b) => score[b]! - score[a]! || a - b);
      expect(drain(new RankedQueue(items, before))).toEqual(sorted);
    }
  });

  it('takes items one at a time and then says it is empty', () => {
    const q = new RankedQueue([7, 3, 11], (a, b) => a < b);
    expect(q.pop()).toBe(3);
    expect(q.pop()).toBe(7);
    expect(q.pop()).toBe(11);
    expect(q.pop()).toBe(-1);
    expect(new RankedQueue([], (a, b) => a < b).pop()).toBe(-1);
  });
});
