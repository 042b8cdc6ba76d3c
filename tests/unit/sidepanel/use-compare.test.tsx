import { describe, expect, it } from 'vitest';
import { useCompare } from '@/entrypoints/sidepanel/use-compare';
import type { ReadResult } from '@/lib/review/panel-state';
import { useDom } from '../dom';
import { makeSaved } from '../review/factory';
import { mountHooks, settle } from './hook-harness';

const { root } = useDom();

describe('useCompare', () => {
  it('a comparison that cannot be read takes the earlier one off the screen and says why', async () => {
    const a = { ...makeSaved(), key: 'a' };
    const b = { ...makeSaved(), key: 'b' };
    const read = async (key: string): Promise<ReadResult> => (key === 'kapot' ? { ok: false, error: { key: 'storedError.noMigration' } } : { ok: true, saved: key === 'a' ? a : b });
    const got = await mountHooks(root(), () => useCompare(read));
    await got.compare('a', 'b');
    await settle();
    expect(got.comparison).not.toBeNull();
    await got.compare('a', 'kapot');
    await settle();
    expect(got.comparison).toBeNull();
    expect(got.error?.key).toBe('saved.readError');
  });
});
