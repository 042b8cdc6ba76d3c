/**
 * Seeded random test data for the letter: a tiny PRNG (mulberry32) and generators of hostile
 * text, saved reviews and council settings. The same seed gives the same data on every machine,
 * so a failure is replayed by its seed and case number.
 */
import type { Checklist, Verdict } from '../../../lib/checklist/types';
import type { ItemDecision, OwnEvidence, SavedReview } from '../../../lib/review/types';
import type { CouncilSettings } from '../../../lib/letter/settings';
import { builtInTemplates } from '../../../lib/letter/templates';
import { councilSettings, makeReview, TINY_PNG_BASE64 } from './fixtures';

import { mulberry32 } from '../seeded-random';

/** The seed of case `index` in a run with `seed`: every case can be replayed on its own. */
export function caseSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** Something that looks like WordprocessingML or XML, which must stay text in the letter. */
const MARKUP = [
  '<w:t>INJECTED</w:t>',
  '</w:t></w:r></w:p><w:p><w:r><w:t>INJECTED',
  '<injected/>',
  '<w:br/>',
  '<![CDATA[INJECTED]]>',
  ']]>',
  '&lt;injected/&gt;',
  '&amp;',
  '&#0;',
  '&#x1F;',
  '<?xml version="1.0"?>',
  '<!-- INJECTED -->',
  '<!DOCTYPE x [<!ENTITY e "INJECTED">]>&e;',
  '"\'<>&',
] as const;

const PIECES: readonly string[] = [
  // Plain Dutch, with the usual accents and quotes.
  'De cliëntenraad',
  'jeugdhulp',
  'één loket',
  'financiële',
  'ĳsselmeer',
  '„dicht bij huis”',
  '‘enkele’',
  'Zorg & welzijn',
  'a',
  '1',
  ' ',
  '  ',
  '-',
  '…',
  // Emoji: single, with skin tone, ZWJ families and flags, keycaps, tag sequences.
  '👪',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🧑🏾‍🤝‍🧑🏻',
  '🏳️‍🌈',
  '🇳🇱',
  '🇳',
  '1️⃣',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '❤️',
  // Surrogate pairs cut in half, reversed, alone.
  '\uD83D',
  '\uDC6A',
  '\uDC6A\uD83D',
  '👨‍👩‍👧‍👦'.slice(0, 3),
  '👪'.slice(1),
  '\uD800\uD800',
  // Control characters, line and paragraph separators, odd white space.
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\v',
  '\f',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\u{1fffe}',
  '\ue000',
  '\u{10ffff}',
  // Combining marks alone and stacked.
  '\u0301',
  'e\u0301\u0308\u0323',
  'Z\u0351\u0352\u0357\u0358\u035b',
  // Right-to-left text and direction controls.
  'שלום עולם',
  'مرحبا بالعالم',
  '\u202e',
  '\u202d',
  '\u200f',
  '\u200e',
  '\u2066',
  '\u2069',
  'abc\u202egpj.exe',
  // CJK and other scripts.
  '日本語のテキスト',
  '한국어',
  'Ελληνικά',
  'ℌ𝔢𝔩𝔩𝔬',
  // Placeholders and replacement patterns a template filler must not expand.
  '{gemeente}',
  '{raad}',
  '{{x}}',
  '{',
  '}',
  '$&',
  '$1',
  "$'",
  '${x}',
  // Markup.
  ...MARKUP,
];

/** Random hostile text of up to `maxPieces` pieces; sometimes empty or only white space. */
function randomText(rng: Rng, maxPieces = 12): string {
  const roll = rng.float();
  if (roll < 0.05) return '';
  if (roll < 0.08) return rng.pick([' ', '\n', '\t \r\n ', '\u200b', '\u00a0\u00a0', '\ufeff']);
  const n = rng.int(1, maxPieces);
  let out = '';
  for (let i = 0; i < n; i++) out += rng.pick(PIECES);
  return out;
}

/** Text of exactly `length` UTF-16 code units, cut wherever (perhaps inside a surrogate pair). */
function hugeText(rng: Rng, length: number): string {
  let out = '';
  while (out.length < length) out += `${randomText(rng, 40)} ${rng.pick(['Lorem ipsum dolor sit amet.', 'De regio gaat dit regelen.', '\n\n'])} `;
  return out.slice(0, length);
}

export interface LetterCase {
  seed: number;
  review: SavedReview;
  settings: CouncilSettings;
  /** Paragraph ids to edit, chosen after a first composition (the ids depend on the review). */
  editSeed: number;
}

const VERDICTS: readonly Verdict[] = ['aanwezig', 'deels', 'ontbreekt'];

/**
 * One saved review and council settings from a seed. `huge` makes some notes and names
 * 50,000 characters long; `empty` makes every free text empty.
 */
export function randomLetterCase(seed: number, checklist: Checklist, shape: 'normal' | 'huge' | 'empty' = 'normal'): LetterCase {
  const rng = new Rng(seed);
  const text = (maxPieces?: number) => (shape === 'empty' ? '' : randomText(rng, maxPieces));
  const big = () => (shape === 'huge' && rng.chance(0.3) ? hugeText(rng, 50_000) : text());
  const review = makeReview(checklist, () => rng.pick(VERDICTS), { title: big() });
  review.url = text();
  review.key = rng.chance(0.3) ? `file:${text()}` : rng.chance(0.5) ? `voorbeeld.nl/${text()}` : text();
  review.municipality = big();
  review.automatic.source.title = text();
  review.automatic.source.url = text();
  review.automatic.readability.level = text(2);
  review.automatic.readability.jargon = Array.from({ length: rng.int(0, 4) }, () => ({ word: text(3), count: rng.int(0, 99) }));
  if (rng.chance(0.1)) {
    review.automatic.readability.fleschDouma = rng.pick([Number.NaN, Infinity, -Infinity, -1e9, 1e12]);
    review.automatic.readability.longWordShare = rng.pick([Number.NaN, 2, -1]);
  }
  for (const item of review.automatic.items) {
    for (const e of item.evidence) {
      e.quote = rng.chance(0.05) && shape === 'huge' ? hugeText(rng, 50_000) : text(20);
      e.prefix = text(4);
      e.suffix = text(4);
      if (rng.chance(0.5)) e.heading = text(6);
      if (rng.chance(0.3)) e.page = rng.pick([1, 3, 999, 0, -2, 1.5, Number.NaN]);
    }
  }
  const decisions: Record<string, ItemDecision> = {};
  for (const item of checklist.items) {
    if (!rng.chance(0.4)) continue;
    const d: ItemDecision = { updatedAt: '2026-11-21T10:00:00Z' };
    if (rng.chance(0.4)) d.verdict = rng.pick(VERDICTS);
    if (rng.chance(0.3)) d.confirmed = true;
    if (rng.chance(0.7)) d.toelichting = big();
    if (rng.chance(0.3)) {
      d.ownEvidence = Array.from({ length: rng.int(1, 3) }, (): OwnEvidence => {
        const own: OwnEvidence = { quote: text(20), prefix: text(3), suffix: text(3), block: `b${rng.int(0, 99)}`, addedAt: '2026-11-21T10:00:00Z' };
        if (rng.chance(0.5)) own.heading = text(5);
        if (rng.chance(0.5)) own.page = rng.int(1, 40);
        return own;
      });
    }
    decisions[item.id] = d;
  }
  review.decisions = decisions;

  const settings = councilSettings();
  settings.council = {
    name: big(),
    address: Array.from({ length: rng.int(0, 4) }, () => text(6)),
    email: text(3),
    phone: text(3),
  };
  settings.recipient = { municipality: big(), body: rng.pick(['gemeenteraad', 'college van B&W'] as const), region: big() };
  if (rng.chance(0.3)) settings.recipient.address = Array.from({ length: rng.int(1, 3) }, () => text(5));
  settings.signatories = Array.from({ length: rng.int(1, 3) }, () => ({ name: big(), role: text(4) }));
  settings.contact = { name: text(5), email: text(3) };
  settings.template = rng.pick(builtInTemplates).id;
  if (rng.chance(0.3)) settings.place = text(4);
  if (rng.chance(0.2)) settings.logo = { mime: 'image/png', dataBase64: TINY_PNG_BASE64, ...(rng.chance(0.5) ? { width: rng.int(1, 2000), height: rng.int(1, 2000) } : {}) };
  const editSeed = rng.int(0, 2 ** 31);
  // The review's own letter details, a short text and a text that is no regiovisie: from a second
  // generator, so the cases above stay what they were for every seed.
  const extra = new Rng(seed + 0x5eed);
  if (extra.chance(0.5)) review.region = big();
  if (extra.chance(0.5)) review.regiovisieName = big();
  if (extra.chance(0.6)) review.addressee = extra.pick(['gemeenteraad', 'college van B&W', 'gemeenteraad en college van B&W'] as const);
  if (extra.chance(0.3)) review.automatic.source.words = extra.int(0, 3000);
  if (extra.chance(0.2)) {
    review.automatic.looksLikeRegiovisie = false;
    if (extra.chance(0.8)) review.automatic.notRegiovisie = extra.pick(['off-topic', 'too-short', 'ordinance', 'minutes', 'news', 'information', 'no-plan'] as const);
  }
  return { seed, review, settings, editSeed };
}

/** Edits of random paragraphs (and the subject, salutation and closing lines) of a composed letter. */
export function randomEdits(editSeed: number, paragraphIds: string[], shape: 'normal' | 'huge' | 'empty'): Record<string, string> {
  const rng = new Rng(editSeed);
  const ids = [...paragraphIds, 'onderwerp', 'aanhef', 'afsluiting'];
  const edits: Record<string, string> = {};
  const n = rng.int(0, 4);
  for (let i = 0; i < n; i++) {
    edits[rng.pick(ids)] = shape === 'empty' ? '' : shape === 'huge' && rng.chance(0.3) ? hugeText(rng, 50_000) : randomText(rng, 15);
  }
  return edits;
}
