/**
 * Test data for the letter and docx tests: a small checklist factory (used until the real
 * LOC checklist loads), a review builder with evidence, and the council settings of cli.md.
 */
import type { Checklist, ChecklistItem, Verdict } from '../../../lib/checklist/types';
import type { Evidence, ItemResult, Review } from '../../../lib/check/types';
import type { ItemDecision, SavedReview } from '../../../lib/review/types';
import type { CouncilSettings } from '../../../lib/letter/settings';
import { sourceOfReview } from '../../../lib/review/source-description';

function item(theme: string, slug: string, title: string, method?: 'readability'): ChecklistItem {
  const it: ChecklistItem = {
    id: `${theme}.${slug}`,
    theme,
    title,
    explanation: `Uitleg over ${title.toLowerCase()}.`,
    recommendation: `Werk ${title.toLowerCase()} concreet uit in de regiovisie.`,
    signals: { strong: [slug], weak: [] },
    letter: {
      aanwezig: `De regiovisie werkt ${title.toLowerCase()} goed uit. Dat vinden wij goed.`,
      deels: `De regiovisie noemt ${title.toLowerCase()}, maar blijft vaag. Wij vragen u dit uit te werken.`,
      ontbreekt: `In de regiovisie lezen wij niets over ${title.toLowerCase()}. Wij vragen u dit op te nemen.`,
    },
  };
  if (method) it.method = method;
  return it;
}

/** A small checklist in the shape of the LOC one: five themes, ten items. */
export function makeChecklist(): Checklist {
  return {
    id: 'test-checklist',
    version: '0.0.1',
    title: 'Testtoetslijst regiovisie',
    source: {
      title: 'Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld',
      publisher: 'LOC Waardevolle zorg',
      date: '2022-02',
      url: 'www.loc.nl/regionale-jz',
    },
    themes: [
      { id: 'vertrouwen', title: 'Vertrouwen als basis', description: 'Vertrouwen.' },
      { id: 'passend', title: 'Organiseer de zorg passend en toegankelijk', description: 'Passend.' },
      { id: 'kwaliteit', title: 'Kwaliteit van zorg', description: 'Kwaliteit.' },
      { id: 'expert', title: 'Kinderen, jongeren en ouders zijn experts', description: 'Experts.' },
      { id: 'algemeen', title: 'Algemeen', description: 'Algemeen.' },
    ],
    items: [
      item('vertrouwen', 'basis', 'Hulp op basis van vertrouwen'),
      item('vertrouwen', 'minder-administratie', 'Minder papierwerk'),
      item('passend', 'wachtlijsten', 'Wachtlijsten korter maken'),
      item('passend', 'doorbraak', 'Doorbraak bij vastgelopen hulp'),
      item('kwaliteit', 'een-aanspreekpunt', 'Eén vast aanspreekpunt'),
      item('kwaliteit', 'kinderrechten', 'Kinderrechten als basis'),
      item('expert', 'betrokken-bij-beleid', 'Gezinnen praten mee over beleid'),
      item('expert', 'in-gesprek-blijven', 'In gesprek blijven'),
      item('algemeen', 'begrijpelijk', 'Begrijpelijke regiovisie', 'readability'),
      item('algemeen', 'vraaggericht', 'Vraaggericht werken'),
    ],
  };
}

/**
 * The real LOC checklist when it loads (it needs lib/checklist/loc-2022/signals.json), else
 * the factory. Tests are written so they hold for both.
 */
export async function loadChecklist(): Promise<{ checklist: Checklist; real: boolean }> {
  try {
    const mod = await import('../../../lib/checklist');
    if (mod.locChecklist && mod.locChecklist.items.length > 0) return { checklist: mod.locChecklist, real: true };
  } catch {
    // not there yet
  }
  return { checklist: makeChecklist(), real: false };
}

function evidenceFor(it: ChecklistItem, n: number): Evidence[] {
  return Array.from({ length: n }, (_, k) => ({
    quote: `Passage ${k + 1} over ${it.title.toLowerCase()}: de regio spreekt af dat dit in 2027 geregeld is.`,
    prefix: 'voor ',
    suffix: ' na',
    block: `b${10 + k}`,
    heading: k === 0 ? `Hoofdstuk over ${it.theme}` : undefined,
    page: k === 1 ? 4 : undefined,
    score: 0.9 - k * 0.1,
  })) as Evidence[];
}

export interface ReviewOptions {
  decisions?: Record<string, ItemDecision>;
  letterEdits?: Record<string, string>;
  key?: string;
  title?: string;
}

export function makeReview(
  checklist: Checklist,
  verdictFor: (item: ChecklistItem, index: number) => Verdict,
  options: ReviewOptions = {},
): SavedReview {
  const items: ItemResult[] = checklist.items.map((it, i) => {
    const verdict = verdictFor(it, i);
    const evidence = verdict === 'ontbreekt' ? [] : evidenceFor(it, verdict === 'aanwezig' ? 3 : 1);
    return { id: it.id, theme: it.theme, verdict, score: verdict === 'aanwezig' ? 0.8 : verdict === 'deels' ? 0.4 : 0.05, evidence };
  });
  const automatic: Review = {
    checklist: { id: checklist.id, version: checklist.version },
    source: {
      title: options.title ?? 'Regiovisie Jeugd Regio Voorbeeld 2025–2028',
      url: 'https://www.voorbeeldstad.nl/regiovisie-jeugd',
      language: 'nl',
      characters: 48000,
      blocks: 210,
      words: 7100,
    },
    looksLikeRegiovisie: true,
    items,
    readability: {
      fleschDouma: 41.27,
      averageSentenceWords: 19.4,
      averageWordSyllables: 1.7,
      longWordShare: 0.118,
      jargonShare: 0.034,
      jargon: [
        { word: 'transformatie', count: 12 },
        { word: 'zorglandschap', count: 7 },
      ],
      sentences: 366,
      words: 7100,
      level: 'B2',
    },
  };
  const saved: SavedReview = {
    schemaVersion: 3,
    key: options.key ?? 'voorbeeldstad.nl/regiovisie-jeugd',
    url: 'https://www.voorbeeldstad.nl/regiovisie-jeugd',
    title: options.title ?? 'Regiovisie Jeugd Regio Voorbeeld 2025–2028',
    municipality: 'Voorbeeldstad',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-21T09:00:00.000Z',
    checkedAt: '2026-11-20T10:30:00.000Z',
    automatic,
    sources: [sourceOfReview(automatic, 'https://www.voorbeeldstad.nl/regiovisie-jeugd', '2026-11-20T10:30:00.000Z')],
    decisions: options.decisions ?? {},
  };
  if (options.letterEdits) saved.letterEdits = options.letterEdits;
  return saved;
}

/** Mixed verdicts: a repeating pattern over the items. */
export const mixed = (_: ChecklistItem, i: number): Verdict => (['aanwezig', 'deels', 'ontbreekt'] as const)[i % 3]!;

/** The example of shared/spec/cli.md. */
export function councilSettings(): CouncilSettings {
  return {
    council: {
      name: 'Cliëntenraad Sociaal Domein Voorbeeldstad',
      address: ['Postbus 12', '1234 AB Voorbeeldstad'],
      email: 'raad@example.nl',
      phone: '030 123 45 67',
    },
    recipient: { municipality: 'Voorbeeldstad', body: 'gemeenteraad', region: 'Regio Voorbeeld' },
    signatories: [
      { name: 'A. de Vries', role: 'voorzitter' },
      { name: 'B. Jansen', role: 'secretaris' },
    ],
    contact: { name: 'C. Bakker', email: 'c.bakker@example.nl' },
    template: 'adviesbrief-gemeenteraad',
  };
}

/** A 2×1 red PNG, as a stand-in logo. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGM4o6QERAAIywIhzH4E3wAAAABJRU5ErkJggg==';

/** 22 November 2026, noon local time. */
export const NOW = new Date(2026, 10, 22, 12, 0, 0);

/** Every string anywhere inside a value. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

/** True when the string holds an unpaired UTF-16 surrogate. */
export function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/** All visible text of a letter model's body and appendix, one string per block/cell paragraph. */
export function letterTexts(letter: { body: unknown; appendix: unknown }): string[] {
  return allStrings([letter.body, letter.appendix]);
}
