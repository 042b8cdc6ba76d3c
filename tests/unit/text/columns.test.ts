import { describe, expect, it } from 'vitest';
import { growColumns } from '../../../lib/text/columns';

describe('growColumns', () => {
  it('copies every named column into the larger arrays and leaves other fields alone', () => {
    const small = { a: Int32Array.from([1, 2]), b: Float64Array.from([0.5, 1.5]), c: Uint8Array.from([7, 8]), length: 2 };
    const big = { a: new Int32Array(4), b: new Float64Array(4), c: new Uint8Array(4), length: 0 };
    growColumns(small, big, ['a', 'b'] as const);
    expect([...small.a]).toEqual([1, 2, 0, 0]);
    expect([...small.b]).toEqual([0.5, 1.5, 0, 0]);
    expect(small.a).toBe(big.a);
    expect([...small.c]).toEqual([7, 8]); // not named: kept as it was
    expect(small.length).toBe(2);
  });
});
