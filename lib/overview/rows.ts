import { VERDICTS, type Checklist, type Verdict } from '../checklist/types';
import { effectiveVerdict, toReadUnreviewed } from '../review/model';
import type { SavedReview } from '../review/types';

/** Where a row comes from: a document checked now, or a review exported from the extension. */
export type RowSource = 'document' | 'review';

export type ThemeCounts = Record<Verdict, number>;

/**
 * One regiovisie in the overview (the `--json` shape of `npm run overview`, ../shared/spec/cli.md):
 * counts per theme id and the verdict per item id. For an exported review the verdict is the
 * council's own where it set one.
 */
export interface OverviewRow {
  title: string;
  file: string;
  source: RowSource;
  counts: Record<string, ThemeCounts>;
  verdicts: Record<string, Verdict>;
  /** How many verdicts the council set by hand (0 for a document). */
  byHand: number;
  /**
   * How many points are still to read (isToRead), not yet checked: a deels on one vague word
   * (ItemResult.faint) or an aanwezig that only one passage carries (ItemResult.single).
   */
  toRead: number;
}

/**
 * The row of one review. Items of the checklist that the review does not know (an old review,
 * a newer checklist) have no verdict and are not counted; every theme of the checklist has counts.
 */
export function overviewRow(saved: SavedReview, file: string, checklist: Checklist, source: RowSource): OverviewRow {
  const counts: Record<string, ThemeCounts> = {};
  for (const theme of checklist.themes) counts[theme.id] = { aanwezig: 0, deels: 0, ontbreekt: 0 };
  const verdicts: Record<string, Verdict> = {};
  let byHand = 0;
  for (const item of checklist.items) {
    const v = effectiveVerdict(saved, item.id);
    if (!v) continue;
    verdicts[item.id] = v.verdict;
    if (v.byHand) byHand++;
    (counts[item.theme] ??= { aanwezig: 0, deels: 0, ontbreekt: 0 })[v.verdict]++;
  }
  return { title: saved.title || saved.automatic.source.title || '', file, source, counts, verdicts, byHand, toRead: toReadUnreviewed(saved).length };
}

/** The totals of a row over all themes. */
export function rowTotals(row: OverviewRow): ThemeCounts {
  const total: ThemeCounts = { aanwezig: 0, deels: 0, ontbreekt: 0 };
  for (const c of Object.values(row.counts)) for (const v of VERDICTS) total[v] += c[v];
  return total;
}

/** The `--json` output: `{ rows: [...] }`. */
export function overviewJson(rows: OverviewRow[]): { rows: OverviewRow[] } {
  return { rows };
}
