import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { parseHtmlDocument } from '@/cli/dom';
import { analyze } from '@/lib/check';
import { locChecklist } from '@/lib/checklist';
import type { Verdict } from '@/lib/checklist/types';

/**
 * Axe-core style integration test: each fixture page has hand-labelled expected verdicts
 * (written by someone other than the checker's author). The checker need not agree on every
 * item, but it must agree on found/not-found for most, rarely claim "aanwezig" wrongly, and
 * never pass a page that is not a regiovisie as one.
 */
const DIR = resolve(__dirname, '../../fixtures/checker');
interface Expected {
  page: string;
  isRegiovisie: boolean;
  items: Record<string, Verdict>;
}
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Expected);

function run(expected: Expected) {
  const doc = extractFromHtmlDocument(parseHtmlDocument(readFileSync(join(DIR, expected.page), 'utf8')), { url: expected.page });
  const review = analyze(doc, locChecklist);
  let foundAgree = 0;
  let falseAanwezig = 0;
  for (const item of review.items) {
    const want = expected.items[item.id];
    if ((want === 'ontbreekt') === (item.verdict === 'ontbreekt')) foundAgree++;
    if (item.verdict === 'aanwezig' && want !== 'aanwezig') falseAanwezig++;
  }
  return { review, foundAgree, falseAanwezig };
}

describe('checker on the fixture pages', () => {
  it('has fixtures of both kinds', () => {
    expect(fixtures.filter((f) => f.isRegiovisie).length).toBeGreaterThanOrEqual(3);
    expect(fixtures.filter((f) => !f.isRegiovisie).length).toBeGreaterThanOrEqual(2);
  });

  for (const expected of fixtures) {
    it(`${expected.page}: ${expected.isRegiovisie ? 'agrees with the hand labels' : 'is not taken for a regiovisie'}`, () => {
      const { review, foundAgree, falseAanwezig } = run(expected);
      expect(review.looksLikeRegiovisie).toBe(expected.isRegiovisie);
      if (expected.isRegiovisie) {
        expect(foundAgree, 'items where found/not-found agrees (of 34)').toBeGreaterThanOrEqual(29);
        expect(falseAanwezig, 'items wrongly "aanwezig"').toBeLessThanOrEqual(3);
      } else {
        expect(review.items.filter((i) => i.verdict === 'aanwezig').map((i) => i.id)).toEqual([]);
        expect(foundAgree, 'items where found/not-found agrees (of 34)').toBeGreaterThanOrEqual(31);
      }
    });
  }
});
