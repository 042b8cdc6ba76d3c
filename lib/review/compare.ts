/**
 * Two versions of a regiovisie side by side (a concept and the final version, last year's and
 * this year's): per checklist item the verdict before and after, the passages that are new or
 * gone, and a summary ("7 punten beter, 1 slechter, 26 gelijk"). Pure, over two saved reviews:
 * the verdict that counts is the council's own where it set one (effectiveVerdict).
 */
import type { Checklist, Verdict } from '../checklist/types';
import { matchKey } from './anchor';
import { effectiveVerdict, decisionOf } from './model';
import type { SavedReview } from './types';
import type { Message } from '../i18n';

export type ItemChange = 'better' | 'worse' | 'same';

export interface ItemComparison {
  id: string;
  theme: string;
  /** The verdict that counts in the old and the new review (ontbreekt for an item a review does not have). */
  old: Verdict;
  new: Verdict;
  /** True where that verdict is the council's own. */
  oldByHand: boolean;
  newByHand: boolean;
  change: ItemChange;
  /**
   * Passages of the item (automatic and the council's own) in the new review and not in the old one, and the other way round.
   * Only the passages the reviews hold (the top few per item): a passage "removed" may still be in the new text.
   */
  added: string[];
  removed: string[];
}

export interface ComparisonSide {
  title: string;
  /** The page address or file name (the first source). */
  url: string;
  sources: number;
}

export interface Comparison {
  old: ComparisonSide;
  new: ComparisonSide;
  /** Every checklist item, in checklist order. */
  items: ItemComparison[];
  summary: Record<ItemChange, number>;
  /**
   * False when the two reviews look like reviews of unrelated documents (fewer than a fifth of
   * their passages shared, and different titles): the comparison still works, but the user should be warned.
   */
  related: boolean;
}

/** ontbreekt < deels < aanwezig. */
const RANK: Record<Verdict, number> = { ontbreekt: 0, deels: 1, aanwezig: 2 };

function changeOf(from: Verdict, to: Verdict): ItemChange {
  return RANK[to] > RANK[from] ? 'better' : RANK[to] < RANK[from] ? 'worse' : 'same';
}

/** The passages of an item: automatic evidence, then the council's own; each text once. */
function passagesOf(saved: SavedReview, id: string): Map<string, string> {
  const out = new Map<string, string>();
  const add = (quote: string) => {
    const key = matchKey(quote);
    if (key !== '' && !out.has(key)) out.set(key, quote);
  };
  for (const e of saved.automatic.items.find((it) => it.id === id)?.evidence ?? []) add(e.quote);
  for (const e of decisionOf(saved, id)?.ownEvidence ?? []) add(e.quote);
  return out;
}

function side(saved: SavedReview): ComparisonSide {
  return { title: saved.title || saved.automatic.source.title, url: saved.sources[0]?.url ?? saved.url, sources: saved.sources.length };
}

/** Words that say which version a title is, not which document: "concept", "definitief", years. */
const VERSION_WORDS = /\b(concept(versie)?|definitie[fv]e?|versie|ontwerp|vastgesteld|def|v\d+|\d{4}(-\d{4})?|\d+)\b/g;
const titleKey = (title: string): string => matchKey(title).toLowerCase().replace(VERSION_WORDS, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every passage of a review (all items), normalised. */
function allPassages(saved: SavedReview): Set<string> {
  const out = new Set<string>();
  for (const it of saved.automatic.items) for (const key of passagesOf(saved, it.id).keys()) out.add(key);
  return out;
}

/**
 * Two reviews are of (versions of) one document when they share a fifth of their passages (of
 * the review with fewer), when they have the same address, or when their titles are the same
 * apart from words such as "concept" and years.
 */
export function looksRelated(a: SavedReview, b: SavedReview): boolean {
  if (a.key === b.key) return true;
  const ta = titleKey(side(a).title);
  if (ta !== '' && ta === titleKey(side(b).title)) return true;
  const pa = allPassages(a);
  const pb = allPassages(b);
  const fewer = Math.min(pa.size, pb.size);
  if (fewer === 0) return false;
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return shared * 5 >= fewer;
}

export function compareReviews(oldReview: SavedReview, newReview: SavedReview, checklist: Checklist): Comparison {
  const summary: Record<ItemChange, number> = { better: 0, worse: 0, same: 0 };
  const items = checklist.items.map((item): ItemComparison => {
    const before = effectiveVerdict(oldReview, item.id);
    const after = effectiveVerdict(newReview, item.id);
    const oldVerdict = before?.verdict ?? 'ontbreekt';
    const newVerdict = after?.verdict ?? 'ontbreekt';
    const was = passagesOf(oldReview, item.id);
    const is = passagesOf(newReview, item.id);
    const change = changeOf(oldVerdict, newVerdict);
    summary[change]++;
    return {
      id: item.id,
      theme: item.theme,
      old: oldVerdict,
      new: newVerdict,
      oldByHand: before?.byHand ?? false,
      newByHand: after?.byHand ?? false,
      change,
      added: [...is].filter(([key]) => !was.has(key)).map(([, quote]) => quote),
      removed: [...was].filter(([key]) => !is.has(key)).map(([, quote]) => quote),
    };
  });
  return { old: side(oldReview), new: side(newReview), items, summary, related: looksRelated(oldReview, newReview) };
}

/** The items whose verdict changed, as every view shows them: the better ones, then the worse, each in checklist order; a group without items is left out. */
export function changedGroups(comparison: Comparison): { change: Exclude<ItemChange, 'same'>; items: ItemComparison[] }[] {
  return (['better', 'worse'] as const).map((change) => ({ change, items: comparison.items.filter((it) => it.change === change) })).filter((group) => group.items.length > 0);
}

/** "7 punten beter, 1 slechter, 26 gelijk" (translated where shown). */
export function summaryMessage(summary: Record<ItemChange, number>): Message {
  const better: Message = summary.better === 1 ? { key: 'compare.onePoint' } : { key: 'compare.points', params: { count: summary.better } };
  return { key: 'compare.summary', params: { better, worse: summary.worse, same: summary.same } };
}
