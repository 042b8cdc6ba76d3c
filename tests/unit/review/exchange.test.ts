import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportReview,
  IMPORT_ERRORS,
  importConflict,
  MAX_IMPORT_CHARS,
  parseReviewImport,
  reviewFileName,
} from '../../../lib/review/exchange';
import { translate, type Message } from '../../../lib/i18n';
import { addOwnEvidence, setAddressee, setLetterDetail, setMunicipality, setPrivateNote, setToelichting, setVerdict } from '../../../lib/review/model';
import type { SavedReview } from '../../../lib/review/types';
import { makeSaved, T0, T1, T2 } from './factory';

const worked = (): SavedReview => {
  let s = makeSaved();
  s = setVerdict(s, 'vertrouwen.inspraak', 'deels', T1);
  s = setToelichting(s, 'vertrouwen.inspraak', 'Let op: “inspraak” ≠ meedoen 🙂\nTweede regel', T1);
  s = setPrivateNote(s, 'vertrouwen.inspraak', 'Navragen bij wethouder', T1);
  s = addOwnEvidence(
    s,
    'passend.wachttijd',
    { quote: 'Binnen 6 weken', prefix: 'Wij zorgen: ', suffix: '.', block: 'b3', page: 4 },
    T1,
  );
  return s;
};

/** An export file as an object, to break on purpose. */
const fileObject = (saved: SavedReview = worked()): Record<string, unknown> =>
  JSON.parse(exportReview(saved, T2)) as Record<string, unknown>;

const parse = (value: unknown) => parseReviewImport(JSON.stringify(value));

/** A message as the Dutch UI shows it. */
const nl = (m: Message): string => translate('nl', m.key, m.params);

function errorOf(result: ReturnType<typeof parseReviewImport>): string {
  if (result.ok) throw new Error('expected an error');
  return nl(result.error);
}

describe('exportReview', () => {
  it('writes pretty JSON with format, formatVersion, exportedAt and the review', () => {
    const saved = worked();
    const text = exportReview(saved, T2);
    expect(text).toContain('\n  "format": "regiovisie-toets/review"');
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: T2.toISOString(),
      review: saved,
    });
  });
});

describe('parseReviewImport', () => {
  it('reads back what was exported (round trip)', () => {
    const saved = worked();
    const result = parseReviewImport(exportReview(saved, T2));
    expect(result).toEqual({ ok: true, review: saved });
  });

  it("carries the review's letter details: municipality, region, addressee and the regiovisie's name", () => {
    let saved = setMunicipality(worked(), 'Lindeveld', T1);
    saved = setLetterDetail(saved, 'region', 'Regio Lindeveld', T1);
    saved = setLetterDetail(saved, 'regiovisieName', 'Regiovisie Jeugdhulp Lindeveld 2026–2030', T1);
    saved = setAddressee(saved, 'college van B&W', T1);
    const text = exportReview(saved, T2);
    expect(JSON.parse(text).review).toMatchObject({
      municipality: 'Lindeveld',
      region: 'Regio Lindeveld',
      regiovisieName: 'Regiovisie Jeugdhulp Lindeveld 2026–2030',
      addressee: 'college van B&W',
    });
    expect(parseReviewImport(text)).toEqual({ ok: true, review: saved });
  });

  it('refuses an unknown addressee in an imported file, naming the field', () => {
    const file = JSON.parse(exportReview(worked(), T2));
    file.review.addressee = 'de burgemeester';
    const result = parseReviewImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && JSON.stringify(result.error)).toContain('review.addressee');
  });

  it('keeps emoji, line breaks and very long toelichtingen and private notes', () => {
    const note = '🙂 regel\n'.repeat(50_000);
    const saved = setPrivateNote(setToelichting(makeSaved(), 'vertrouwen.inspraak', note, T1), 'vertrouwen.inspraak', `privé ${note}`, T1);
    const result = parseReviewImport(exportReview(saved, T2));
    expect(result.ok && result.review.decisions['vertrouwen.inspraak']?.toelichting).toBe(note);
    expect(result.ok && result.review.decisions['vertrouwen.inspraak']?.privateNote).toBe(`privé ${note}`);
  });

  it('imports an export of version 1: its notes become toelichtingen', () => {
    const f = fileObject();
    const review = f.review as Record<string, unknown> & { decisions: Record<string, Record<string, unknown>> };
    review.schemaVersion = 1;
    review.decisions = { 'vertrouwen.inspraak': { note: 'Stond in de brief', updatedAt: T1.toISOString() } };
    const result = parse(f);
    expect(result.ok && result.review.schemaVersion).toBe(3);
    expect(result.ok && result.review.decisions['vertrouwen.inspraak']).toEqual({ toelichting: 'Stond in de brief', updatedAt: T1.toISOString() });
  });

  it('accepts a byte order mark at the start', () => {
    expect(parseReviewImport(`\uFEFF${exportReview(worked(), T2)}`).ok).toBe(true);
  });

  it('keeps fields it does not know (from a later version)', () => {
    const f = fileObject();
    (f.review as Record<string, unknown>).extra = { a: 1 };
    const result = parse(f);
    expect(result.ok && (result.review as unknown as Record<string, unknown>).extra).toEqual({ a: 1 });
  });

  it('recomputes the storage key from the URL', () => {
    const f = fileObject();
    (f.review as Record<string, unknown>).key = 'iets anders';
    const result = parse(f);
    expect(result.ok && result.review.key).toBe('https://www.gemeente-voorbeeld.nl/regiovisie-jeugdzorg');
  });

  it('migrates an old (v0) review inside the file', () => {
    const old = {
      format: EXPORT_FORMAT,
      formatVersion: 1,
      exportedAt: T2.toISOString(),
      review: {
        url: 'https://gemeente.nl/visie',
        title: 'Visie',
        createdAt: T0.toISOString(),
        savedAt: T1.toISOString(),
        automatic: makeSaved().automatic,
        overrides: { 'vertrouwen.inspraak': 'aanwezig' },
        notes: { 'vertrouwen.inspraak': 'Oud' },
      },
    };
    const result = parse(old);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.review.schemaVersion).toBe(3);
      expect(result.review.updatedAt).toBe(T1.toISOString());
      expect(result.review.decisions['vertrouwen.inspraak']).toEqual({
        verdict: 'aanwezig',
        toelichting: 'Oud',
        updatedAt: T1.toISOString(),
      });
    }
  });

  it('refuses an empty file', () => {
    expect(errorOf(parseReviewImport(''))).toBe(nl(IMPORT_ERRORS.empty));
    expect(errorOf(parseReviewImport('  \n'))).toBe(nl(IMPORT_ERRORS.empty));
  });

  it('refuses a file that is no JSON', () => {
    expect(errorOf(parseReviewImport('{ "format": '))).toBe(nl(IMPORT_ERRORS.notJson));
    expect(errorOf(parseReviewImport('<html></html>'))).toBe(nl(IMPORT_ERRORS.notJson));
  });

  it('refuses a foreign file with the plain message', () => {
    const msg = 'Dit bestand is geen opgeslagen toetsing van Regiovisie-toets.';
    expect(nl(IMPORT_ERRORS.foreign)).toBe(msg);
    expect(errorOf(parse({ name: 'package', version: '1.0.0' }))).toBe(msg);
    expect(errorOf(parse([1, 2, 3]))).toBe(msg);
    expect(errorOf(parse('tekst'))).toBe(msg);
    expect(errorOf(parse(null))).toBe(msg);
    expect(errorOf(parse({ ...fileObject(), format: 'hypothesis/annotations' }))).toBe(msg);
  });

  it('refuses a missing or broken formatVersion', () => {
    const { formatVersion: _v, ...noVersion } = fileObject();
    expect(errorOf(parse(noVersion))).toBe(nl(IMPORT_ERRORS.badVersion));
    expect(errorOf(parse({ ...fileObject(), formatVersion: '1' }))).toBe(nl(IMPORT_ERRORS.badVersion));
    expect(errorOf(parse({ ...fileObject(), formatVersion: 0 }))).toBe(nl(IMPORT_ERRORS.badVersion));
    expect(errorOf(parse({ ...fileObject(), formatVersion: 1.5 }))).toBe(nl(IMPORT_ERRORS.badVersion));
  });

  it('refuses a file from a newer version of the extension', () => {
    expect(errorOf(parse({ ...fileObject(), formatVersion: 2 }))).toBe(nl(IMPORT_ERRORS.tooNew));
    const f = fileObject();
    (f.review as Record<string, unknown>).schemaVersion = 4;
    expect(errorOf(parse(f))).toBe(nl(IMPORT_ERRORS.tooNew));
  });

  it('refuses a file without a review', () => {
    const { review: _r, ...noReview } = fileObject();
    expect(errorOf(parse(noReview))).toBe(nl(IMPORT_ERRORS.noReview));
    expect(errorOf(parse({ ...fileObject(), review: 'x' }))).toBe(nl(IMPORT_ERRORS.noReview));
  });

  it('names a missing field', () => {
    const f = fileObject();
    delete (f.review as Record<string, unknown>).title;
    const error = errorOf(parse(f));
    expect(error).toMatch(/^Dit bestand is beschadigd of onvolledig\./);
    expect(error).toContain('dit onderdeel ontbreekt (bij review.title)');
  });

  it('names a wrong verdict value, in a decision and in the automatic review', () => {
    const f = fileObject();
    const review = f.review as { decisions: Record<string, { verdict?: string }>; automatic: { items: { verdict: string }[] } };
    review.decisions['vertrouwen.inspraak']!.verdict = 'ja';
    const error = errorOf(parse(f));
    expect(error).toContain('het oordeel "ja" bestaat niet');
    expect(error).toContain('review.decisions.vertrouwen.inspraak.verdict');

    const g = fileObject();
    (g.review as typeof review).automatic.items[2]!.verdict = 'AANWEZIG';
    expect(errorOf(parse(g))).toContain('review.automatic.items[2].verdict');
  });

  it('names wrong types and bad dates', () => {
    const f = fileObject();
    (f.review as Record<string, unknown>).updatedAt = 'gisteren';
    expect(errorOf(parse(f))).toContain('dit is geen geldige datum (bij review.updatedAt)');

    const g = fileObject();
    (g.review as { decisions: Record<string, unknown> }).decisions['vertrouwen.inspraak'] = { privateNote: 5, updatedAt: T1.toISOString() };
    expect(errorOf(parse(g))).toContain('dit moet tekst zijn (bij review.decisions.vertrouwen.inspraak.privateNote)');

    const h = fileObject();
    (h.review as { automatic: { items: unknown[] } }).automatic.items[0] = null;
    expect(errorOf(parse(h))).toContain('review.automatic.items[0]');
  });

  it('refuses duplicate item ids in the automatic review', () => {
    const f = fileObject();
    const items = (f.review as { automatic: { items: { id: string }[] } }).automatic.items;
    items[1]!.id = items[0]!.id;
    expect(errorOf(parse(f))).toContain('twee keer');
  });

  it('drops a __proto__ key instead of polluting objects', () => {
    const text = exportReview(worked(), T2).replace(
      '"decisions": {',
      '"decisions": {\n    "__proto__": { "verdict": "deels", "updatedAt": "2025-03-11T10:30:00.000Z", "polluted": true },',
    );
    const result = parseReviewImport(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.review.decisions)).not.toContain('__proto__');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(result.review.decisions)).toBe(Object.prototype);
    }
  });

  it('refuses a file that is far too large', () => {
    expect(errorOf(parseReviewImport(' '.repeat(MAX_IMPORT_CHARS + 1)))).toBe(nl(IMPORT_ERRORS.tooLarge));
  });

  it('all messages are sentences without technical words like JSON, in Dutch and in English', () => {
    const fixed = Object.values(IMPORT_ERRORS).filter((v) => typeof v !== 'function') as Message[];
    expect(fixed.length).toBeGreaterThan(5);
    for (const m of [...fixed, IMPORT_ERRORS.damaged({ key: 'validation.missing' }, 'review.title')]) {
      for (const locale of ['nl', 'en'] as const) {
        const text = translate(locale, m.key, m.params);
        expect(text).toMatch(/^[A-Z].*[.]$/s);
        expect(text).not.toMatch(/JSON|undefined|null|schema|\{/i);
      }
    }
  });

  it('returns a key, so the English UI shows English', () => {
    const result = parse({ name: 'package' });
    expect(result).toEqual({ ok: false, error: { key: 'importError.foreign' } });
    if (result.ok) return;
    expect(translate('en', result.error.key, result.error.params)).toBe('This file is not a saved review of Regiovisie-toets.');
    const f = fileObject();
    delete (f.review as Record<string, unknown>).title;
    const damaged = parse(f);
    if (damaged.ok) throw new Error('expected an error');
    expect(translate('en', damaged.error.key, damaged.error.params)).toMatch(/^This file is damaged or incomplete\..*\(at review\.title\)\.$/);
  });
});

describe('importConflict', () => {
  it('none when nothing is stored under the key', () => {
    expect(importConflict(undefined, worked())).toBe('none');
  });

  it('none when the stored review has another key', () => {
    const other = { ...worked(), key: 'https://ander.nl/' };
    expect(importConflict(other, worked())).toBe('none');
  });

  it('same for identical content, whatever the key order', () => {
    const a = worked();
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]))
          : v;
    const reordered = reverseKeys(a) as SavedReview;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(a)[0]);
    expect(importConflict(a, structuredClone(a))).toBe('same');
    expect(importConflict(a, reordered)).toBe('same');
    const roundTrip = parseReviewImport(exportReview(a, T2));
    expect(roundTrip.ok && importConflict(a, roundTrip.review)).toBe('same');
  });

  it('overwrite when anything differs', () => {
    const a = worked();
    expect(importConflict(a, setToelichting(a, 'vertrouwen.inspraak', 'Andere toelichting', T2))).toBe('overwrite');
    expect(importConflict(a, setPrivateNote(a, 'vertrouwen.inspraak', 'Andere notitie', T2))).toBe('overwrite');
    expect(importConflict(a, { ...a, updatedAt: T2.toISOString() })).toBe('overwrite');
  });
});

describe('reviewFileName', () => {
  const noon = new Date(2025, 2, 14, 12, 0, 0); // local time

  it('uses the title and the local date', () => {
    expect(reviewFileName(makeSaved(undefined, 'Regiovisie Holland Rijnland'), noon)).toBe(
      'Toetsing regiovisie Regiovisie Holland Rijnland 2025-03-14.json',
    );
  });

  it('falls back to the municipality, and to nothing', () => {
    const s = setMunicipality(makeSaved(undefined, '  '), 'Gemeente Leiden', T1);
    expect(reviewFileName(s, noon)).toBe('Toetsing regiovisie Gemeente Leiden 2025-03-14.json');
    expect(reviewFileName(makeSaved(undefined, ''), noon)).toBe('Toetsing regiovisie 2025-03-14.json');
  });

  it('strips characters not allowed in file names', () => {
    const name = reviewFileName(makeSaved(undefined, 'Visie: "Jeugd/Zorg" <2025> | a\\b * c? \t\n'), noon);
    expect(name).toBe('Toetsing regiovisie Visie Jeugd Zorg 2025 a b c 2025-03-14.json');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('keeps diacritics and emoji, removes trailing dots', () => {
    expect(reviewFileName(makeSaved(undefined, 'Cliëntenraad 🙂 ...'), noon)).toBe(
      'Toetsing regiovisie Cliëntenraad 🙂 2025-03-14.json',
    );
  });

  it('cuts a very long title at a word', () => {
    const title = 'Regiovisie specialistische jeugdhulp en jeugdbescherming '.repeat(5);
    const name = reviewFileName(makeSaved(undefined, title), noon);
    expect(name.length).toBeLessThan(130);
    expect(name).toMatch(/^Toetsing regiovisie Regiovisie specialistische .* 2025-03-14\.json$/);
    expect(name).not.toMatch(/ {2}/);
  });

  it('cuts as the letter does: never inside an emoji, and at most 150 bytes of a title in another script', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(reviewFileName(makeSaved(undefined, `${'a'.repeat(78)}${family}`), noon)).toBe(`Toetsing regiovisie ${'a'.repeat(78)}${family} 2025-03-14.json`);
    const greek = reviewFileName(makeSaved(undefined, 'Περιφερειακό όραμα '.repeat(6)), noon);
    expect(new TextEncoder().encode(greek.replace(/^Toetsing regiovisie | 2025-03-14\.json$/g, '')).length).toBeLessThanOrEqual(150);
    expect(greek).toMatch(/^Toetsing regiovisie Περιφερειακό όραμα .*[^ .] 2025-03-14\.json$/);
  });

  it('pads month and day', () => {
    expect(reviewFileName(makeSaved(undefined, 'X'), new Date(2026, 0, 5, 12))).toBe('Toetsing regiovisie X 2026-01-05.json');
  });
});
