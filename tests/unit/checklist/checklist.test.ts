/**
 * Meta-test of the checklist data (lib/checklist): the fixed ids of spec/checklist.md are all
 * there, every text is filled in and written in our own words, the validator rejects broken
 * data with clear Dutch messages, and every item is both found and missing in the fixtures.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import texts from '../../../lib/checklist/loc-2022/texts.json';
import { buildLocChecklist, ChecklistLoadError } from '../../../lib/checklist/loc-2022/build';
import { SPEC_ITEM_IDS, READABILITY_ITEM_ID } from '../../../lib/checklist/spec-ids';
import { validateChecklist } from '../../../lib/checklist/validate';
import { getItem, itemsByTheme, itemTitles } from '../../../lib/checklist/helpers';
import { VERDICTS, type Checklist, type Signals } from '../../../lib/checklist/types';
import { locChecklist } from '../../../lib/checklist';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const specPath = path.resolve(repoRoot, '../shared/spec/checklist.md');
const reportPath = path.resolve(repoRoot, '../shared/sources/loc-rapport-specialistische-jeugdzorg-2022.txt');
const textsPath = path.resolve(repoRoot, 'lib/checklist/loc-2022/texts.json');
const fixturesDir = path.resolve(repoRoot, 'tests/fixtures/checker');

/** Ids from the markdown table rows of spec/checklist.md: lines like "| `theme.slug` | ... |". */
function parseSpecIds(markdown: string): string[] {
  const ids: string[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\|\s*`([a-z0-9]+\.[a-z0-9-]+)`\s*\|/.exec(line.trim());
    if (match?.[1]) ids.push(match[1]);
  }
  return ids;
}

const specFound = existsSync(specPath);
const specIds: string[] = specFound ? parseSpecIds(readFileSync(specPath, 'utf8')) : [...SPEC_ITEM_IDS];
const specLabel = specFound
  ? 'spec/checklist.md'
  : 'spec-ids.ts (LET OP: ../shared/spec/checklist.md niet gevonden, terugval op spec-ids.ts)';

/** In-memory signals for every item, so these tests do not depend on signals.json. */
function fakeSignals(): Record<string, Signals> {
  const signals: Record<string, Signals> = {};
  for (const id of Object.keys(texts.items)) {
    signals[id] = id === READABILITY_ITEM_ID ? { strong: [], weak: [] } : { strong: [`term ${id}`], weak: ['zwak'] };
  }
  return signals;
}

const checklist: Checklist = buildLocChecklist(texts, fakeSignals());
const textItems = texts.items as Record<string, Record<string, unknown>>;

/** Lower case, letters and digits only, single spaces (apostrophes and hyphens become spaces). */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/[’‘`´']/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function ngrams(text: string, n: number): string[] {
  const words = normalise(text).split(' ').filter(Boolean);
  const grams: string[] = [];
  for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(' '));
  return grams;
}

/** Every text field of every item, with a label for error messages. */
function allTextFields(list: Checklist): { label: string; text: string }[] {
  const fields: { label: string; text: string }[] = [
    { label: 'checklist.title', text: list.title },
    ...list.themes.flatMap((t) => [
      { label: `thema ${t.id}.title`, text: t.title },
      { label: `thema ${t.id}.description`, text: t.description },
    ]),
  ];
  for (const item of list.items) {
    fields.push(
      { label: `${item.id}.title`, text: item.title },
      { label: `${item.id}.explanation`, text: item.explanation },
      { label: `${item.id}.recommendation`, text: item.recommendation },
      ...VERDICTS.map((v) => ({ label: `${item.id}.letter.${v}`, text: item.letter[v] })),
    );
  }
  return fields;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý'"‘“])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe(`checklist-ids volgens ${specLabel}`, () => {
  it('de spec bevat 34 unieke ids', () => {
    expect(specIds).toHaveLength(34);
    expect(new Set(specIds).size).toBe(34);
  });

  // Without the spec file there is nothing to compare spec-ids.ts with (it would equal itself).
  it.skipIf(!specFound)('spec-ids.ts is gelijk aan de spec, in dezelfde volgorde', () => {
    expect([...SPEC_ITEM_IDS]).toEqual(specIds);
  });

  it('elk id staat precies één keer in texts.json (ook in de ruwe tekst, dus geen dubbele sleutels)', () => {
    const raw = readFileSync(textsPath, 'utf8');
    for (const id of specIds) {
      const occurrences = raw.split(`"${id}":`).length - 1;
      expect(occurrences, `aantal keer "${id}" als sleutel in texts.json`).toBe(1);
    }
  });

  it('de samengevoegde checklist heeft elk id precies één keer, in de volgorde van de spec', () => {
    const ids = checklist.items.map((item) => item.id);
    for (const id of specIds) expect(ids.filter((x) => x === id), id).toHaveLength(1);
    expect(ids.slice(0, specIds.length)).toEqual(specIds);
  });

  it('elk item hoort bij het thema dat in zijn id staat', () => {
    for (const item of checklist.items) expect(item.id.startsWith(`${item.theme}.`), item.id).toBe(true);
  });
});

describe('teksten van de checklist', () => {
  it('heeft de juiste kop: id, versie, titel en bron (LOC)', () => {
    expect(checklist.id).toBe('loc-specialistische-jeugdzorg-2022');
    expect(checklist.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(checklist.source).toEqual({
      title: 'Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld',
      publisher: 'LOC Waardevolle zorg',
      date: 'februari 2022',
      url: 'https://www.loc.nl/regionale-jz',
    });
  });

  it('heeft de vijf thema’s met de juiste titels en een beschrijving van één zin', () => {
    expect(checklist.themes.map((t) => [t.id, t.title])).toEqual([
      ['vertrouwen', 'Vertrouwen als basis'],
      ['passend', 'Organiseer de zorg passend en toegankelijk'],
      ['kwaliteit', 'Kwaliteit van zorg'],
      ['expert', 'Kinderen, jongeren en ouders zijn experts'],
      ['algemeen', 'Algemeen'],
    ]);
    for (const theme of checklist.themes) expect(sentences(theme.description), theme.id).toHaveLength(1);
  });

  it('elk veld van elk item is ingevuld', () => {
    for (const item of checklist.items) {
      for (const field of ['theme', 'title', 'explanation', 'recommendation'] as const) {
        expect(item[field].trim(), `${item.id}.${field}`).not.toBe('');
      }
      for (const verdict of VERDICTS) expect(item.letter[verdict].trim(), `${item.id}.letter.${verdict}`).not.toBe('');
      expect(item.method, `${item.id}.method`).toBe(item.id === READABILITY_ITEM_ID ? 'readability' : 'signals');
    }
  });

  it('titels zijn kort (hoogstens 60 tekens) en uniek', () => {
    for (const item of checklist.items) expect(item.title.length, item.title).toBeLessThanOrEqual(60);
    expect(new Set(checklist.items.map((i) => i.title)).size).toBe(checklist.items.length);
  });

  it('uitleg is één alinea van 2 tot 4 zinnen; aanbeveling is één zin', () => {
    for (const item of checklist.items) {
      expect(item.explanation, item.id).not.toMatch(/\n/);
      const count = sentences(item.explanation).length;
      expect(count, `${item.id}: ${count} zinnen`).toBeGreaterThanOrEqual(2);
      expect(count, `${item.id}: ${count} zinnen`).toBeLessThanOrEqual(4);
      expect(sentences(item.recommendation), `${item.id}.recommendation`).toHaveLength(1);
      expect(item.recommendation, item.id).toMatch(/\.$/);
    }
  });

  it('zinnen zijn kort genoeg voor B1 (hoogstens 22 woorden, gemiddeld hoogstens 15)', () => {
    const lengths: number[] = [];
    for (const { label, text } of allTextFields(checklist)) {
      for (const sentence of sentences(text)) {
        const words = normalise(sentence).split(' ').filter(Boolean).length;
        expect(words, `${label}: "${sentence}"`).toBeLessThanOrEqual(22);
        lengths.push(words);
      }
    }
    const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(average).toBeLessThanOrEqual(15);
  });

  it('briefzinnen staan op zichzelf: waardering bij aanwezig, een verzoek bij deels en ontbreekt, alleen {regio} als invulplek', () => {
    for (const item of checklist.items) {
      expect(item.letter.aanwezig, item.id).toMatch(/Dat vinden wij goed\.$/);
      expect(item.letter.deels, item.id).toMatch(/Wij vragen u /);
      expect(item.letter.ontbreekt, item.id).toMatch(/Wij vragen u /);
      for (const verdict of VERDICTS) {
        const placeholders = item.letter[verdict].match(/\{[^}]*\}|\[[^\]]*\]|<[^>]*>|\.\.\.|…/g) ?? [];
        expect(placeholders.filter((p) => p !== '{regio}'), `${item.id}.letter.${verdict}`).toEqual([]);
      }
    }
  });

  const reportFound = existsSync(reportPath);
  it.skipIf(!reportFound)(
    'geen tekst neemt een zin over uit het LOC-rapport (geen reeks van 8 woorden uit het rapport)',
    () => {
      const report = new Set(ngrams(readFileSync(reportPath, 'utf8'), 8));
      expect(report.size).toBeGreaterThan(1000);
      // Self-check: a copied sentence, with other case and spacing, is caught.
      const copiedSentence = 'Het HELPT om administratie te beperken en zo de\n werkdruk omlaag te krijgen.';
      expect(ngrams(copiedSentence, 8).some((gram) => report.has(gram))).toBe(true);

      const copied: string[] = [];
      for (const { label, text } of allTextFields(checklist)) {
        for (const gram of ngrams(text, 8)) if (report.has(gram)) copied.push(`${label}: "${gram}"`);
      }
      expect(copied).toEqual([]);
    },
  );

  const sourcesDir = path.dirname(reportPath);
  const otherSources = existsSync(sourcesDir)
    ? readdirSync(sourcesDir).filter((f) => f.endsWith('.txt') && path.join(sourcesDir, f) !== reportPath)
    : [];
  it.skipIf(otherSources.length === 0)('geen tekst neemt een reeks van 8 woorden over uit de andere LOC-bronnen', () => {
    const copied: string[] = [];
    for (const file of otherSources) {
      const source = new Set(ngrams(readFileSync(path.join(sourcesDir, file), 'utf8'), 8));
      for (const { label, text } of allTextFields(checklist)) {
        for (const gram of ngrams(text, 8)) if (source.has(gram)) copied.push(`${file} → ${label}: "${gram}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});

describe('hulpfuncties', () => {
  it('itemsByTheme groepeert alle items per thema, in volgorde', () => {
    const groups = itemsByTheme(checklist);
    expect(groups.map((g) => g.theme.id)).toEqual(['vertrouwen', 'passend', 'kwaliteit', 'expert', 'algemeen']);
    expect(groups.map((g) => g.items.length)).toEqual([7, 8, 13, 4, 2]);
    expect(groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(specIds);
  });

  it('getItem vindt een item op id en geeft undefined voor een onbekend id', () => {
    expect(getItem(checklist, 'passend.wachtlijsten')?.title).toBe('Wachtlijsten korter maken');
    expect(getItem(checklist, 'bestaat.niet')).toBeUndefined();
  });

  it('itemTitles geeft de titel van een item op id, en het id zelf voor een onbekend id', () => {
    const title = itemTitles(checklist);
    expect(title('passend.wachtlijsten')).toBe('Wachtlijsten korter maken');
    expect(title('bestaat.niet')).toBe('bestaat.niet');
  });
});

/** A valid checklist as plain data, to break in the tests below. */
function validData(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(checklist)) as Record<string, unknown>;
}
function itemsOf(data: Record<string, unknown>): Record<string, unknown>[] {
  return data.items as Record<string, unknown>[];
}
function errorsOf(data: unknown): string[] {
  const result = validateChecklist(data);
  if (result.ok) throw new Error('validateChecklist keurde ongeldige data goed');
  return result.errors;
}

describe('validateChecklist', () => {
  it('keurt de echte checklist goed en geeft een schone kopie terug', () => {
    const data = validData();
    (data as Record<string, unknown>).extra = 'genegeerd';
    const result = validateChecklist(data);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.checklist.items).toHaveLength(checklist.items.length);
      expect('extra' in result.checklist).toBe(false);
      expect(result.checklist).toEqual(checklist);
    }
  });

  it('weigert iets wat geen object is', () => {
    expect(errorsOf(null)[0]).toMatch(/geen object/);
    expect(errorsOf([])[0]).toMatch(/geen object/);
    expect(errorsOf('checklist')[0]).toMatch(/geen object/);
  });

  it('meldt een ontbrekend veld met item-id en veldnaam', () => {
    const data = validData();
    delete itemsOf(data)[7]!.title;
    expect(errorsOf(data)).toEqual(['Item "passend.wachtlijsten": het veld "title" ontbreekt.']);
  });

  it('meldt een leeg veld', () => {
    const data = validData();
    itemsOf(data)[7]!.title = '   ';
    expect(errorsOf(data)).toEqual(['Item "passend.wachtlijsten": het veld "title" is leeg.']);
  });

  it('meldt een "ongoing" die geen true of false is, en neemt true of false over', () => {
    const data = validData();
    (itemsOf(data)[7]!.signals as Record<string, unknown>).ongoing = 'ja';
    expect(errorsOf(data)).toEqual(['Item "passend.wachtlijsten": het veld "signals.ongoing" moet true of false zijn, maar is tekst.']);
    (itemsOf(data)[7]!.signals as Record<string, unknown>).ongoing = true;
    const result = validateChecklist(data);
    expect(result.ok && result.checklist.items[7]!.signals.ongoing).toBe(true);
  });

  it('meldt een "deniable" die geen true of false is, en neemt true of false over', () => {
    const data = validData();
    (itemsOf(data)[7]!.signals as Record<string, unknown>).deniable = 1;
    expect(errorsOf(data)).toEqual(['Item "passend.wachtlijsten": het veld "signals.deniable" moet true of false zijn, maar is een getal (1).']);
    (itemsOf(data)[7]!.signals as Record<string, unknown>).deniable = true;
    (itemsOf(data)[7]!.signals as Record<string, unknown>).yieldsTo = ['kwaliteit.contact-bij-wachttijd'];
    const result = validateChecklist(data);
    expect(result.ok && result.checklist.items[7]!.signals.deniable).toBe(true);
  });

  it('meldt een "deniable" bij een item zonder "yieldsTo": het doet dan niets', () => {
    const data = validData();
    const signals = itemsOf(data)[0]!.signals as Record<string, unknown>;
    expect(signals.yieldsTo).toBeUndefined();
    signals.deniable = true;
    expect(errorsOf(data)).toEqual([
      'Item "vertrouwen.basis": het veld "signals.deniable" werkt alleen samen met "signals.yieldsTo". Noem in "signals.yieldsTo" aan welk item dit item een passage laat, of laat "deniable" weg.',
    ]);
  });

  it('meldt een "yieldsTo" met het item zelf of een item dat niet bestaat, en neemt bestaande items over', () => {
    const data = validData();
    const signals = itemsOf(data)[7]!.signals as Record<string, unknown>;
    signals.yieldsTo = ['passend.wachtlijsten', 'passend.bestaat-niet'];
    expect(errorsOf(data)).toEqual([
      'Item "passend.wachtlijsten": in het veld "signals.yieldsTo" staat het item zelf. Noem alleen andere items.',
      'Item "passend.wachtlijsten": in het veld "signals.yieldsTo" staat "passend.bestaat-niet", maar dat item bestaat niet.',
    ]);
    signals.yieldsTo = 'kwaliteit.contact-bij-wachttijd';
    expect(errorsOf(data)).toEqual(['Item "passend.wachtlijsten": het veld "signals.yieldsTo" moet een lijst met woorden zijn, maar is tekst.']);
    // two items that leave a passage to each other: one of them must not
    const other = itemsOf(data).find((i) => i.id === 'kwaliteit.contact-bij-wachttijd')!.signals as Record<string, unknown>;
    signals.yieldsTo = ['kwaliteit.contact-bij-wachttijd'];
    other.yieldsTo = ['passend.wachtlijsten'];
    expect(errorsOf(data)).toEqual(['Item "kwaliteit.contact-bij-wachttijd" en item "passend.wachtlijsten" noemen elkaar in "signals.yieldsTo". Eén van beide laat een passage aan de ander, niet allebei.']);
    delete other.yieldsTo;
    const result = validateChecklist(data);
    expect(result.ok && result.checklist.items[7]!.signals.yieldsTo).toEqual(['kwaliteit.contact-bij-wachttijd']);
  });

  it('meldt "childDomains" die geen lijst met woorden is, en neemt een lijst over', () => {
    const data = validData();
    data.childDomains = ['==sportclub', ''];
    expect(errorsOf(data)).toEqual(['Checklist: het veld "childDomains" moet een lijst met woorden zijn.']);
    data.childDomains = ['==sportclub'];
    const result = validateChecklist(data);
    expect(result.ok && result.checklist.childDomains).toEqual(['==sportclub']);
  });

  it('meldt een dubbel id', () => {
    const data = validData();
    itemsOf(data)[1]!.id = 'vertrouwen.basis';
    expect(errorsOf(data)).toEqual([
      'Item "vertrouwen.basis" komt meer dan één keer voor. Elk id mag maar één keer voorkomen.',
    ]);
  });

  it('meldt een onbekend thema', () => {
    const data = validData();
    itemsOf(data)[0]!.theme = 'geluk';
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Item "vertrouwen\.basis": het thema "geluk" in het veld "theme" bestaat niet\./);
    expect(errors[0]).toContain('vertrouwen, passend, kwaliteit, expert, algemeen');
  });

  it('meldt verkeerde typen: getal als tekst, zoekwoorden die geen lijst of geen tekst zijn', () => {
    const data = validData();
    const items = itemsOf(data);
    items[0]!.explanation = 42;
    (items[1]!.signals as Record<string, unknown>).strong = 'wachtlijst';
    (items[2]!.signals as Record<string, unknown>).weak = ['ruimte', 7, ''];
    (items[3]!.signals as Record<string, unknown>).exclude = {};
    items[4]!.method = 'gokken';
    expect(errorsOf(data)).toEqual([
      'Item "vertrouwen.basis": het veld "explanation" moet tekst zijn, maar is een getal (42).',
      'Item "vertrouwen.niet-te-snel-labelen": het veld "signals.strong" moet een lijst met woorden zijn, maar is tekst.',
      'Item "vertrouwen.ruimte-professionals": in het veld "signals.weak" is woord 2 geen tekst, maar een getal (7).',
      'Item "vertrouwen.ruimte-professionals": in het veld "signals.weak" is woord 3 leeg.',
      'Item "vertrouwen.minder-administratie": het veld "signals.exclude" moet een lijst met woorden zijn, maar is een object.',
      'Item "vertrouwen.gelijkwaardige-samenwerking": het veld "method" moet "signals" of "readability" zijn, maar is tekst.',
    ]);
  });

  it('meldt ontbrekende zoekwoorden, behalve bij het leesbaarheidsitem', () => {
    const data = validData();
    const items = itemsOf(data);
    delete items[0]!.signals;
    items[1]!.signals = { strong: [], weak: [] };
    items[32]!.signals = { strong: [], weak: [] }; // algemeen.begrijpelijk: readability, no terms needed
    expect(errorsOf(data)).toEqual([
      'Item "vertrouwen.basis": het veld "signals" ontbreekt.',
      'Item "vertrouwen.niet-te-snel-labelen": het veld "signals" bevat geen zoekwoorden. Vul "signals.strong" of "signals.weak".',
    ]);
  });

  it('meldt een brief zonder alle drie de oordelen, en onbekende invulplekken', () => {
    const data = validData();
    const items = itemsOf(data);
    delete (items[5]!.letter as Record<string, unknown>).deels;
    (items[6]!.letter as Record<string, unknown>).ontbreekt = 'Wij vragen {gemeente} om actie.';
    items[7]!.letter = 'tekst';
    (items[8]!.letter as Record<string, unknown>).aanwezig = 'De regiovisie in {regio} is goed. Dat vinden wij goed.';
    expect(errorsOf(data)).toEqual([
      'Item "vertrouwen.keuzevrijheid": het veld "letter.deels" ontbreekt.',
      'Item "vertrouwen.ouders-verbinden": het veld "letter.ontbreekt" bevat de onbekende invulplek "{gemeente}". Alleen {regio} is toegestaan.',
      'Item "passend.wachtlijsten": het veld "letter" moet een object zijn met zinnen voor "aanwezig", "deels" en "ontbreekt".',
    ]);
  });

  it('meldt een ongeldig versienummer en ontbrekende onderdelen bovenaan', () => {
    const data = validData();
    data.version = '1.0';
    delete data.source;
    data.themes = 'vertrouwen';
    const errors = errorsOf(data);
    expect(errors).toContain('Checklist: het veld "version" ("1.0") is geen geldig versienummer. Gebruik de vorm 1.0.0.');
    expect(errors).toContain('Checklist: het veld "source" ontbreekt.');
    expect(errors).toContain('Checklist: het veld "themes" moet een lijst zijn.');
    expect(validateChecklist({ ...validData(), version: '2.1.0-concept' }).ok).toBe(true);
  });

  it('meldt dubbele thema’s, items zonder id en een lege itemlijst', () => {
    const data = validData();
    (data.themes as unknown[]).push({ id: 'passend', title: 'Nog eens', description: 'Dubbel.' });
    delete itemsOf(data)[2]!.id;
    expect(errorsOf(data)).toEqual(['Thema "passend" komt meer dan één keer voor.', 'Item 3: het veld "id" ontbreekt.']);
    expect(errorsOf({ ...validData(), items: [] })).toEqual(['Checklist: de lijst "items" is leeg. Er is minstens één item nodig.']);
  });
});

describe('samenvoegen van texts.json en signals.json (buildLocChecklist)', () => {
  it('faalt duidelijk als zoekwoorden voor een item ontbreken', () => {
    const signals = fakeSignals();
    delete signals['kwaliteit.match'];
    expect(() => buildLocChecklist(texts, signals)).toThrow(ChecklistLoadError);
    expect(() => buildLocChecklist(texts, signals)).toThrow(
      'Item "kwaliteit.match": er staan geen zoekwoorden voor dit item in signals.json.',
    );
  });

  it('faalt duidelijk bij zoekwoorden voor een onbekend item of ongeldige zoekwoorden', () => {
    const signals: Record<string, unknown> = { ...fakeSignals(), 'kwaliteit.mach': { strong: ['klik'], weak: [] } };
    expect(() => buildLocChecklist(texts, signals)).toThrow('signals.json bevat zoekwoorden voor het onbekende item "kwaliteit.mach".');
    const wrong: Record<string, unknown> = { ...fakeSignals(), 'passend.doorbraak': { strong: 'doorbraakteam', weak: [] } };
    expect(() => buildLocChecklist(texts, wrong)).toThrow('Item "passend.doorbraak": het veld "signals.strong" moet een lijst');
  });

  it('faalt duidelijk als een spec-id in texts.json ontbreekt', () => {
    const items = { ...textItems };
    delete items['expert.in-gesprek-blijven'];
    expect(() => buildLocChecklist({ ...texts, items }, fakeSignals())).toThrow('Item "expert.in-gesprek-blijven" ontbreekt in texts.json.');
  });

  it('het leesbaarheidsitem mag zonder zoekwoorden', () => {
    const signals = fakeSignals();
    delete signals[READABILITY_ITEM_ID];
    expect(getItem(buildLocChecklist(texts, signals), READABILITY_ITEM_ID)?.signals).toEqual({ strong: [], weak: [] });
  });

  it('de echte checklist (texts.json + signals.json) laadt en heeft alle 34 items', async () => {
    const { locChecklist } = await import('../../../lib/checklist/index');
    expect(locChecklist.items.map((i) => i.id).slice(0, specIds.length)).toEqual(specIds);
    for (const item of locChecklist.items) {
      if (item.method !== 'readability') expect(item.signals.strong.length + item.signals.weak.length, item.id).toBeGreaterThan(0);
    }
  });
});

describe('elk item is in de fixtures minstens één keer gevonden en minstens één keer afwezig', () => {
  const files = existsSync(fixturesDir) ? readdirSync(fixturesDir).filter((f) => f.endsWith('.expected.json')).sort() : [];
  const expected = files.map((file) => ({
    file,
    items: (JSON.parse(readFileSync(path.join(fixturesDir, file), 'utf8')) as { items: Record<string, string> }).items,
  }));

  it(`er zijn fixtures met verwachte oordelen in tests/fixtures/checker (gevonden: ${files.length})`, () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const { file, items } of expected) {
      for (const [id, verdict] of Object.entries(items)) {
        expect(specIds.includes(id) || checklist.items.some((i) => i.id === id), `${file}: onbekend id "${id}"`).toBe(true);
        expect(VERDICTS, `${file}: ${id}`).toContain(verdict);
      }
    }
  });

  it.each(specIds)('%s', (id) => {
    const verdicts = expected.map(({ file, items }) => ({ file, verdict: items[id] }));
    const found = verdicts.filter((v) => v.verdict === 'aanwezig' || v.verdict === 'deels').map((v) => v.file);
    const missing = verdicts.filter((v) => v.verdict === 'ontbreekt').map((v) => v.file);
    expect(found.length, `${id}: in geen enkele fixture (deels) aanwezig`).toBeGreaterThanOrEqual(1);
    expect(missing.length, `${id}: in geen enkele fixture afwezig`).toBeGreaterThanOrEqual(1);
  });
});

/**
 * Every item of every checklist the product ships says in data what a passage needs: the
 * concept (strong terms) with its paraphrases, whom it is about (an "about" rule, or [] when
 * its own words say so), and what rules a word out (other senses). A checklist that lacks one
 * of these would judge by bare words again.
 */
describe('elke checklist heeft per item alle gegevens die de toets nodig heeft', () => {
  const checklists = [locChecklist];
  for (const checklist of checklists) {
    it(`${checklist.id}: begrip, omschrijvingen, over wie, andere betekenissen`, () => {
      const problems: string[] = [];
      for (const item of checklist.items) {
        if (item.method === 'readability') continue;
        const s = item.signals;
        if (s.strong.filter((t) => !t.trim().startsWith('~')).length === 0) problems.push(`${item.id}: geen sterke zoekwoorden`);
        if (!s.paraphrase || s.paraphrase.length === 0) problems.push(`${item.id}: geen omschrijving (paraphrase)`);
        for (const p of s.paraphrase ?? []) {
          const groups = p.split('+');
          if (groups.length < 2) problems.push(`${item.id}: omschrijving "${p}" heeft maar één groep`);
          if (groups.some((g) => g.split('|').some((alt) => alt.trim() === ''))) problems.push(`${item.id}: omschrijving "${p}" heeft een leeg alternatief`);
        }
        if (!Array.isArray(s.about)) problems.push(`${item.id}: "about" ontbreekt (over wie gaat het?)`);
        if (!s.exclude || s.exclude.length === 0) problems.push(`${item.id}: geen andere betekenissen (exclude)`);
      }
      expect(problems).toEqual([]);
      expect(checklist.otherDomains?.length ?? 0).toBeGreaterThan(10);
      expect(checklist.childDomains?.length ?? 0).toBeGreaterThan(5);
    });
  }
});
