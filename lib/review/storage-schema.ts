/**
 * Versions of the stored review data, and migrations between them.
 *
 * Each migration is a plain function `(old: any) => new` that turns data of version N−1 into
 * version N. `MIGRATIONS[N]` is keyed by the version it produces, which is exactly the shape of
 * the `migrations` option of WXT's `storage.defineItem(key, { version, migrations })`.
 *
 * WXT counts versions from 1 (data without version metadata is taken as v1), so the v0 → v1
 * migration below cannot run inside WXT; use `upgradeStored()` when reading instead: it detects
 * the version from the data itself. From v2 on, pass `wxtMigrations()` to `defineItem`.
 */
import type { Verdict } from '../checklist/types';
import type { Message } from '../i18n';
import type { Review } from '../check/types';
import type { ItemDecision, SavedReview } from './types';

/** Version 1: as version 2, with one free `note` per item instead of `toelichting` and `privateNote`. */
export interface ItemDecisionV1 extends Omit<ItemDecision, 'toelichting' | 'privateNote'> {
  note?: string;
}
/** Version 2: as version 3, with exactly one page or file (its address is `url`) instead of a list of `sources`. */
export interface SavedReviewV2 extends Omit<SavedReview, 'schemaVersion' | 'sources'> {
  schemaVersion: 2;
}
export interface SavedReviewV1 extends Omit<SavedReviewV2, 'schemaVersion' | 'decisions'> {
  schemaVersion: 1;
  decisions: Record<string, ItemDecisionV1>;
}
import { normaliseUrl } from './url';
import { isObj, isVerdict, validateSavedReview } from './validate';
import { sourceOfReview } from './source-description';

/** The current version of the stored data (SavedReview.schemaVersion). */
export const STORAGE_VERSION = 3;

/**
 * Version 0: the shape of an early draft, before `decisions`. Overrides and notes lived in
 * separate maps, confirmed items in a list, and the time of the last change was `savedAt`.
 */
export interface SavedReviewV0 {
  url: string;
  title: string;
  municipality?: string;
  createdAt: string;
  savedAt: string;
  checkedAt?: string;
  automatic: Review;
  overrides?: Record<string, Verdict>;
  notes?: Record<string, string>;
  confirmed?: string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Migration = (old: any) => any;

/** v0 → v1: gather overrides, notes and confirmations into `decisions`; savedAt → updatedAt. */
export function migrateV0ToV1(old: SavedReviewV0): SavedReviewV1 {
  const savedAt = typeof old.savedAt === 'string' ? old.savedAt : old.createdAt;
  const decisions: Record<string, ItemDecisionV1> = {};
  const decisionFor = (id: string): ItemDecisionV1 => {
    if (!Object.prototype.hasOwnProperty.call(decisions, id)) decisions[id] = { updatedAt: savedAt };
    return decisions[id]!;
  };
  for (const [id, verdict] of Object.entries(old.overrides ?? {})) {
    // A value that is no verdict (damaged data) is skipped rather than failing the whole review.
    if (isVerdict(verdict)) decisionFor(id).verdict = verdict;
  }
  for (const [id, note] of Object.entries(old.notes ?? {})) {
    if (typeof note === 'string' && note !== '') decisionFor(id).note = note;
  }
  for (const id of old.confirmed ?? []) {
    if (typeof id !== 'string') continue;
    const d = decisionFor(id);
    if (d.verdict === undefined) d.confirmed = true;
  }
  const v1: SavedReviewV1 = {
    schemaVersion: 1,
    key: normaliseUrl(old.url),
    url: old.url,
    title: old.title,
    createdAt: old.createdAt,
    updatedAt: savedAt,
    checkedAt: old.checkedAt ?? old.createdAt,
    automatic: old.automatic,
    decisions,
  };
  if (old.municipality !== undefined) v1.municipality = old.municipality;
  return v1;
}

/**
 * v1 → v2: the one free `note` per item is split into a `toelichting` (printed in the letter and
 * the appendix) and a `privateNote` (never printed). Every existing note becomes the
 * toelichting, not a private note: in version 1 the note WAS printed in every letter, so this
 * keeps the letters a council made or makes from an old review word for word the same, and no
 * text the council wrote for the gemeenteraad silently disappears from its letter. (A note that
 * was really a reminder was printed before too; the panel now shows under each field where its
 * text ends up, so the council can move it.) No text is dropped.
 *
 * Only data of version 1 is changed; anything else is returned as it is. WXT takes data without
 * version metadata as v1 and would hand a v0 draft to this step: left alone, upgradeStored()
 * later reads its real version from the data and runs v0 → v1 → v2.
 */
export function migrateV1ToV2(old: SavedReviewV1): SavedReviewV2 {
  if (!isObj(old) || old.schemaVersion !== 1) return old as unknown as SavedReviewV2;
  const decisions: [string, ItemDecision][] = [];
  const source: unknown = old.decisions;
  if (!isObj(source)) return { ...old, schemaVersion: 2 } as unknown as SavedReviewV2; // the validator names the problem
  for (const [id, d] of Object.entries(source)) {
    if (!isObj(d)) {
      decisions.push([id, d as unknown as ItemDecision]); // damaged: the validator names the problem
      continue;
    }
    const { note, ...rest } = d as ItemDecisionV1 & Record<string, unknown>;
    const next = { ...rest } as ItemDecision & Record<string, unknown>;
    if (typeof note === 'string') {
      if (note !== '') {
        // A toelichting already there (foreign data) is kept, and the note follows it.
        const before = typeof next.toelichting === 'string' && next.toelichting !== '' ? `${next.toelichting}\n\n` : '';
        next.toelichting = `${before}${note}`;
      }
    } else if (note !== undefined) {
      next.toelichting = note as unknown as string; // not text (damaged): the validator says so, at its new place
    }
    decisions.push([id, next]);
  }
  // fromEntries defines own properties, also for a key such as "__proto__" (the validator drops it).
  return { ...old, schemaVersion: 2, decisions: Object.fromEntries(decisions) } as SavedReviewV2;
}

/**
 * v2 → v3: a review holds a list of sources (the pages and files of one regiovisie) instead of
 * exactly one. The one page or file of a version-2 review becomes its first and only source
 * ("s1", whose blocks keep their ids, so every quote and own passage still points at its
 * block); its title and counts come from the automatic review, its address is the review's
 * `url`, and it counts as added when the review was checked. Nothing else changes.
 *
 * Only data of version 2 is changed; anything else is returned as it is (see migrateV1ToV2).
 * Damaged data is passed on for the validator to name the problem.
 */
export function migrateV2ToV3(old: SavedReviewV2): SavedReview {
  if (!isObj(old) || old.schemaVersion !== 2) return old as unknown as SavedReview;
  const automatic: unknown = old.automatic;
  if (!isObj(automatic) || !isObj(automatic.source)) return { ...old, schemaVersion: 3 } as unknown as SavedReview;
  const url = typeof old.url === 'string' ? old.url : '';
  const at = typeof old.checkedAt === 'string' ? old.checkedAt : old.createdAt;
  return { ...old, schemaVersion: 3, sources: [sourceOfReview(old.automatic, url, at)] };
}

/** Migrations keyed by the version they produce (MIGRATIONS[1] turns v0 into v1). */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({
  1: migrateV0ToV1,
  2: migrateV1ToV2,
  3: migrateV2ToV3,
});

/**
 * The migrations WXT can run (`storage.defineItem(key, { version: STORAGE_VERSION,
 * migrations: wxtMigrations() })`): all except the one into v1, which WXT never runs.
 */
export function wxtMigrations(): Record<number, Migration> {
  return Object.fromEntries(Object.entries(MIGRATIONS).filter(([v]) => Number(v) >= 2));
}

/**
 * The version of stored data, read from the data itself: `schemaVersion` when present, 0 for
 * data without one (the v0 draft). Returns undefined for something that is no review at all.
 */
export function detectVersion(data: unknown): number | undefined {
  if (!isObj(data)) return undefined;
  const v = data.schemaVersion;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export class MigrationError extends Error {
  constructor(
    /** English, for logs. */
    message: string,
    /** Explanation for the user, translated where it is shown (Dutch B1 / English). */
    readonly userMessage: Message,
    readonly fromVersion?: number,
    /** For invalid data: where the first problem is ("review.decisions.x.verdict") and what it is (from validate.ts). */
    readonly problem?: { path: string; error: Message },
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Bring data of `fromVersion` up to STORAGE_VERSION by running the migrations in order, then
 * validate the result. Throws a MigrationError (with a message for the user) when the version is newer
 * than this code knows, when a migration is missing, or when the result is not a valid review.
 */
export function migrate(data: unknown, fromVersion: number, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): SavedReview {
  if (!Number.isInteger(fromVersion) || fromVersion < 0) {
    throw new MigrationError(`Unknown version ${fromVersion}`, { key: 'storedError.unknownVersion' }, fromVersion);
  }
  if (fromVersion > STORAGE_VERSION) {
    throw new MigrationError(
      `Data version ${fromVersion} is newer than ${STORAGE_VERSION}`,
      { key: 'storedError.tooNew' },
      fromVersion,
    );
  }
  let value: unknown = data;
  for (let v = fromVersion + 1; v <= STORAGE_VERSION; v++) {
    const step = migrations[v];
    if (!step) {
      throw new MigrationError(`No migration to version ${v}`, { key: 'storedError.noMigration' }, fromVersion);
    }
    try {
      value = step(value);
    } catch (e) {
      throw new MigrationError(
        `Migration to version ${v} failed: ${e instanceof Error ? e.message : String(e)}`,
        { key: 'storedError.migrationFailed' },
        fromVersion,
      );
    }
  }
  const checked = validateSavedReview(value);
  if (!checked.ok) {
    throw new MigrationError(
      `Invalid review at ${checked.path}: ${checked.error.key}`,
      { key: 'storedError.invalid', params: { problem: checked.error, path: checked.path } },
      fromVersion,
      { path: checked.path, error: checked.error },
    );
  }
  return checked.value;
}

/**
 * Read guard for stored data of unknown age: detects the version from the data and migrates.
 * Throws a MigrationError when the data is no review or cannot be migrated.
 */
export function upgradeStored(data: unknown): SavedReview {
  const version = detectVersion(data);
  if (version === undefined) {
    throw new MigrationError('Not a stored review', { key: 'storedError.notReview' });
  }
  return migrate(data, version);
}
