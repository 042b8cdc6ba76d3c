/**
 * Hand-written run-time validation of a SavedReview (data from storage or from an imported
 * file may be old, damaged or foreign). Returns a checked copy (unknown fields kept, known
 * fields checked), or a translatable message (Dutch B1 / English) and the path of the first problem.
 */
import { VERDICTS, type Verdict } from '../checklist/types';
import type { Evidence, ItemResult, ReadabilityFigures, Review } from '../check/types';
import { NOT_REGIOVISIE_REASONS, PASSAGE_KINDS } from '../check/types';
import type { Message } from '../i18n';
import { ADDRESSEES, REVIEW_SOURCE_KINDS, type ItemDecision, type OwnEvidence, type ReviewChange, type ReviewSource, type SavedReview } from './types';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: Message; path: string };

class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly problem: Message,
  ) {
    super(`${path}: ${problem.key}`);
  }
}

const MISSING: Message = { key: 'validation.missing' };

type Obj = Record<string, unknown>;

/** A plain object: not null, not an array. */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys that must never become properties of a plain object. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Unknown fields are kept (a later version may add optional fields; an import round trip must
 * not lose them), the known fields are replaced by their checked copies. Unsafe keys are dropped.
 */
function keep<T extends object>(original: Obj, known: T): T {
  const copy: Obj = {};
  for (const [k, v] of Object.entries(original)) if (!UNSAFE_KEYS.has(k)) copy[k] = v;
  return Object.assign(copy, known) as T;
}

function fail(path: string, what: Message): never {
  throw new Invalid(path, what);
}

function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) fail(path, { key: 'validation.notObject' });
  return v;
}

function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(`${path}.${key}`, v === undefined ? MISSING : { key: 'validation.notText' });
  return v;
}

function optStr(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, path);
}

function num(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    fail(`${path}.${key}`, v === undefined ? MISSING : { key: 'validation.notNumber' });
  }
  return v;
}

function optNum(o: Obj, key: string, path: string): number | undefined {
  return o[key] === undefined ? undefined : num(o, key, path);
}

function bool(o: Obj, key: string, path: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') fail(`${path}.${key}`, v === undefined ? MISSING : { key: 'validation.notBoolean' });
  return v;
}

function date(o: Obj, key: string, path: string): string {
  const v = str(o, key, path);
  if (Number.isNaN(Date.parse(v))) fail(`${path}.${key}`, { key: 'validation.notDate' });
  return v;
}

function arr(o: Obj, key: string, path: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(`${path}.${key}`, v === undefined ? MISSING : { key: 'validation.notList' });
  return v;
}

export function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);
}

function verdict(o: Obj, key: string, path: string): Verdict {
  const v = o[key];
  if (!isVerdict(v)) {
    if (v === undefined) fail(`${path}.${key}`, { key: 'validation.noVerdict' });
    fail(`${path}.${key}`, { key: 'validation.badVerdict', params: { value: JSON.stringify(v) ?? String(v) } });
  }
  return v;
}

function record<T>(v: unknown, path: string, each: (value: unknown, path: string) => T): Record<string, T> {
  const o = obj(v, path);
  const entries: [string, T][] = [];
  for (const [k, value] of Object.entries(o)) {
    if (UNSAFE_KEYS.has(k)) continue;
    entries.push([k, each(value, `${path}.${k}`)]);
  }
  return Object.fromEntries(entries);
}

/** The fields every stored quote has: the text, how to find it again, and where it stood. */
function quoteFields(o: Obj, path: string): Omit<Evidence, 'score'> {
  const e: Omit<Evidence, 'score'> = {
    quote: str(o, 'quote', path),
    prefix: str(o, 'prefix', path),
    suffix: str(o, 'suffix', path),
    block: str(o, 'block', path),
  };
  const heading = optStr(o, 'heading', path);
  if (heading !== undefined) e.heading = heading;
  const page = optNum(o, 'page', path);
  if (page !== undefined) e.page = page;
  return e;
}

/** An optional word from a fixed list (a passage kind, the reason a text is no regiovisie). */
function optOneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(`${path}.${key}`, { key: 'validation.badValue', params: { value: JSON.stringify(v) ?? String(v) } });
  }
  return v as T;
}

function evidence(v: unknown, path: string): Evidence {
  const o = obj(v, path);
  const e: Evidence = { ...quoteFields(o, path), score: num(o, 'score', path) };
  const kind = optOneOf(o, 'kind', path, PASSAGE_KINDS);
  if (kind !== undefined) e.kind = kind;
  return keep(o, e);
}

function ownEvidence(v: unknown, path: string): OwnEvidence {
  const o = obj(v, path);
  const e: OwnEvidence = { ...quoteFields(o, path), addedAt: date(o, 'addedAt', path) };
  const source = optStr(o, 'source', path);
  if (source !== undefined) e.source = source;
  return keep(o, e);
}

/** The sources of a review: at least one, each id once. */
function reviewSources(o: Obj, path: string): ReviewSource[] {
  const sources = arr(o, 'sources', path).map((x, i) => reviewSource(x, `${path}.sources[${i}]`));
  if (sources.length === 0) fail(`${path}.sources`, { key: 'validation.noSources' });
  const ids = new Set<string>();
  sources.forEach((x, i) => {
    if (ids.has(x.id)) fail(`${path}.sources[${i}].id`, { key: 'validation.duplicateSource', params: { id: x.id } });
    ids.add(x.id);
  });
  return sources;
}

function reviewSource(v: unknown, path: string): ReviewSource {
  const o = obj(v, path);
  const kind = optOneOf(o, 'kind', path, REVIEW_SOURCE_KINDS);
  if (kind === undefined) fail(`${path}.kind`, MISSING);
  const s: ReviewSource = {
    id: str(o, 'id', path),
    kind,
    title: str(o, 'title', path),
    url: str(o, 'url', path),
    characters: num(o, 'characters', path),
    words: num(o, 'words', path),
    blocks: num(o, 'blocks', path),
    addedAt: date(o, 'addedAt', path),
  };
  if (s.id.trim() === '' || s.id.includes(':')) fail(`${path}.id`, { key: 'validation.badValue', params: { value: JSON.stringify(s.id) } });
  const pages = optNum(o, 'pages', path);
  if (pages !== undefined) s.pages = pages;
  return keep(o, s);
}

function itemResult(v: unknown, path: string): ItemResult {
  const o = obj(v, path);
  const r: ItemResult = {
    id: str(o, 'id', path),
    theme: str(o, 'theme', path),
    verdict: verdict(o, 'verdict', path),
    score: num(o, 'score', path),
    evidence: arr(o, 'evidence', path).map((e, i) => evidence(e, `${path}.evidence[${i}]`)),
  };
  const basis = optOneOf(o, 'basis', path, PASSAGE_KINDS);
  if (basis !== undefined) r.basis = basis;
  if (o.capped !== undefined) r.capped = bool(o, 'capped', path);
  if (o.faint !== undefined) r.faint = bool(o, 'faint', path);
  if (o.single !== undefined) r.single = bool(o, 'single', path);
  return keep(o, r);
}

function readability(v: unknown, path: string): ReadabilityFigures {
  const o = obj(v, path);
  return keep(o, {
    fleschDouma: num(o, 'fleschDouma', path),
    averageSentenceWords: num(o, 'averageSentenceWords', path),
    averageWordSyllables: num(o, 'averageWordSyllables', path),
    longWordShare: num(o, 'longWordShare', path),
    jargonShare: num(o, 'jargonShare', path),
    jargon: arr(o, 'jargon', path).map((j, i) => {
      const p = `${path}.jargon[${i}]`;
      const jo = obj(j, p);
      return { word: str(jo, 'word', p), count: num(jo, 'count', p) };
    }),
    sentences: num(o, 'sentences', path),
    words: num(o, 'words', path),
    level: str(o, 'level', path),
  });
}

function review(v: unknown, path: string): Review {
  const o = obj(v, path);
  const cl = obj(o.checklist, `${path}.checklist`);
  const src = obj(o.source, `${path}.source`);
  const sp = `${path}.source`;
  const items = arr(o, 'items', path).map((it, i) => itemResult(it, `${path}.items[${i}]`));
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.id)) fail(`${path}.items[${i}].id`, { key: 'validation.duplicateItem', params: { id: it.id } });
    seen.add(it.id);
  });
  return keep(o, {
    checklist: { id: str(cl, 'id', `${path}.checklist`), version: str(cl, 'version', `${path}.checklist`) },
    source: {
      title: str(src, 'title', sp),
      url: str(src, 'url', sp),
      language: str(src, 'language', sp),
      characters: num(src, 'characters', sp),
      blocks: num(src, 'blocks', sp),
      words: num(src, 'words', sp),
    },
    looksLikeRegiovisie: bool(o, 'looksLikeRegiovisie', path),
    ...(o.notRegiovisie !== undefined ? { notRegiovisie: optOneOf(o, 'notRegiovisie', path, NOT_REGIOVISIE_REASONS)! } : {}),
    items,
    readability: readability(o.readability, `${path}.readability`),
  });
}

function decision(v: unknown, path: string): ItemDecision {
  const o = obj(v, path);
  const d: ItemDecision = { updatedAt: date(o, 'updatedAt', path) };
  if (o.verdict !== undefined) d.verdict = verdict(o, 'verdict', path);
  const toelichting = optStr(o, 'toelichting', path);
  if (toelichting !== undefined) d.toelichting = toelichting;
  const privateNote = optStr(o, 'privateNote', path);
  if (privateNote !== undefined) d.privateNote = privateNote;
  if (o.ownEvidence !== undefined) {
    d.ownEvidence = arr(o, 'ownEvidence', path).map((e, i) => ownEvidence(e, `${path}.ownEvidence[${i}]`));
  }
  if (o.confirmed !== undefined) d.confirmed = bool(o, 'confirmed', path);
  return keep(o, d);
}

function change(v: unknown, path: string): ReviewChange {
  const o = obj(v, path);
  return keep(o, { id: str(o, 'id', path), from: verdict(o, 'from', path), to: verdict(o, 'to', path) });
}

function savedReview(v: unknown, path: string): SavedReview {
  const o = obj(v, path);
  if (o.schemaVersion !== 3) fail(`${path}.schemaVersion`, { key: 'validation.unknownVersion' });
  const s: SavedReview = {
    schemaVersion: 3,
    key: str(o, 'key', path),
    url: str(o, 'url', path),
    title: str(o, 'title', path),
    createdAt: date(o, 'createdAt', path),
    updatedAt: date(o, 'updatedAt', path),
    checkedAt: date(o, 'checkedAt', path),
    automatic: review(o.automatic, `${path}.automatic`),
    sources: reviewSources(o, path),
    decisions: record(o.decisions, `${path}.decisions`, decision),
  };
  const municipality = optStr(o, 'municipality', path);
  if (municipality !== undefined) s.municipality = municipality;
  const region = optStr(o, 'region', path);
  if (region !== undefined) s.region = region;
  const addressee = optOneOf(o, 'addressee', path, ADDRESSEES);
  if (addressee !== undefined) s.addressee = addressee;
  const regiovisieName = optStr(o, 'regiovisieName', path);
  if (regiovisieName !== undefined) s.regiovisieName = regiovisieName;
  const lastSourceNumber = optNum(o, 'lastSourceNumber', path);
  if (lastSourceNumber !== undefined) {
    if (!Number.isInteger(lastSourceNumber) || lastSourceNumber < 0) fail(`${path}.lastSourceNumber`, { key: 'validation.badValue', params: { value: String(lastSourceNumber) } });
    s.lastSourceNumber = lastSourceNumber;
  }
  if (o.changes !== undefined) s.changes = arr(o, 'changes', path).map((c, i) => change(c, `${path}.changes[${i}]`));
  if (o.compareWith !== undefined) {
    const cp = `${path}.compareWith`;
    const c = obj(o.compareWith, cp);
    s.compareWith = keep(c, { key: str(c, 'key', cp), title: str(c, 'title', cp) });
  }
  if (o.letterEdits !== undefined) {
    s.letterEdits = record(o.letterEdits, `${path}.letterEdits`, (value, p) => {
      if (typeof value !== 'string') fail(p, { key: 'validation.notText' });
      return value;
    });
  }
  return keep(o, s);
}

/** Run a checker and turn its first problem into a ValidationResult. */
function validate<T>(check: (v: unknown, path: string) => T, data: unknown, path: string): ValidationResult<T> {
  try {
    return { ok: true, value: check(data, path) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.problem, path: e.path };
    throw e;
  }
}

/**
 * Check that `data` is a SavedReview of the current schema. On success, `value` is a checked copy
 * (unknown fields kept for forward compatibility, unsafe keys such as __proto__ dropped). On
 * failure, `error` is a Dutch sentence naming the problem and `path` the place
 * (e.g. "review.decisions.vertrouwen.1.verdict").
 */
export function validateSavedReview(data: unknown, path = 'review'): ValidationResult<SavedReview> {
  return validate(savedReview, data, path);
}

/** Validate an automatic Review (e.g. before a re-check). */
export function validateReview(data: unknown, path = 'automatic'): ValidationResult<Review> {
  return validate(review, data, path);
}
