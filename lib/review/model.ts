/**
 * Pure, immutable operations on a SavedReview: the user's decisions beside the automatic review.
 *
 * Every setter returns a NEW SavedReview with `updatedAt` (of the review and of the decision)
 * set to `now`, or the SAME object when nothing changes (so the caller can skip a write).
 * Setters accept the ids of the automatic review and ids that already have a decision (an item
 * that left the checklist keeps its toelichting and note); any other id is a programming error (RangeError).
 */
import { VERDICTS, type Verdict } from '../checklist/types';
import type { ItemResult, Review } from '../check/types';
import { ADDRESSEES, type Addressee, type ItemDecision, type OwnEvidence, type ReviewChange, type ReviewSource, type SavedReview } from './types';
import { refreshedSource, sourceOfReview, type SourceFigures } from './source-description';
import { normaliseUrl } from './url';
import { isVerdict } from './validate';

/**
 * A new review of `review`, kept under `url`. `sources` are the pages and files it was computed
 * over (lib/review/sources.ts); without them, the one page or file `url` names.
 */
export function createSavedReview(review: Review, now: Date, url: string, title: string, sources?: readonly ReviewSource[]): SavedReview {
  const at = now.toISOString();
  if (sources && sources.length === 0) throw new RangeError('A review needs at least one source');
  return {
    schemaVersion: 3,
    key: normaliseUrl(url),
    url,
    title,
    createdAt: at,
    updatedAt: at,
    checkedAt: at,
    automatic: review,
    sources: sources ? [...sources] : [sourceOfReview(review, url, at)],
    decisions: {},
  };
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

export interface EffectiveVerdict {
  /** The verdict that counts: the hand verdict when set, else the automatic one. */
  verdict: Verdict;
  /** True when the user set the verdict by hand (even when it equals the automatic one). */
  byHand: boolean;
  /** The automatic verdict; undefined for an id that is no longer in the automatic review. */
  automatic: Verdict | undefined;
}

function itemById(saved: SavedReview, id: string): ItemResult | undefined {
  return saved.automatic.items.find((it) => it.id === id);
}

/** The user's decision for an item (own properties only: an id is never looked up on the prototype). */
export function decisionOf(saved: SavedReview, id: string): ItemDecision | undefined {
  return Object.prototype.hasOwnProperty.call(saved.decisions, id) ? saved.decisions[id] : undefined;
}

/** The verdict that counts for an item, or undefined when the id is unknown and has no hand verdict. */
export function effectiveVerdict(saved: SavedReview, id: string): EffectiveVerdict | undefined {
  const automatic = itemById(saved, id)?.verdict;
  const byHand = decisionOf(saved, id)?.verdict;
  if (byHand !== undefined) return { verdict: byHand, byHand: true, automatic };
  if (automatic !== undefined) return { verdict: automatic, byHand: false, automatic };
  return undefined;
}

const hasText = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';

/** True when the toelichting (for the letter) has visible text (white space only does not count). */
export function hasToelichting(decision: ItemDecision | undefined): boolean {
  return hasText(decision?.toelichting);
}

/** True when the private note has visible text. */
export function hasPrivateNote(decision: ItemDecision | undefined): boolean {
  return hasText(decision?.privateNote);
}

/**
 * The council checked the item's verdict: it said the automatic verdict is right ("Klopt") or
 * chose a verdict by hand. Writing a toelichting or a note alone does not check the verdict.
 * The panel's "bekeken" count and the letter's "nagekeken" sentences both use this, so the
 * panel and the letter always give the same number.
 */
export function isReviewed(saved: SavedReview, id: string): boolean {
  return isDecided(decisionOf(saved, id));
}

/** The council confirmed the verdict or set its own. */
function isDecided(d: ItemDecision | undefined): boolean {
  return !!d && (d.confirmed === true || d.verdict !== undefined);
}

/**
 * A point to read: a deels that rests on one vague word (ItemResult.faint) or an aanwezig that
 * only one passage of a longer text carries (ItemResult.single), which the council has not yet
 * confirmed or changed. The panel's mark and filter, the letter view's count, the appendix's
 * explanation and the overview all ask this one question.
 */
export function isToRead(result: ItemResult | undefined, decision: ItemDecision | undefined): boolean {
  return toReadReason(result, decision) !== undefined;
}

/** Why a point is to read (isToRead): 'faint' (a deels on one vague word), 'single' (an aanwezig on one passage), or undefined. */
export function toReadReason(result: ItemResult | undefined, decision: ItemDecision | undefined): 'faint' | 'single' | undefined {
  if (!result || isDecided(decision)) return undefined;
  if (result.faint === true && result.verdict === 'deels') return 'faint';
  if (result.single === true && result.verdict === 'aanwezig') return 'single';
  return undefined;
}

/**
 * The user changed something: a hand verdict that differs from the automatic one, a
 * toelichting, a private note, or own evidence. Confirming alone is agreeing, not changing.
 */
export function isChangedByUser(saved: SavedReview, id: string): boolean {
  const d = decisionOf(saved, id);
  if (!d) return false;
  const automatic = itemById(saved, id)?.verdict;
  return (d.verdict !== undefined && d.verdict !== automatic) || hasToelichting(d) || hasPrivateNote(d) || (d.ownEvidence?.length ?? 0) > 0;
}

/** The first automatic item (in checklist order) whose verdict the council has not checked yet. */
export function firstUnreviewed(saved: SavedReview): string | undefined {
  return saved.automatic.items.find((it) => !isReviewed(saved, it.id))?.id;
}

/**
 * The points to read (isToRead): items not yet confirmed or changed whose deels rests on one
 * vague word (ItemResult.faint) or whose aanwezig only one passage carries (ItemResult.single).
 * The ones most worth reading before a letter goes out, in checklist order.
 */
export function toReadUnreviewed(saved: SavedReview): string[] {
  return saved.automatic.items.filter((it) => isToRead(it, decisionOf(saved, it.id))).map((it) => it.id);
}

/** Decision ids whose item is no longer in the automatic review (kept, never thrown away). */
export function orphanedIds(saved: SavedReview): string[] {
  const known = new Set(saved.automatic.items.map((it) => it.id));
  return Object.keys(saved.decisions).filter((id) => !known.has(id));
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

function assertKnownId(saved: SavedReview, id: string): void {
  if (!itemById(saved, id) && !decisionOf(saved, id)) {
    throw new RangeError(`Unknown checklist item "${id}"`);
  }
}

function isEmptyDecision(d: ItemDecision): boolean {
  return d.verdict === undefined && d.toelichting === undefined && d.privateNote === undefined && (d.ownEvidence?.length ?? 0) === 0 && !d.confirmed;
}

const DECISION_FIELDS = new Set(['verdict', 'toelichting', 'privateNote', 'ownEvidence', 'confirmed', 'updatedAt']);

/** Drop undefined and empty fields so stored data stays small and comparable. */
function tidy(d: ItemDecision): ItemDecision {
  const out: ItemDecision = { updatedAt: d.updatedAt };
  if (d.verdict !== undefined) out.verdict = d.verdict;
  if (d.toelichting !== undefined && d.toelichting !== '') out.toelichting = d.toelichting;
  if (d.privateNote !== undefined && d.privateNote !== '') out.privateNote = d.privateNote;
  if (d.ownEvidence && d.ownEvidence.length > 0) out.ownEvidence = d.ownEvidence;
  if (d.confirmed) out.confirmed = true;
  // Keep fields a later version may have added.
  for (const [k, v] of Object.entries(d)) {
    if (!DECISION_FIELDS.has(k) && v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Apply `change` to the decision of `id` (creating or removing it as needed). */
function updateDecision(
  saved: SavedReview,
  id: string,
  now: Date,
  change: (d: ItemDecision) => ItemDecision,
  same: (before: ItemDecision | undefined) => boolean,
): SavedReview {
  assertKnownId(saved, id);
  const before = decisionOf(saved, id);
  if (same(before)) return saved;
  const at = now.toISOString();
  const next = tidy(change({ ...(before ?? { updatedAt: at }), updatedAt: at }));
  const decisions = { ...saved.decisions };
  if (isEmptyDecision(next)) delete decisions[id];
  else decisions[id] = next;
  return { ...saved, decisions, updatedAt: at };
}

/**
 * Set the verdict by hand, or clear it (undefined) so the automatic verdict holds again.
 * Setting a hand verdict removes a confirmation (the hand verdict is the stronger statement).
 */
export function setVerdict(saved: SavedReview, id: string, verdict: Verdict | undefined, now: Date): SavedReview {
  if (verdict !== undefined && !isVerdict(verdict)) {
    throw new RangeError(`Unknown verdict "${String(verdict)}"; expected one of ${VERDICTS.join(', ')}`);
  }
  return updateDecision(
    saved,
    id,
    now,
    (d) => ({ ...d, verdict, confirmed: verdict === undefined ? d.confirmed : undefined }),
    (before) => before?.verdict === verdict && (verdict === undefined || !before?.confirmed),
  );
}

/** The two free texts per item: the toelichting goes into the letter, the private note never does. */
export type DecisionText = 'toelichting' | 'privateNote';

function setText(saved: SavedReview, id: string, field: DecisionText, text: string, now: Date): SavedReview {
  return updateDecision(
    saved,
    id,
    now,
    (d) => ({ ...d, [field]: text === '' ? undefined : text }),
    (before) => (before?.[field] ?? '') === text,
  );
}

/**
 * Set the toelichting (printed in the letter and the appendix) exactly as typed (no trimming:
 * the UI may save at every key stroke). An empty string removes it.
 */
export function setToelichting(saved: SavedReview, id: string, text: string, now: Date): SavedReview {
  return setText(saved, id, 'toelichting', text, now);
}

/** Set the private note (never in a letter) exactly as typed. An empty string removes it. */
export function setPrivateNote(saved: SavedReview, id: string, text: string, now: Date): SavedReview {
  return setText(saved, id, 'privateNote', text, now);
}

export type NewOwnEvidence = Omit<OwnEvidence, 'addedAt'> & { addedAt?: string };

function sameQuote(a: Omit<OwnEvidence, 'addedAt'>, b: Omit<OwnEvidence, 'addedAt'>): boolean {
  return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && a.block === b.block;
}

/**
 * Add a passage the user selected on the page. `addedAt` is set to `now` unless given. The same
 * passage (quote, prefix, suffix and block) is not added twice. An empty quote is ignored.
 */
export function addOwnEvidence(saved: SavedReview, id: string, evidence: NewOwnEvidence, now: Date): SavedReview {
  const entry: OwnEvidence = { ...evidence, addedAt: evidence.addedAt ?? now.toISOString() };
  return updateDecision(
    saved,
    id,
    now,
    (d) => ({ ...d, ownEvidence: [...(d.ownEvidence ?? []), entry] }),
    (before) => evidence.quote.trim() === '' || (before?.ownEvidence ?? []).some((e) => sameQuote(e, entry)),
  );
}

/**
 * Remove own evidence, by its index in `ownEvidence` or by the entry itself (matched on quote,
 * prefix, suffix, block and addedAt). Unknown index or entry: nothing changes.
 */
export function removeOwnEvidence(
  saved: SavedReview,
  id: string,
  which: number | Pick<OwnEvidence, 'quote' | 'addedAt'> & Partial<OwnEvidence>,
  now: Date,
): SavedReview {
  const list = decisionOf(saved, id)?.ownEvidence ?? [];
  const index =
    typeof which === 'number'
      ? Number.isInteger(which) && which >= 0 && which < list.length
        ? which
        : -1
      : list.findIndex(
          (e) =>
            e.quote === which.quote &&
            e.addedAt === which.addedAt &&
            (which.prefix === undefined || e.prefix === which.prefix) &&
            (which.suffix === undefined || e.suffix === which.suffix) &&
            (which.block === undefined || e.block === which.block),
        );
  return updateDecision(
    saved,
    id,
    now,
    (d) => ({ ...d, ownEvidence: list.filter((_, i) => i !== index) }),
    () => index === -1,
  );
}

/**
 * Mark the item as looked at and agreed with the automatic verdict (confirmed = true), or undo
 * that (false). Confirming removes a hand verdict: agreeing means the automatic verdict holds.
 */
export function confirmItem(saved: SavedReview, id: string, confirmed: boolean, now: Date): SavedReview {
  return updateDecision(
    saved,
    id,
    now,
    (d) => ({ ...d, confirmed, verdict: confirmed ? undefined : d.verdict }),
    (before) => !!before?.confirmed === confirmed && (!confirmed || before?.verdict === undefined),
  );
}

/** The review's own details for the letter (each falls back to the council settings, or the title). */
export type LetterDetail = 'municipality' | 'region' | 'regiovisieName';

/** Set or clear (empty string) one of the letter details; the stored value is trimmed. */
export function setLetterDetail(saved: SavedReview, field: LetterDetail, text: string, now: Date): SavedReview {
  const value = text.trim();
  if ((saved[field] ?? '') === value) return saved;
  const next: SavedReview = { ...saved, updatedAt: now.toISOString() };
  if (value === '') delete next[field];
  else next[field] = value;
  return next;
}

/** Set or clear (empty string) the municipality the letter goes to. */
export function setMunicipality(saved: SavedReview, municipality: string, now: Date): SavedReview {
  return setLetterDetail(saved, 'municipality', municipality, now);
}

/** Set the addressee of the letter, or clear it (undefined) so the council settings decide again. */
export function setAddressee(saved: SavedReview, addressee: Addressee | undefined, now: Date): SavedReview {
  if (addressee !== undefined && !ADDRESSEES.includes(addressee)) {
    throw new RangeError(`Unknown addressee "${String(addressee)}"; expected one of ${ADDRESSEES.join(', ')}`);
  }
  if (saved.addressee === addressee) return saved;
  const next: SavedReview = { ...saved, updatedAt: now.toISOString() };
  if (addressee === undefined) delete next.addressee;
  else next.addressee = addressee;
  return next;
}

/** Let the letter compare with an earlier saved review (`{ key, title }`), or no longer (undefined). */
export function setCompareWith(saved: SavedReview, earlier: { key: string; title: string } | undefined, now: Date): SavedReview {
  if (saved.compareWith?.key === earlier?.key && saved.compareWith?.title === earlier?.title) return saved;
  if (earlier?.key === saved.key) throw new RangeError('A review cannot be compared with itself');
  const next: SavedReview = { ...saved, updatedAt: now.toISOString() };
  if (earlier === undefined) delete next.compareWith;
  else next.compareWith = { key: earlier.key, title: earlier.title };
  return next;
}

/**
 * Replace one paragraph of the letter by the user's text (`undefined` restores the composed
 * text). Kept with the review so the letter survives closing the panel.
 */
export function setLetterEdit(saved: SavedReview, paragraphId: string, text: string | undefined, now: Date): SavedReview {
  const edits = { ...(saved.letterEdits ?? {}) };
  const has = Object.prototype.hasOwnProperty.call(edits, paragraphId);
  if (text === undefined) {
    if (!has) return saved;
    delete edits[paragraphId];
  } else {
    if (has && edits[paragraphId] === text) return saved;
    edits[paragraphId] = text;
  }
  const next: SavedReview = { ...saved, updatedAt: now.toISOString(), letterEdits: edits };
  if (Object.keys(edits).length === 0) delete next.letterEdits;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Re-check
// ---------------------------------------------------------------------------------------------

export interface RecheckResult {
  saved: SavedReview;
  /** Automatic verdicts that changed (also stored as `saved.changes`). */
  changes: ReviewChange[];
  /** Ids with a decision that are not in the new automatic review (their decisions are kept). */
  orphaned: string[];
  /** Ids that are new in this check. */
  added: string[];
}

/**
 * Replace the automatic review by a new one and keep the user's work:
 * - every decision is kept (hand verdicts, toelichtingen, notes, own evidence), also for ids that are no longer
 *   in the checklist (listed in `orphaned`; never lose typed text);
 * - a confirmation is dropped when the automatic verdict of that item changed: the user agreed
 *   with the old verdict, not with the new one;
 * - `changes` lists the automatic verdicts that changed; createdAt stays, checkedAt and updatedAt
 *   become `now`. The title is kept (it may have been edited), unless it was empty.
 * - a review of one page or file: that source's title and figures follow `figures`, the checked
 *   document's (documentFigures, with its PDF pages), else what the new review says.
 */
export function recheck(saved: SavedReview, newReview: Review, now: Date, figures: SourceFigures = newReview.source): RecheckResult {
  const at = now.toISOString();
  const before = new Map(saved.automatic.items.map((it) => [it.id, it.verdict]));
  const changes: ReviewChange[] = [];
  const added: string[] = [];
  for (const it of newReview.items) {
    const from = before.get(it.id);
    if (from === undefined) added.push(it.id);
    else if (from !== it.verdict) changes.push({ id: it.id, from, to: it.verdict });
  }
  const changed = new Set(changes.map((c) => c.id));
  const decisions: Record<string, ItemDecision> = {};
  for (const [id, d] of Object.entries(saved.decisions)) {
    if (changed.has(id) && d.confirmed) {
      const next = tidy({ ...d, confirmed: undefined, updatedAt: at });
      if (!isEmptyDecision(next)) decisions[id] = next;
    } else {
      decisions[id] = d;
    }
  }
  const next: SavedReview = {
    ...saved,
    title: saved.title.trim() === '' ? newReview.source.title : saved.title,
    automatic: newReview,
    // A review of one page or file: the new check is of that source, so its figures follow.
    // (A review of several sources is re-checked over all of them with replaceSources.)
    sources: saved.sources.length === 1 ? [refreshedSource(saved.sources[0]!, figures)] : saved.sources,
    decisions,
    changes,
    checkedAt: at,
    updatedAt: at,
  };
  return { saved: next, changes, orphaned: orphanedIds(next), added };
}

// ---------------------------------------------------------------------------------------------
// Summaries
// ---------------------------------------------------------------------------------------------

/** How many items of the automatic review the user reviewed (confirmed, or verdict by hand). */
export function progress(saved: SavedReview): { reviewed: number; total: number } {
  const items = saved.automatic.items;
  return { reviewed: items.filter((it) => isReviewed(saved, it.id)).length, total: items.length };
}

export type VerdictCounts = Record<Verdict, number> & { total: number };

/** Per theme (in order of first appearance), the counts of effective verdicts. */
export function countsByTheme(saved: SavedReview): Record<string, VerdictCounts> {
  const out: Record<string, VerdictCounts> = {};
  for (const it of saved.automatic.items) {
    const counts = (out[it.theme] ??= { aanwezig: 0, deels: 0, ontbreekt: 0, total: 0 });
    counts[effectiveVerdict(saved, it.id)!.verdict]++;
    counts.total++;
  }
  return out;
}

/** 'to-read': the items not yet checked whose verdict rests on one sentence (see isToRead, toReadUnreviewed). */
export type ItemFilter = 'all' | Verdict | 'changed-by-me' | 'to-read';
export const ITEM_FILTERS: readonly ItemFilter[] = ['all', 'ontbreekt', 'deels', 'aanwezig', 'to-read', 'changed-by-me'];

/**
 * The automatic items (in checklist order) that pass the filter: by effective verdict, or
 * 'changed-by-me' (hand verdict that differs, a toelichting, a private note, or own evidence).
 */
export function filterItems(saved: SavedReview, filter: ItemFilter): ItemResult[] {
  const items = saved.automatic.items;
  switch (filter) {
    case 'all':
      return [...items];
    case 'changed-by-me':
      return items.filter((it) => isChangedByUser(saved, it.id));
    case 'to-read':
      return items.filter((it) => isToRead(it, decisionOf(saved, it.id)));
    default:
      return items.filter((it) => effectiveVerdict(saved, it.id)!.verdict === filter);
  }
}
