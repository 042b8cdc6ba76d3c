import { translate } from '@/lib/i18n';
import { describe, expect, it } from 'vitest';
import { isVerdict, validateReview, validateSavedReview } from '../../../lib/review/validate';
import { addOwnEvidence, setAddressee, setLetterDetail, setMunicipality, setPrivateNote, setToelichting, setVerdict } from '../../../lib/review/model';
import { recheck } from '../../../lib/review/model';
import { makeReview, makeSaved, T1, T2 } from './factory';

const clone = <T>(v: T): T => structuredClone(v);

describe('isVerdict', () => {
  it('accepts exactly the three verdicts', () => {
    for (const v of ['aanwezig', 'deels', 'ontbreekt']) expect(isVerdict(v)).toBe(true);
    for (const v of ['Aanwezig', 'ja', '', undefined, null, 1]) expect(isVerdict(v)).toBe(false);
  });
});

describe('validateSavedReview', () => {
  it('accepts a review with every optional field used', () => {
    let s = makeSaved();
    s = setVerdict(s, 'vertrouwen.inspraak', 'deels', T1);
    s = setToelichting(s, 'vertrouwen.inspraak', 'x', T1);
    s = setPrivateNote(s, 'vertrouwen.inspraak', 'alleen voor ons', T1);
    s = addOwnEvidence(s, 'passend.wachttijd', { quote: 'q', prefix: '', suffix: '', block: 'b1', heading: 'H', page: 2 }, T1);
    s = setMunicipality(s, 'Leiden', T1);
    s = setLetterDetail(s, 'region', 'Holland Rijnland', T1);
    s = setLetterDetail(s, 'regiovisieName', 'Regiovisie Jeugdhulp Holland Rijnland', T1);
    s = setAddressee(s, 'gemeenteraad en college van B&W', T1);
    s = recheck(s, makeReview([['vertrouwen.inspraak', 'vertrouwen', 'aanwezig']]), T2).saved;
    s = { ...s, letterEdits: { intro: 'Geachte raad,' } };
    const result = validateSavedReview(s);
    expect(result).toEqual({ ok: true, value: s });
  });

  it('returns a copy, not the input', () => {
    const s = makeSaved();
    const result = validateSavedReview(s);
    expect(result.ok && result.value).not.toBe(s);
  });

  it.each([
    ['schemaVersion', (s: any) => (s.schemaVersion = 1), 'review.schemaVersion'],
    ['newer schemaVersion', (s: any) => (s.schemaVersion = 4), 'review.schemaVersion'],
    ['sources', (s: any) => delete s.sources, 'review.sources'],
    ['empty sources', (s: any) => (s.sources = []), 'review.sources'],
    ['source kind', (s: any) => (s.sources[0].kind = 'fax'), 'review.sources[0].kind'],
    ['source id with a colon', (s: any) => (s.sources[0].id = 's:1'), 'review.sources[0].id'],
    ['two sources with one id', (s: any) => s.sources.push({ ...s.sources[0] }), 'review.sources[1].id'],
    ['own passage source', (s: any) => (s.decisions = { x: { updatedAt: s.createdAt, ownEvidence: [{ quote: 'q', prefix: '', suffix: '', block: 'b1', addedAt: s.createdAt, source: 2 }] } }), 'review.decisions.x.ownEvidence[0].source'],
    ['key', (s: any) => delete s.key, 'review.key'],
    ['createdAt', (s: any) => (s.createdAt = 5), 'review.createdAt'],
    ['automatic', (s: any) => delete s.automatic, 'review.automatic'],
    ['checklist', (s: any) => (s.automatic.checklist = null), 'review.automatic.checklist'],
    ['source.words', (s: any) => (s.automatic.source.words = '10'), 'review.automatic.source.words'],
    ['looksLikeRegiovisie', (s: any) => (s.automatic.looksLikeRegiovisie = 'ja'), 'review.automatic.looksLikeRegiovisie'],
    ['item score NaN', (s: any) => (s.automatic.items[0].score = Number.NaN), 'review.automatic.items[0].score'],
    ['evidence quote', (s: any) => delete s.automatic.items[0].evidence[0].quote, 'review.automatic.items[0].evidence[0].quote'],
    ['readability', (s: any) => (s.automatic.readability.jargon = [{ word: 'x' }]), 'review.automatic.readability.jargon[0].count'],
    ['decisions', (s: any) => (s.decisions = []), 'review.decisions'],
    ['decision updatedAt', (s: any) => (s.decisions.a = {}), 'review.decisions.a.updatedAt'],
    ['confirmed', (s: any) => (s.decisions.a = { confirmed: 'ja', updatedAt: T1.toISOString() }), 'review.decisions.a.confirmed'],
    ['toelichting', (s: any) => (s.decisions.a = { toelichting: 5, updatedAt: T1.toISOString() }), 'review.decisions.a.toelichting'],
    ['privateNote', (s: any) => (s.decisions.a = { privateNote: ['x'], updatedAt: T1.toISOString() }), 'review.decisions.a.privateNote'],
    ['ownEvidence', (s: any) => (s.decisions.a = { ownEvidence: [{ quote: 'q' }], updatedAt: T1.toISOString() }), 'review.decisions.a.ownEvidence[0].prefix'],
    ['changes', (s: any) => (s.changes = [{ id: 'a', from: 'deels', to: 'nee' }]), 'review.changes[0].to'],
    ['letterEdits', (s: any) => (s.letterEdits = { a: 1 }), 'review.letterEdits.a'],
    ['municipality', (s: any) => (s.municipality = 3), 'review.municipality'],
    ['region', (s: any) => (s.region = ['Regio']), 'review.region'],
    ['regiovisieName', (s: any) => (s.regiovisieName = null), 'review.regiovisieName'],
    ['addressee', (s: any) => (s.addressee = 'de wethouder'), 'review.addressee'],
    ['addressee not text', (s: any) => (s.addressee = 1), 'review.addressee'],
  ])('names the path of a wrong %s', (_name, breakIt, path) => {
    const s = clone(makeSaved());
    breakIt(s);
    const result = validateSavedReview(s);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.path).toBe(path);
      // A phrase that continues a sentence, in both languages.
      for (const locale of ['nl', 'en'] as const) expect(translate(locale, result.error.key, result.error.params)).toMatch(/^[a-z]/);
    }
  });

  it('rejects things that are no object', () => {
    for (const x of [null, 'x', [], 1]) expect(validateSavedReview(x).ok).toBe(false);
  });
});

describe('validateReview', () => {
  it('accepts a Review from the factory and rejects a broken one', () => {
    expect(validateReview(makeReview()).ok).toBe(true);
    const broken = clone(makeReview()) as any;
    broken.items[1].verdict = 'misschien';
    expect(validateReview(broken)).toMatchObject({ ok: false, path: 'automatic.items[1].verdict' });
  });
});

describe('validation messages', () => {
  it('name the problem in the language of the UI', () => {
    const s = clone(makeSaved()) as any;
    s.automatic.items[0].verdict = 'misschien';
    const result = validateSavedReview(s);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(translate('nl', result.error.key, result.error.params)).toBe('het oordeel "misschien" bestaat niet. Een oordeel is altijd "aanwezig", "deels" of "ontbreekt"');
    expect(translate('en', result.error.key, result.error.params)).toContain('the verdict "misschien" does not exist');
    // Nested in the import message, translated with it.
    const outer = translate('en', 'importError.damaged', { problem: result.error, path: result.path });
    expect(outer).toBe(`This file is damaged or incomplete. It cannot be loaded. What is wrong: the verdict "misschien" does not exist. A verdict is always "aanwezig", "deels" or "ontbreekt" (at ${result.path}).`);
  });
});

describe('validateSavedReview: passage kinds and the reason a text is no regiovisie', () => {
  it('keeps a known passage kind, basis, capped flag and reason', () => {
    const s = makeSaved();
    const item = s.automatic.items[0]!;
    item.basis = 'commitment';
    item.capped = true;
    item.evidence = [{ quote: 'q', prefix: '', suffix: '', block: 'b1', score: 1, kind: 'commitment' }];
    s.automatic.looksLikeRegiovisie = false;
    s.automatic.notRegiovisie = 'minutes';
    expect(validateSavedReview(s)).toEqual({ ok: true, value: s });
  });

  it('keeps the faint flag (a deels on one vague word) and refuses one that is not true or false', () => {
    const s = makeSaved();
    s.automatic.items[0]!.faint = true;
    expect(validateSavedReview(s)).toEqual({ ok: true, value: s });
    const bad = makeSaved();
    (bad.automatic.items[0] as { faint?: unknown }).faint = 'ja';
    const r = validateSavedReview(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.path).toBe('review.automatic.items[0].faint');
  });

  it('keeps the single flag (an aanwezig on one passage) and refuses one that is not true or false, in plain Dutch', () => {
    const s = makeSaved();
    s.automatic.items[0]!.single = true;
    s.automatic.items[1]!.single = false;
    expect(validateSavedReview(s)).toEqual({ ok: true, value: s });
    const bad = makeSaved();
    (bad.automatic.items[1] as { single?: unknown }).single = 1;
    const r = validateSavedReview(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.path).toBe('review.automatic.items[1].single');
    expect(translate('nl', r.error.key, r.error.params)).toBe('dit moet waar of onwaar zijn');
  });

  it('refuses a passage kind or reason it does not know (it would reach the screen as a text key)', () => {
    const bad = makeSaved();
    bad.automatic.items[0]!.evidence = [{ quote: 'q', prefix: '', suffix: '', block: 'b1', score: 1, kind: '<b>kop</b>' as never }];
    const r = validateSavedReview(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.path).toBe('review.automatic.items[0].evidence[0].kind');
      expect(translate('nl', r.error.key, r.error.params)).toContain('niet toegestaan');
    }
    const reason = makeSaved();
    (reason.automatic as { notRegiovisie?: string }).notRegiovisie = 'brochure';
    expect(validateSavedReview(reason).ok).toBe(false);
    const basis = makeSaved();
    (basis.automatic.items[0] as { basis?: string }).basis = 'gedicht';
    expect(validateSavedReview(basis).ok).toBe(false);
  });
});

describe('validateSavedReview: the letter details of a review', () => {
  it('accepts each addressee and keeps region, name and addressee', () => {
    for (const addressee of ['gemeenteraad', 'college van B&W', 'gemeenteraad en college van B&W'] as const) {
      const s = { ...makeSaved(), region: 'Regio Zuid', regiovisieName: 'Regiovisie Zuid 2026', addressee };
      expect(validateSavedReview(s)).toEqual({ ok: true, value: s });
    }
  });

  it('accepts a review without them (optional, no new schema version)', () => {
    const s = makeSaved();
    expect('region' in s || 'addressee' in s || 'regiovisieName' in s).toBe(false);
    expect(validateSavedReview(s).ok).toBe(true);
  });
});
