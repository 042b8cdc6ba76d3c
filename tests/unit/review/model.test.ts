import { describe, expect, it } from 'vitest';
import {
  addOwnEvidence,
  confirmItem,
  countsByTheme,
  createSavedReview,
  effectiveVerdict,
  filterItems,
  hasToelichting,
  hasPrivateNote,
  firstUnreviewed,
  toReadUnreviewed,
  isChangedByUser,
  isReviewed,
  isToRead,
  toReadReason,
  ITEM_FILTERS,
  orphanedIds,
  progress,
  recheck,
  removeOwnEvidence,
  setMunicipality,
  setToelichting,
  setPrivateNote,
  setVerdict,
  setAddressee,
  setLetterDetail,
} from '../../../lib/review/model';
import type { Verdict } from '../../../lib/checklist/types';
import type { SavedReview } from '../../../lib/review/types';
import { deepFreeze, DEFAULT_ITEMS, makeReview, makeSaved, T0, T1, T2, URL_ } from './factory';

const A = 'vertrouwen.contactpersoon'; // aanwezig
const O = 'vertrouwen.inspraak'; // ontbreekt
const D = 'passend.wachttijd'; // deels

const OWN = {
  quote: 'Ouders praten mee in de regiegroep.',
  prefix: 'Sinds 2024: ',
  suffix: ' Zij krijgen',
  block: 'b12',
  heading: 'Inspraak',
};

/** A frozen saved review: any mutation in the code under test throws. */
const frozen = (): SavedReview => deepFreeze(makeSaved());

describe('createSavedReview', () => {
  it('builds an empty review with the normalised key and all times set to now', () => {
    const review = makeReview();
    const saved = createSavedReview(review, T0, URL_, 'Regiovisie');
    expect(saved).toEqual({
      schemaVersion: 3,
      key: 'https://www.gemeente-voorbeeld.nl/regiovisie-jeugdzorg',
      url: URL_,
      title: 'Regiovisie',
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
      checkedAt: T0.toISOString(),
      automatic: review,
      sources: [
        { id: 's1', kind: 'page', title: review.source.title, url: URL_, characters: review.source.characters, words: review.source.words, blocks: review.source.blocks, addedAt: T0.toISOString() },
      ],
      decisions: {},
    });
    expect(saved.automatic).toBe(review);
  });

  it('uses file:<name> as key for a file', () => {
    expect(createSavedReview(makeReview(), T0, 'visie.pdf', 'Visie').key).toBe('file:visie.pdf');
  });
});

describe('effectiveVerdict', () => {
  it('gives the automatic verdict when nothing was set by hand', () => {
    expect(effectiveVerdict(makeSaved(), D)).toEqual({ verdict: 'deels', byHand: false, automatic: 'deels' });
  });

  it('gives the hand verdict when set', () => {
    const saved = setVerdict(makeSaved(), D, 'aanwezig', T1);
    expect(effectiveVerdict(saved, D)).toEqual({ verdict: 'aanwezig', byHand: true, automatic: 'deels' });
  });

  it('counts a hand verdict equal to the automatic one as by hand', () => {
    const saved = setVerdict(makeSaved(), D, 'deels', T1);
    expect(effectiveVerdict(saved, D)).toEqual({ verdict: 'deels', byHand: true, automatic: 'deels' });
  });

  it('returns undefined for an unknown id, and the hand verdict for an orphaned one', () => {
    const saved = makeSaved();
    expect(effectiveVerdict(saved, 'bestaat.niet')).toBeUndefined();
    expect(effectiveVerdict(saved, '__proto__')).toBeUndefined();
    expect(effectiveVerdict(saved, 'toString')).toBeUndefined();
    const orphan: SavedReview = { ...saved, decisions: { oud: { verdict: 'deels', updatedAt: T0.toISOString() } } };
    expect(effectiveVerdict(orphan, 'oud')).toEqual({ verdict: 'deels', byHand: true, automatic: undefined });
  });
});

describe('setVerdict', () => {
  it('sets a hand verdict immutably, with updatedAt on review and decision', () => {
    const before = frozen();
    const after = setVerdict(before, O, 'deels', T1);
    expect(after).not.toBe(before);
    expect(after.decisions[O]).toEqual({ verdict: 'deels', updatedAt: T1.toISOString() });
    expect(after.updatedAt).toBe(T1.toISOString());
    expect(after.createdAt).toBe(T0.toISOString());
    expect(before.decisions).toEqual({});
    expect(before.updatedAt).toBe(T0.toISOString());
  });

  it('clearing the verdict removes an otherwise empty decision', () => {
    const set = setVerdict(makeSaved(), O, 'deels', T1);
    const cleared = setVerdict(deepFreeze(set), O, undefined, T2);
    expect(cleared.decisions).toEqual({});
    expect(cleared.updatedAt).toBe(T2.toISOString());
    expect(effectiveVerdict(cleared, O)?.verdict).toBe('ontbreekt');
  });

  it('clearing the verdict keeps the note', () => {
    let s = setToelichting(makeSaved(), O, 'Navragen bij de regio.', T1);
    s = setVerdict(s, O, 'aanwezig', T1);
    s = setVerdict(s, O, undefined, T2);
    expect(s.decisions[O]).toEqual({ toelichting: 'Navragen bij de regio.', updatedAt: T2.toISOString() });
  });

  it('returns the same object when nothing changes', () => {
    const saved = makeSaved();
    expect(setVerdict(saved, O, undefined, T1)).toBe(saved);
    const set = setVerdict(saved, O, 'deels', T1);
    expect(setVerdict(set, O, 'deels', T2)).toBe(set);
  });

  it('removes a confirmation', () => {
    const confirmed = confirmItem(makeSaved(), D, true, T1);
    const set = setVerdict(confirmed, D, 'deels', T2);
    expect(set.decisions[D]).toEqual({ verdict: 'deels', updatedAt: T2.toISOString() });
  });

  it('does not touch other decisions', () => {
    const s1 = setToelichting(makeSaved(), A, 'Goed!', T1);
    const s2 = setVerdict(s1, O, 'aanwezig', T2);
    expect(s2.decisions[A]).toBe(s1.decisions[A]);
  });

  it('throws for an unknown id or an unknown verdict', () => {
    expect(() => setVerdict(makeSaved(), 'bestaat.niet', 'deels', T1)).toThrow(RangeError);
    expect(() => setVerdict(makeSaved(), A, 'ja' as Verdict, T1)).toThrow(/Unknown verdict/);
  });

  it('works for an orphaned id that already has a decision', () => {
    const saved: SavedReview = { ...makeSaved(), decisions: { oud: { toelichting: 'x', updatedAt: T0.toISOString() } } };
    expect(setVerdict(saved, 'oud', 'deels', T1).decisions.oud).toEqual({ toelichting: 'x', verdict: 'deels', updatedAt: T1.toISOString() });
  });
});

describe('setPrivateNote', () => {
  it('stores the private note beside the toelichting, exactly as typed, and removes it when emptied', () => {
    const note = '  Navragen bij wethouder 👀\n';
    let s = setToelichting(frozen(), A, 'Voor de brief', T1);
    s = setPrivateNote(s, A, note, T2);
    expect(s.decisions[A]).toEqual({ toelichting: 'Voor de brief', privateNote: note, updatedAt: T2.toISOString() });
    expect(hasPrivateNote(s.decisions[A])).toBe(true);
    expect(setPrivateNote(s, A, note, T2)).toBe(s);
    s = setPrivateNote(s, A, '', T2);
    expect(s.decisions[A]).toEqual({ toelichting: 'Voor de brief', updatedAt: T2.toISOString() });
    expect(setToelichting(s, A, '', T2).decisions).toEqual({});
  });

  it('a private note counts as changed by me and is kept by a re-check', () => {
    const s = setPrivateNote(makeSaved(), A, 'Navragen', T1);
    expect(isChangedByUser(s, A)).toBe(true);
    expect(recheck(s, s.automatic, T2).saved.decisions[A]?.privateNote).toBe('Navragen');
  });

  it('throws for an unknown id', () => {
    expect(() => setPrivateNote(makeSaved(), 'nee', 'x', T1)).toThrow(RangeError);
  });
});

describe('setToelichting', () => {
  it('stores the note exactly as typed (no trimming)', () => {
    const note = '  Vragen: wie betaalt?\n\nEn wanneer?  ';
    expect(setToelichting(frozen(), A, note, T1).decisions[A]).toEqual({ toelichting: note, updatedAt: T1.toISOString() });
  });

  it('an empty note removes the note (and an empty decision)', () => {
    const s = setToelichting(makeSaved(), A, 'iets', T1);
    const cleared = setToelichting(s, A, '', T2);
    expect(cleared.decisions).toEqual({});
    expect(setToelichting(makeSaved(), A, '', T1).decisions).toEqual({});
  });

  it('returns the same object when the note does not change', () => {
    const s = setToelichting(makeSaved(), A, 'iets', T1);
    expect(setToelichting(s, A, 'iets', T2)).toBe(s);
    const empty = makeSaved();
    expect(setToelichting(empty, A, '', T2)).toBe(empty);
  });

  it('keeps emoji, diacritics, quotes and HTML-like text unchanged', () => {
    const note = 'Prima 👍🏽 “cliënt” <script>alert(1)</script> & \u00ad \u200b';
    expect(setToelichting(makeSaved(), A, note, T1).decisions[A]?.toelichting).toBe(note);
  });

  it('keeps a very long note', () => {
    const note = 'Lange toelichting van de cliëntenraad. '.repeat(10_000);
    expect(setToelichting(makeSaved(), A, note, T1).decisions[A]?.toelichting).toHaveLength(note.length);
  });

  it('a note of only white space is stored but does not count as reviewed', () => {
    const s = setToelichting(makeSaved(), A, '   ', T1);
    expect(s.decisions[A]?.toelichting).toBe('   ');
    expect(isReviewed(s, A)).toBe(false);
    expect(hasToelichting(s.decisions[A])).toBe(false);
  });

  it('keeps the hand verdict', () => {
    const s = setToelichting(setVerdict(makeSaved(), O, 'deels', T1), O, 'Zie bijlage', T2);
    expect(s.decisions[O]).toEqual({ verdict: 'deels', toelichting: 'Zie bijlage', updatedAt: T2.toISOString() });
  });

  it('throws for an unknown id', () => {
    expect(() => setToelichting(makeSaved(), 'nee', 'x', T1)).toThrow(RangeError);
  });
});

describe('own evidence', () => {
  it('adds a passage with addedAt = now', () => {
    const s = addOwnEvidence(frozen(), O, OWN, T1);
    expect(s.decisions[O]?.ownEvidence).toEqual([{ ...OWN, addedAt: T1.toISOString() }]);
    expect(s.updatedAt).toBe(T1.toISOString());
  });

  it('keeps a given addedAt', () => {
    const s = addOwnEvidence(makeSaved(), O, { ...OWN, addedAt: T0.toISOString() }, T1);
    expect(s.decisions[O]?.ownEvidence?.[0]?.addedAt).toBe(T0.toISOString());
  });

  it('appends in order and does not add the same passage twice', () => {
    let s = addOwnEvidence(makeSaved(), O, OWN, T1);
    const second = { ...OWN, quote: 'Jongeren ook.', block: 'b13' };
    s = addOwnEvidence(s, O, second, T2);
    const again = addOwnEvidence(s, O, OWN, T2);
    expect(again).toBe(s);
    expect(s.decisions[O]?.ownEvidence?.map((e) => e.quote)).toEqual([OWN.quote, second.quote]);
  });

  it('ignores an empty quote', () => {
    const saved = makeSaved();
    expect(addOwnEvidence(saved, O, { ...OWN, quote: '  ' }, T1)).toBe(saved);
  });

  it('removes by index', () => {
    let s = addOwnEvidence(makeSaved(), O, OWN, T1);
    s = addOwnEvidence(s, O, { ...OWN, quote: 'Tweede.' }, T1);
    const removed = removeOwnEvidence(deepFreeze(s), O, 0, T2);
    expect(removed.decisions[O]?.ownEvidence?.map((e) => e.quote)).toEqual(['Tweede.']);
    expect(removed.updatedAt).toBe(T2.toISOString());
  });

  it('removes by entry, and drops the decision when nothing is left', () => {
    const s = addOwnEvidence(makeSaved(), O, OWN, T1);
    const removed = removeOwnEvidence(s, O, { quote: OWN.quote, addedAt: T1.toISOString() }, T2);
    expect(removed.decisions).toEqual({});
  });

  it('changes nothing for an unknown index or entry', () => {
    const s = addOwnEvidence(makeSaved(), O, OWN, T1);
    expect(removeOwnEvidence(s, O, 5, T2)).toBe(s);
    expect(removeOwnEvidence(s, O, -1, T2)).toBe(s);
    expect(removeOwnEvidence(s, O, 0.5, T2)).toBe(s);
    expect(removeOwnEvidence(s, O, { quote: OWN.quote, addedAt: T0.toISOString() }, T2)).toBe(s);
    expect(removeOwnEvidence(s, A, 0, T2)).toBe(s);
  });

  it('throws for an unknown id', () => {
    expect(() => addOwnEvidence(makeSaved(), 'x.y', OWN, T1)).toThrow(RangeError);
  });
});

describe('confirmItem', () => {
  it('confirms and unconfirms', () => {
    const c = confirmItem(frozen(), A, true, T1);
    expect(c.decisions[A]).toEqual({ confirmed: true, updatedAt: T1.toISOString() });
    const u = confirmItem(c, A, false, T2);
    expect(u.decisions).toEqual({});
    expect(u.updatedAt).toBe(T2.toISOString());
  });

  it('confirming removes a hand verdict (the automatic verdict holds) and keeps the note', () => {
    let s = setVerdict(makeSaved(), A, 'ontbreekt', T1);
    s = setToelichting(s, A, 'Toch niet', T1);
    s = confirmItem(s, A, true, T2);
    expect(s.decisions[A]).toEqual({ toelichting: 'Toch niet', confirmed: true, updatedAt: T2.toISOString() });
    expect(effectiveVerdict(s, A)).toEqual({ verdict: 'aanwezig', byHand: false, automatic: 'aanwezig' });
  });

  it('returns the same object when nothing changes', () => {
    const saved = makeSaved();
    expect(confirmItem(saved, A, false, T1)).toBe(saved);
    const c = confirmItem(saved, A, true, T1);
    expect(confirmItem(c, A, true, T2)).toBe(c);
  });

  it('throws for an unknown id', () => {
    expect(() => confirmItem(makeSaved(), 'onbekend', true, T1)).toThrow(RangeError);
  });
});

describe('setMunicipality', () => {
  it('sets, trims and clears', () => {
    const s = setMunicipality(frozen(), '  Gemeente Voorbeeld ', T1);
    expect(s.municipality).toBe('Gemeente Voorbeeld');
    expect(s.updatedAt).toBe(T1.toISOString());
    expect(setMunicipality(s, 'Gemeente Voorbeeld', T2)).toBe(s);
    const cleared = setMunicipality(s, '', T2);
    expect('municipality' in cleared).toBe(false);
  });
});

describe('setLetterDetail and setAddressee', () => {
  it('sets, trims and clears the region and the name of the regiovisie', () => {
    for (const field of ['region', 'regiovisieName'] as const) {
      const s = setLetterDetail(frozen(), field, '  Regio Zuid ', T1);
      expect(s[field]).toBe('Regio Zuid');
      expect(s.updatedAt).toBe(T1.toISOString());
      expect(setLetterDetail(s, field, 'Regio Zuid ', T2)).toBe(s);
      const cleared = setLetterDetail(s, field, '  ', T2);
      expect(field in cleared).toBe(false);
      expect(cleared.updatedAt).toBe(T2.toISOString());
    }
  });

  it('sets and clears the addressee; refuses an unknown one', () => {
    const s = setAddressee(frozen(), 'gemeenteraad en college van B&W', T1);
    expect(s.addressee).toBe('gemeenteraad en college van B&W');
    expect(setAddressee(s, 'gemeenteraad en college van B&W', T2)).toBe(s);
    expect('addressee' in setAddressee(s, undefined, T2)).toBe(false);
    expect(() => setAddressee(s, 'wethouder' as never, T2)).toThrow(RangeError);
  });
});

describe('recheck', () => {
  const newItems: [string, string, Verdict][] = [
    ['vertrouwen.contactpersoon', 'vertrouwen', 'aanwezig'], // same
    ['vertrouwen.inspraak', 'vertrouwen', 'deels'], // ontbreekt → deels
    ['passend.wachttijd', 'passend', 'aanwezig'], // deels → aanwezig
    ['kwaliteit.uitkomsten', 'kwaliteit', 'ontbreekt'], // same
    ['algemeen.begrijpelijk', 'algemeen', 'deels'], // same
    ['kwaliteit.nieuw', 'kwaliteit', 'aanwezig'], // new
    // passend.maatwerk left the checklist
  ];

  const work = (): SavedReview => {
    let s = makeSaved();
    s = setVerdict(s, O, 'aanwezig', T1);
    s = setToelichting(s, O, 'Zie pagina 4 😀', T1);
    s = confirmItem(s, A, true, T1);
    s = confirmItem(s, D, true, T1);
    s = addOwnEvidence(s, 'kwaliteit.uitkomsten', OWN, T1);
    s = setToelichting(s, 'passend.maatwerk', 'Belangrijk voor ons, niet weggooien!', T1);
    s = setMunicipality(s, 'Voorbeeld', T1);
    return deepFreeze(s);
  };

  it('replaces the automatic review and lists the changed automatic verdicts', () => {
    const fresh = makeReview(newItems);
    const { saved, changes, orphaned, added } = recheck(work(), fresh, T2);
    expect(saved.automatic).toBe(fresh);
    expect(changes).toEqual([
      { id: 'vertrouwen.inspraak', from: 'ontbreekt', to: 'deels' },
      { id: 'passend.wachttijd', from: 'deels', to: 'aanwezig' },
    ]);
    expect(saved.changes).toEqual(changes);
    expect(orphaned).toEqual(['passend.maatwerk']);
    expect(added).toEqual(['kwaliteit.nieuw']);
  });

  it('keeps hand verdicts, notes and own evidence, also for ids that left the checklist', () => {
    const before = work();
    const { saved } = recheck(before, makeReview(newItems), T2);
    expect(saved.decisions[O]).toBe(before.decisions[O]);
    expect(saved.decisions['kwaliteit.uitkomsten']).toBe(before.decisions['kwaliteit.uitkomsten']);
    expect(saved.decisions['passend.maatwerk']?.toelichting).toBe('Belangrijk voor ons, niet weggooien!');
    expect(effectiveVerdict(saved, O)).toEqual({ verdict: 'aanwezig', byHand: true, automatic: 'deels' });
    expect(orphanedIds(saved)).toEqual(['passend.maatwerk']);
  });

  it('keeps a confirmation when the automatic verdict stayed, drops it when it changed', () => {
    const { saved } = recheck(work(), makeReview(newItems), T2);
    expect(saved.decisions[A]?.confirmed).toBe(true);
    expect(saved.decisions[D]).toBeUndefined();
  });

  it('keeps createdAt, title, municipality and key; sets checkedAt and updatedAt', () => {
    const before = work();
    const { saved } = recheck(before, makeReview(newItems), T2);
    expect(saved.createdAt).toBe(T0.toISOString());
    expect(saved.checkedAt).toBe(T2.toISOString());
    expect(saved.updatedAt).toBe(T2.toISOString());
    expect(saved.title).toBe(before.title);
    expect(saved.municipality).toBe('Voorbeeld');
    expect(saved.key).toBe(before.key);
  });

  it('takes the new title when the old one was empty', () => {
    const s = makeSaved(undefined, '');
    expect(recheck(s, makeReview(), T2).saved.title).toBe('Regiovisie Specialistische Jeugdhulp Voorbeeldregio');
  });

  it('with the same review: no changes, all decisions kept', () => {
    const before = work();
    const { saved, changes, orphaned, added } = recheck(before, makeReview(), T2);
    expect(changes).toEqual([]);
    expect(added).toEqual([]);
    expect(orphaned).toEqual([]);
    expect(saved.decisions).toEqual(before.decisions);
  });

  it('replaces the changes of an earlier re-check', () => {
    const once = recheck(work(), makeReview(newItems), T2).saved;
    const twice = recheck(once, makeReview(newItems), T2).saved;
    expect(twice.changes).toEqual([]);
  });
});

describe('progress', () => {
  it('counts confirmed items and hand verdicts, out of the automatic items; a toelichting or note alone does not check a verdict', () => {
    let s = makeSaved();
    expect(progress(s)).toEqual({ reviewed: 0, total: 6 });
    s = confirmItem(s, A, true, T1);
    s = setVerdict(s, O, 'deels', T1);
    s = setToelichting(s, D, 'Navragen', T1); // a toelichting alone: the verdict is not checked
    s = setPrivateNote(s, 'kwaliteit.uitkomsten', 'Navragen bij wethouder', T1); // a private note alone: neither
    s = addOwnEvidence(s, 'algemeen.begrijpelijk', OWN, T1); // own evidence alone: not reviewed
    expect(progress(s)).toEqual({ reviewed: 2, total: 6 });
    expect(isReviewed(s, D)).toBe(false);
    expect(isReviewed(s, 'kwaliteit.uitkomsten')).toBe(false);
  });

  it('firstUnreviewed: the first item in order whose verdict is not checked, none when all are', () => {
    let s = makeSaved();
    const ids = s.automatic.items.map((it) => it.id);
    expect(firstUnreviewed(s)).toBe(ids[0]);
    s = confirmItem(s, ids[0]!, true, T1);
    s = setToelichting(s, ids[1]!, 'Alleen tekst', T1);
    expect(firstUnreviewed(s)).toBe(ids[1]);
    for (const id of ids) s = confirmItem(s, id, true, T1);
    expect(firstUnreviewed(s)).toBeUndefined();
  });

  it('toReadUnreviewed: the unchecked items whose deels rests on one vague word, in order', () => {
    let s = makeSaved();
    const ids = s.automatic.items.map((it) => it.id);
    expect(toReadUnreviewed(s)).toEqual([]);
    for (const i of [1, 3]) {
      s.automatic.items[i]!.verdict = 'deels';
      s.automatic.items[i]!.faint = true;
    }
    expect(toReadUnreviewed(s)).toEqual([ids[1], ids[3]]);
    s = confirmItem(s, ids[1]!, true, T1);
    expect(toReadUnreviewed(s)).toEqual([ids[3]]);
    s = setVerdict(s, ids[3]!, 'ontbreekt', T1);
    expect(toReadUnreviewed(s)).toEqual([]);
  });

  it('toReadUnreviewed: also the unchecked items whose aanwezig only one passage carries (single), in checklist order with the faint ones', () => {
    let s = makeSaved();
    const ids = s.automatic.items.map((it) => it.id);
    s.automatic.items[4]!.verdict = 'aanwezig';
    s.automatic.items[4]!.single = true;
    s.automatic.items[2]!.verdict = 'deels';
    s.automatic.items[2]!.faint = true;
    s.automatic.items[0]!.verdict = 'aanwezig';
    s.automatic.items[0]!.single = true;
    expect(toReadUnreviewed(s)).toEqual([ids[0], ids[2], ids[4]]);
    s = confirmItem(s, ids[0]!, true, T1);
    expect(toReadUnreviewed(s)).toEqual([ids[2], ids[4]]);
    s = setVerdict(s, ids[4]!, 'deels', T1);
    expect(toReadUnreviewed(s)).toEqual([ids[2]]);
  });

  it('isToRead: faint on a deels or single on an aanwezig, until confirmed or changed; a note alone does not check it', () => {
    const base = makeSaved().automatic.items[0]!;
    const at = T1.toISOString();
    const single = { ...base, verdict: 'aanwezig' as const, single: true };
    const faint = { ...base, verdict: 'deels' as const, faint: true };
    expect(isToRead(single, undefined)).toBe(true);
    expect(isToRead(faint, undefined)).toBe(true);
    expect(isToRead(single, { toelichting: 'Navragen', updatedAt: at })).toBe(true);
    expect(isToRead(single, { confirmed: true, updatedAt: at })).toBe(false);
    expect(isToRead(single, { verdict: 'deels', updatedAt: at })).toBe(false);
    expect(isToRead(faint, { verdict: 'ontbreekt', updatedAt: at })).toBe(false);
    // a flag on another verdict than its own (an edited file) is no reason to doubt it
    expect(isToRead({ ...single, verdict: 'deels' }, undefined)).toBe(false);
    expect(isToRead({ ...faint, verdict: 'aanwezig' }, undefined)).toBe(false);
    expect(isToRead({ ...base, verdict: 'aanwezig' }, undefined)).toBe(false);
    expect(isToRead(undefined, undefined)).toBe(false);
    // and why: the panel and the explanation say it differently
    expect(toReadReason(single, undefined)).toBe('single');
    expect(toReadReason(faint, undefined)).toBe('faint');
    expect(toReadReason(single, { confirmed: true, updatedAt: at })).toBeUndefined();
  });

  it('does not count orphaned decisions', () => {
    const s: SavedReview = { ...makeSaved(), decisions: { weg: { toelichting: 'x', updatedAt: T0.toISOString() } } };
    expect(progress(s)).toEqual({ reviewed: 0, total: 6 });
  });

  it('handles an empty review', () => {
    expect(progress(makeSaved([]))).toEqual({ reviewed: 0, total: 0 });
  });
});

describe('countsByTheme', () => {
  it('counts effective verdicts per theme, in order of appearance', () => {
    const s = setVerdict(makeSaved(), O, 'aanwezig', T1);
    const counts = countsByTheme(s);
    expect(Object.keys(counts)).toEqual(['vertrouwen', 'passend', 'kwaliteit', 'algemeen']);
    expect(counts).toEqual({
      vertrouwen: { aanwezig: 2, deels: 0, ontbreekt: 0, total: 2 },
      passend: { aanwezig: 1, deels: 1, ontbreekt: 0, total: 2 },
      kwaliteit: { aanwezig: 0, deels: 0, ontbreekt: 1, total: 1 },
      algemeen: { aanwezig: 0, deels: 1, ontbreekt: 0, total: 1 },
    });
  });

  it('is empty for an empty review', () => {
    expect(countsByTheme(makeSaved([]))).toEqual({});
  });
});

describe('filterItems', () => {
  const ids = (s: SavedReview, f: (typeof ITEM_FILTERS)[number]): string[] => filterItems(s, f).map((it) => it.id);

  it('all: every item in checklist order (a copy)', () => {
    const s = makeSaved();
    expect(ids(s, 'all')).toEqual(DEFAULT_ITEMS.map(([id]) => id));
    expect(filterItems(s, 'all')).not.toBe(s.automatic.items);
  });

  it('by effective verdict', () => {
    const s = setVerdict(makeSaved(), O, 'deels', T1);
    expect(ids(s, 'ontbreekt')).toEqual(['kwaliteit.uitkomsten']);
    expect(ids(s, 'deels')).toEqual(['vertrouwen.inspraak', 'passend.wachttijd', 'algemeen.begrijpelijk']);
    expect(ids(s, 'aanwezig')).toEqual(['vertrouwen.contactpersoon', 'passend.maatwerk']);
  });

  it('changed-by-me: differing hand verdict, a note or own evidence; not a confirmation or an equal verdict', () => {
    let s = makeSaved();
    s = setVerdict(s, O, 'deels', T1); // differs
    s = setVerdict(s, D, 'deels', T1); // equal to automatic
    s = confirmItem(s, A, true, T1);
    s = setToelichting(s, 'passend.maatwerk', 'Vraag', T1);
    s = addOwnEvidence(s, 'kwaliteit.uitkomsten', OWN, T1);
    expect(ids(s, 'changed-by-me')).toEqual(['vertrouwen.inspraak', 'passend.maatwerk', 'kwaliteit.uitkomsten']);
    expect(isChangedByUser(s, D)).toBe(false);
    expect(isChangedByUser(s, 'onbekend')).toBe(false);
  });

  it('to-read: the unchecked items whose deels rests on one vague word; they leave it when checked', () => {
    let s = makeSaved();
    expect(ids(s, 'to-read')).toEqual([]);
    for (const id of ['vertrouwen.inspraak', 'passend.wachttijd']) {
      const it = s.automatic.items.find((i) => i.id === id)!;
      it.verdict = 'deels';
      it.faint = true;
    }
    expect(ids(s, 'to-read')).toEqual(['vertrouwen.inspraak', 'passend.wachttijd']);
    s = confirmItem(s, 'vertrouwen.inspraak', true, T1);
    expect(ids(s, 'to-read')).toEqual(['passend.wachttijd']);
  });

  it('to-read: also the unchecked aanwezig that one passage carries (single); it leaves when changed', () => {
    let s = makeSaved();
    s.automatic.items.find((i) => i.id === A)!.single = true;
    s.automatic.items.find((i) => i.id === D)!.single = true; // a deels: not single's business
    expect(ids(s, 'to-read')).toEqual([A]);
    s = setVerdict(s, A, 'deels', T1);
    expect(ids(s, 'to-read')).toEqual([]);
  });

  it('every filter in ITEM_FILTERS works on an empty review', () => {
    for (const f of ITEM_FILTERS) expect(filterItems(makeSaved([]), f)).toEqual([]);
  });
});
