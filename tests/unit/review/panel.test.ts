import { describe, expect, it } from 'vitest';
import {
  afterTabSwitch,
  changeLayout,
  emptyLayout,
  nextUnreviewed,
  checksShownAgain,
  createSavedReview,
  findFileReview,
  importStep,
  isOtherPage,
  readFailureMessage,
  reviewAfterCheck,
  samePage,
  setPrivateNote,
  shownKey,
  tabReviewKey,
  type SavedReview,
} from '@/lib/review';
import { makeEvidence, makeReview, T1, T2 } from './factory';

const PAGE = 'https://www.gemeente-voorbeeld.nl/regiovisie';
const saved = (url: string, title = 'Regiovisie') => createSavedReview(makeReview(), T1, url, title);

describe('the check button', () => {
  it('checks again only what the tab shows', () => {
    const review = saved(PAGE);
    expect(checksShownAgain(shownKey(review, undefined), PAGE + '#doelen')).toBe(true);
    expect(checksShownAgain(shownKey(review, undefined), 'https://www.gemeente-voorbeeld.nl/anders')).toBe(false);
    // A page read without review (too little text) counts by its address.
    expect(checksShownAgain(shownKey(undefined, PAGE), PAGE)).toBe(true);
    // Nothing shown, or the tab's address unknown: a new check.
    expect(checksShownAgain(shownKey(undefined, undefined), PAGE)).toBe(false);
    expect(checksShownAgain(shownKey(review, undefined), undefined)).toBe(false);
    // A chosen file is never the tab's page.
    expect(checksShownAgain(shownKey(saved('file:regiovisie.pdf'), undefined), PAGE)).toBe(false);
  });

  it('tells another page apart from the review page', () => {
    const review = saved(PAGE);
    expect(isOtherPage(PAGE, review)).toBe(false);
    expect(isOtherPage('https://example.org/', review)).toBe(true);
    expect(isOtherPage(undefined, review)).toBe(false); // unknown: not said to be another page
    // a review of several sources belongs to each of its pages (the panel keeps it and shows no warning)
    const second = 'https://example.org/deel-2';
    const several = { ...review, sources: [...review.sources, { id: 's2', kind: 'page' as const, title: 'Deel 2', url: second, characters: 10, words: 2, blocks: 1, addedAt: review.createdAt }] };
    expect(isOtherPage(second, several)).toBe(false);
    expect(isOtherPage(second, review)).toBe(true);
    expect(afterTabSwitch(several, second)).toBe('same');
  });
});

describe('after a tab switch', () => {
  it('keeps a chosen file, keeps the same review, and reads the stored one otherwise', () => {
    expect(afterTabSwitch(saved('file:download.pdf'), PAGE)).toBe('keepFile');
    expect(afterTabSwitch(saved(PAGE), PAGE)).toBe('same');
    expect(afterTabSwitch(saved(PAGE), 'https://example.org/')).toBe('read');
    expect(afterTabSwitch(undefined, PAGE)).toBe('read');
    expect(afterTabSwitch(saved(PAGE), undefined)).toBe('read');
    expect(tabReviewKey(undefined)).toBe('');
  });
});

describe('findFileReview', () => {
  const quotes = ['Elk gezin krijgt één vaste contactpersoon.', 'De wachttijd is nooit langer dan zes weken.', 'Jongeren praten mee over de inkoop.'];
  function fileReview(url: string): SavedReview {
    const review = makeReview([['passend.wachttijd', 'passend', 'aanwezig']]);
    review.items[0]!.evidence = quotes.map((quote) => makeEvidence({ quote }));
    return createSavedReview(review, T1, url, 'Regiovisie A');
  }
  const docOf = (texts: string[]) => ({ title: 'x', blocks: texts.map((text) => ({ text })) });

  it('takes the name when nothing is stored under it', async () => {
    const asked: string[] = [];
    const found = await findFileReview('download.pdf', docOf(quotes), async (url) => void asked.push(url));
    expect(found).toEqual({ url: 'download.pdf', existing: undefined });
    expect(asked).toEqual(['download.pdf']);
  });

  it('finds the same file again, and numbers another file with the same name', async () => {
    const stored = new Map([['download.pdf', fileReview('download.pdf')]]);
    const read = async (url: string) => stored.get(url);
    expect((await findFileReview('download.pdf', docOf(quotes), read)).existing?.key).toBe('file:download.pdf');
    const other = await findFileReview('download.pdf', docOf(['Een heel andere tekst.']), read);
    expect(other).toEqual({ url: 'download (2).pdf', existing: undefined });
    stored.set('download (2).pdf', fileReview('download (2).pdf'));
    expect((await findFileReview('download.pdf', docOf(['Nog een andere tekst.']), read)).url).toBe('download (3).pdf');
  });
});

describe('reviewAfterCheck', () => {
  it('makes a new review, or re-checks the stored one and keeps its decisions', () => {
    const fresh = reviewAfterCheck(undefined, makeReview(), T1, PAGE, 'Regiovisie');
    expect(fresh.rechecked).toBe(false);
    expect(fresh.saved.url).toBe(PAGE);
    const withNote = setPrivateNote(fresh.saved, 'passend.wachttijd', 'bellen', T1);
    const again = reviewAfterCheck(withNote, makeReview(), T2, PAGE, 'Andere titel');
    expect(again.rechecked).toBe(true);
    expect(again.saved.decisions['passend.wachttijd']?.privateNote).toBe('bellen');
    expect(again.saved.title).toBe('Regiovisie');
  });

  it('a re-check of one PDF takes its new figures, pages too', () => {
    const fresh = reviewAfterCheck(undefined, makeReview(), T1, 'visie.pdf', 'Visie');
    const first = { title: 'Visie', characters: 9000, words: 1500, blocks: 40, pages: 10 };
    const checked = reviewAfterCheck(fresh.saved, makeReview(), T2, 'visie.pdf', 'Visie', first).saved;
    expect(checked.sources[0]).toMatchObject(first);
    const again = reviewAfterCheck(checked, makeReview(), T2, 'visie.pdf', 'Visie', { ...first, words: 1800, pages: 12 }).saved;
    expect(again.sources).toHaveLength(1);
    expect(again.sources[0]).toMatchObject({ words: 1800, pages: 12 });
    // without the document's figures, those of the review count and the pages stay
    const review = makeReview();
    expect(reviewAfterCheck(again, review, T2, 'visie.pdf', 'Visie').saved.sources[0]).toMatchObject({ words: review.source.words, pages: 12 });
  });
});

describe('importStep', () => {
  it('asks before replacing anything stored, also a damaged review', () => {
    expect(importStep('same', true)).toBe('same');
    expect(importStep('overwrite', true)).toBe('ask');
    expect(importStep('none', false)).toBe('ask');
    expect(importStep('none', true)).toBe('store');
  });

  it('explains why a saved review cannot be opened', () => {
    const error = { key: 'storedError.migrationFailed' } as const;
    expect(readFailureMessage('k', error, true)).toEqual({ key: 'storedError.setAside', params: { address: 'k', detail: error } });
    expect(readFailureMessage('k', error, false)).toEqual({ key: 'saved.readError', params: { detail: error } });
  });
});

describe('the review layout', () => {
  it('folds themes and opens items one by one', () => {
    let l = changeLayout(emptyLayout('k'), { op: 'toggleTheme', theme: 'a' });
    expect(l.folded).toEqual(['a']);
    l = changeLayout(l, { op: 'toggleItem', id: 'a.1' });
    l = changeLayout(l, { op: 'toggleItem', id: 'b.1' });
    expect(l.open).toEqual(['a.1', 'b.1']);
    expect(l.current).toBe('b.1');
    l = changeLayout(l, { op: 'toggleItem', id: 'a.1' });
    expect(l.open).toEqual(['b.1']);
    expect(changeLayout(l, { op: 'toggleTheme', theme: 'a' }).folded).toEqual([]);
  });

  it('goes to an item: unfolds its theme, opens it, folds the one left, and asks for focus once', () => {
    let l = changeLayout(changeLayout(emptyLayout('k'), { op: 'toggleTheme', theme: 'b' }), { op: 'toggleItem', id: 'a.1' });
    l = changeLayout(l, { op: 'goTo', id: 'b.2', theme: 'b', close: 'a.1' });
    expect(l).toEqual({ key: 'k', open: ['b.2'], folded: [], current: 'b.2', focus: 'b.2' });
    const focused = changeLayout(l, { op: 'focused' });
    expect(focused.focus).toBeUndefined();
    expect(changeLayout(focused, { op: 'focused' })).toBe(focused);
  });
});

describe('nextUnreviewed', () => {
  const order = ['a', 'b', 'c', 'd'];
  it('takes the next item not checked after the current one, and goes round', () => {
    const done = new Set(['b']);
    const reviewed = (id: string) => done.has(id);
    expect(nextUnreviewed(order, reviewed)).toBe('a');
    expect(nextUnreviewed(order, reviewed, 'a')).toBe('c');
    expect(nextUnreviewed(order, reviewed, 'd')).toBe('a');
    expect(nextUnreviewed(order, reviewed, 'gone')).toBe('a'); // an unknown current item: from the start
  });
  it('never gives the current item, and nothing when all are checked', () => {
    expect(nextUnreviewed(order, (id) => id !== 'c', 'c')).toBeUndefined();
    expect(nextUnreviewed(order, () => true)).toBeUndefined();
  });
});

describe('samePage', () => {
  it('takes an anchor or tracking parameter for the same page, another path for another', () => {
    expect(samePage(`${PAGE}#doelen`, PAGE)).toBe(true);
    expect(samePage(`${PAGE}?utm_source=nieuwsbrief`, PAGE)).toBe(true);
    expect(samePage(PAGE, 'https://www.gemeente-voorbeeld.nl/nieuws')).toBe(false);
    expect(samePage(undefined, undefined)).toBe(true);
    expect(samePage(undefined, PAGE)).toBe(false);
  });
});
