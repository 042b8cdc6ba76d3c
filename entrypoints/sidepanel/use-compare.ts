/**
 * "Vergelijk twee versies" in "Opgeslagen" (issue 10): read the two chosen reviews and compare
 * them (lib/review/compare.ts). Storage is passed in, so the hook can be tested alone.
 */
import { useState } from 'preact/hooks';
import { locChecklist } from '@/lib/checklist';
import type { Message } from '@/lib/i18n';
import { compareReviews, type Comparison } from '@/lib/review';
import type { ReadResult } from '@/lib/review/panel-state';
import type { CompareApi } from '@/components/panel-api';

export function useCompare(read: (key: string) => Promise<ReadResult>): CompareApi {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<Message | null>(null);
  return {
    comparison,
    error,
    compare: async (oldKey: string, newKey: string) => {
      setError(null);
      setComparison(null); // a failed comparison must not leave the previous one (with other keys) on screen
      const [before, after] = await Promise.all([read(oldKey), read(newKey)]);
      for (const r of [before, after]) {
        if (!r.ok) return setError({ key: 'saved.readError', params: { detail: r.error } });
      }
      if (!before.ok || !after.ok || !before.saved || !after.saved) return setError({ key: 'compare.pick.gone' });
      setComparison(compareReviews(before.saved, after.saved, locChecklist));
    },
    close: () => setComparison(null),
  };
}
