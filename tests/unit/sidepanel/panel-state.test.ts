import { describe, expect, it } from 'vitest';
import { createSavedReview, effectiveVerdict, isChangedByUser, progress, recheck } from '@/lib/review';
import { initialState, layoutOf, reducer, type Action, type PanelState } from '@/lib/review/panel-state';
import type { ExtractedDocument } from '@/lib/extract/types';
import { makeReview, makeSaved, T1, T2 } from '../review/factory';

const doc: ExtractedDocument = { title: 'Regiovisie', url: 'https://example.nl/rv', language: 'nl', source: 'html', blocks: [], characters: 0, words: 0 };

function run(state: PanelState, ...actions: Action[]): PanelState {
  return actions.reduce(reducer, state);
}

function withReview(): PanelState {
  return run(initialState, { type: 'tab', tab: { id: 7, url: 'https://example.nl/rv' } }, { type: 'checked', doc, saved: makeSaved(), rechecked: false });
}

describe('panel reducer', () => {
  it('goes from checking to a shown review and announces it', () => {
    let s = reducer(initialState, { type: 'checkStart' });
    expect(s.phase).toBe('reading');
    expect(s.status).toEqual({ key: 'check.busy' });
    s = reducer(s, { type: 'analysing' });
    expect(s.status).toEqual({ key: 'check.busyAnalyse' });
    s = reducer(s, { type: 'checked', doc, saved: makeSaved(), rechecked: false });
    expect(s.phase).toBe('ready');
    expect(s.saved?.key).toBe(makeSaved().key);
    expect(s.status).toEqual({ key: 'check.done' });
    expect(s.rechecked).toBe(false);
  });

  it('counts the steps of a check for its progress bar: copy the page, read its text, check it', () => {
    let s = reducer(initialState, { type: 'checkStart' });
    expect(s.checkStep).toBe(1);
    s = reducer(s, { type: 'readingText' });
    expect([s.phase, s.checkStep]).toEqual(['reading', 2]);
    expect(s.status).toEqual({ key: 'check.busyText' });
    s = reducer(s, { type: 'analysing' });
    expect([s.phase, s.checkStep]).toEqual(['analysing', 3]);
    // A late "text is being read" after the check ended changes nothing.
    const done = reducer(s, { type: 'checked', doc, saved: makeSaved(), rechecked: false });
    expect(reducer(done, { type: 'readingText' })).toBe(done);
  });

  it('shows the error of a failed check', () => {
    const s = run(initialState, { type: 'checkStart' }, { type: 'checkFailed', error: 'noAccess' });
    expect(s.phase).toBe('error');
    expect(s.error).toBe('noAccess');
  });

  it('shows the read document without a review when the page has too little text', () => {
    const s = run(initialState, { type: 'checkStart' }, { type: 'checked', doc, saved: undefined, rechecked: false });
    expect(s.phase).toBe('ready');
    expect(s.doc).toBe(doc);
    expect(s.saved).toBeUndefined();
  });

  it('announces what changed after a re-check', () => {
    const before = makeSaved();
    const after = recheck(before, makeReview([['vertrouwen.contactpersoon', 'vertrouwen', 'deels']]), T2).saved;
    const s = run(withReview(), { type: 'checked', doc, saved: after, rechecked: true });
    expect(s.rechecked).toBe(true);
    expect(s.status).toEqual({ key: 'review.status.recheckedChanges', params: { count: after.changes!.length } });
    const same = recheck(before, before.automatic, T2).saved;
    expect(run(withReview(), { type: 'checked', doc, saved: same, rechecked: true }).status).toEqual({ key: 'review.status.recheckedSame' });
  });

  it('applies edits with the pure review functions and keeps the automatic verdict', () => {
    let s = withReview();
    s = reducer(s, { type: 'edit', edit: { op: 'verdict', id: 'vertrouwen.inspraak', verdict: 'deels' }, now: T1 });
    expect(effectiveVerdict(s.saved!, 'vertrouwen.inspraak')).toEqual({ verdict: 'deels', byHand: true, automatic: 'ontbreekt' });
    s = reducer(s, { type: 'edit', edit: { op: 'privateNote', id: 'vertrouwen.inspraak', text: 'Vragen!' }, now: T1 });
    expect(s.saved!.decisions['vertrouwen.inspraak']!.privateNote).toBe('Vragen!');
    expect(isChangedByUser(s.saved!, 'vertrouwen.inspraak')).toBe(true);
    s = reducer(s, { type: 'edit', edit: { op: 'verdict', id: 'vertrouwen.inspraak', verdict: undefined }, now: T2 });
    expect(effectiveVerdict(s.saved!, 'vertrouwen.inspraak')!.byHand).toBe(false);
    expect(s.status).toEqual({ key: 'review.status.reset' });
    expect(s.saved!.decisions['vertrouwen.inspraak']!.privateNote).toBe('Vragen!');
  });

  it('confirms, adds and removes own evidence, and announces each', () => {
    let s = withReview();
    s = reducer(s, { type: 'edit', edit: { op: 'confirm', id: 'passend.wachttijd', confirmed: true }, now: T1 });
    expect(progress(s.saved!).reviewed).toBe(1);
    expect(s.status).toEqual({ key: 'review.status.confirmed' });
    const evidence = { quote: 'Wij doen dit samen.', prefix: 'Kort: ', suffix: '', block: '' };
    s = reducer(s, { type: 'edit', edit: { op: 'addOwn', id: 'passend.wachttijd', evidence }, now: T1 });
    expect(s.saved!.decisions['passend.wachttijd']!.ownEvidence).toHaveLength(1);
    expect(s.status).toEqual({ key: 'review.status.ownAdded' });
    s = reducer(s, { type: 'edit', edit: { op: 'removeOwn', id: 'passend.wachttijd', index: 0 }, now: T2 });
    expect(s.saved!.decisions['passend.wachttijd']!.ownEvidence).toBeUndefined();
    expect(s.status).toEqual({ key: 'review.status.ownRemoved' });
  });

  it('returns the same state for an edit that changes nothing (no write)', () => {
    const s = withReview();
    expect(reducer(s, { type: 'edit', edit: { op: 'privateNote', id: 'passend.wachttijd', text: '' }, now: T1 })).toBe(s);
    expect(reducer(initialState, { type: 'edit', edit: { op: 'privateNote', id: 'x', text: 'a' }, now: T1 })).toBe(initialState);
  });

  it('follows the tab: shows its saved review, or the start screen, and ignores late answers', () => {
    let s = reducer(initialState, { type: 'tab', tab: { id: 1, url: 'https://example.nl/rv' } });
    s = reducer(s, { type: 'tabReview', tabId: 1, saved: makeSaved() });
    expect(s.phase).toBe('ready');
    expect(s.saved).toBeDefined();
    // An answer for a tab the user already left changes nothing.
    const other = reducer(s, { type: 'tab', tab: { id: 2 } });
    expect(reducer(other, { type: 'tabReview', tabId: 1, saved: undefined })).toBe(other);
    const start = reducer(other, { type: 'tabReview', tabId: 2, saved: undefined });
    expect(start.phase).toBe('idle');
    expect(start.saved).toBeUndefined();
  });

  it('does not replace a shown review by an older copy of itself', () => {
    let s = withReview();
    s = reducer(s, { type: 'edit', edit: { op: 'privateNote', id: 'passend.wachttijd', text: 'nieuw' }, now: T1 });
    const shown = s.saved;
    s = reducer(s, { type: 'tabReview', tabId: 7, saved: makeSaved() });
    expect(s.saved).toBe(shown);
  });

  it('does not interrupt a running check when the tab answers', () => {
    const s = run(initialState, { type: 'tab', tab: { id: 3 } }, { type: 'checkStart' });
    expect(reducer(s, { type: 'tabReview', tabId: 3, saved: undefined })).toBe(s);
  });

  it('keeps the outcome of a fast check when the panel\'s first look at the tab answers late', () => {
    // A check of a browser page fails at once, before the panel's first tab lookup has read storage.
    const failed = run(initialState, { type: 'tab', tab: { id: 4 } }, { type: 'checkStart' }, { type: 'tab', tab: { id: 4 } }, { type: 'checkFailed', error: 'restricted' });
    const late = reducer(failed, { type: 'tabReview', tabId: 4, saved: undefined });
    expect(late.phase).toBe('error');
    expect(late.error).toBe('restricted');
    // The same for a page with too little text: what was read stays shown.
    const empty = run(initialState, { type: 'tab', tab: { id: 5, url: 'https://example.nl/leeg' } }, { type: 'checkStart' }, { type: 'checked', doc, saved: undefined, rechecked: false });
    expect(reducer(empty, { type: 'tabReview', tabId: 5, saved: undefined }).doc).toBe(doc);
  });

  it('drops an error or a read page when the user goes to another tab or page', () => {
    const failed = run(initialState, { type: 'tab', tab: { id: 4 } }, { type: 'checkStart' }, { type: 'checkFailed', error: 'restricted' });
    const moved = reducer(failed, { type: 'tab', tab: { id: 5, url: 'https://example.nl/rv' } });
    expect(moved.phase).toBe('idle');
    expect(moved.error).toBeUndefined();
    const empty = run(initialState, { type: 'tab', tab: { id: 5, url: 'https://example.nl/leeg' } }, { type: 'checkStart' }, { type: 'checked', doc, saved: undefined, rechecked: false });
    const navigated = reducer(empty, { type: 'tab', tab: { id: 5, url: 'https://example.nl/rv' } });
    expect(navigated.doc).toBeUndefined();
    expect(navigated.phase).toBe('idle');
  });

  it('filters and switches views', () => {
    let s = reducer(withReview(), { type: 'filter', filter: 'ontbreekt' });
    expect(s.filter).toBe('ontbreekt');
    s = reducer(s, { type: 'view', view: 'saved' });
    expect(s.view).toBe('saved');
    s = reducer(s, { type: 'checkStart' });
    expect(s.view).toBe('review');
  });

  it('opens a saved review in the review view', () => {
    const saved = makeSaved();
    const s = run({ ...initialState, view: 'saved' }, { type: 'open', saved });
    expect(s.view).toBe('review');
    expect(s.saved).toBe(saved);
    expect(s.status?.key).toBe('saved.status.opened');
  });

  it('deletes only after asking, and clears the shown review when it is the one deleted', () => {
    const saved = makeSaved();
    let s = run(withReview(), { type: 'list', list: [{ key: saved.key, url: saved.url, title: 't', createdAt: '', updatedAt: '', checkedAt: '', reviewed: 0, total: 6 }] });
    s = reducer(s, { type: 'askDelete', key: saved.key });
    expect(s.confirmDelete).toBe(saved.key);
    expect(s.saved).toBeDefined();
    s = reducer(s, { type: 'askDelete', key: null });
    expect(s.confirmDelete).toBeNull();
    s = reducer(s, { type: 'deleted', key: saved.key });
    expect(s.saved).toBeUndefined();
    expect(s.list).toEqual([]);
    expect(s.phase).toBe('idle');
  });

  it('keeps an import that would overwrite pending until the user answers', () => {
    const incoming = makeSaved();
    let s = reducer(withReview(), { type: 'importConflict', incoming });
    expect(s.pendingImport).toBe(incoming);
    s = reducer(s, { type: 'importMessage', message: { kind: 'info', message: { key: 'saved.import.cancelled' } } });
    expect(s.pendingImport).toBeNull();
    expect(s.status).toEqual({ key: 'saved.import.cancelled' });
  });

  it('shows an import error in full and announces only that it failed', () => {
    const s = reducer(withReview(), { type: 'importMessage', message: { kind: 'error', message: { key: 'importError.foreign' } } });
    expect(s.importMessage).toEqual({ kind: 'error', message: { key: 'importError.foreign' } });
    expect(s.status).toEqual({ key: 'saved.import.failedShort' });
  });

  it('replaces the shown review only with a review of the same page', () => {
    const s = withReview();
    const next = { ...s.saved!, letterEdits: { p1: 'Andere tekst' } };
    expect(reducer(s, { type: 'replace', saved: next }).saved).toBe(next);
    expect(reducer(s, { type: 'replace', saved: { ...next, key: 'https://elders.nl/' } })).toBe(s);
  });

  it('shows item feedback in the item and announces it', () => {
    const s = reducer(withReview(), { type: 'itemNotice', notice: { itemId: 'passend.wachttijd', kind: 'error', message: { key: 'review.show.missing' } } });
    expect(s.itemNotice?.itemId).toBe('passend.wachttijd');
    expect(s.status).toEqual({ key: 'review.show.missing' });
  });

  it('keeps the review of a chosen file when the tab changes or loads', () => {
    const file = createSavedReview(makeReview([]), T1, 'Regiovisie Zuiderveld.pdf', 'Regiovisie');
    expect(file.key).toBe('file:Regiovisie Zuiderveld.pdf');
    let s = run(initialState, { type: 'tab', tab: { id: 1, url: 'https://example.nl/a' } }, { type: 'checkStart' });
    s = reducer(s, { type: 'checked', doc, saved: file, rechecked: false });
    // The user goes to another tab, which has no review, and then to one that has.
    s = reducer(s, { type: 'tab', tab: { id: 2, url: 'https://example.nl/b' } });
    expect(reducer(s, { type: 'tabReview', tabId: 2, saved: undefined })).toBe(s);
    expect(reducer(s, { type: 'tabReview', tabId: 2, saved: makeSaved() }).saved).toBe(file);
    // A page's review is still replaced as before.
    const pageReview = reducer(withReview(), { type: 'tabReview', tabId: 7, saved: undefined });
    expect(pageReview.saved).toBeUndefined();
  });
});

describe('panel reducer: the layout of the review', () => {
  it('keeps open items for the review shown, and starts fresh for another review', () => {
    let s = run(withReview(), { type: 'layout', change: { op: 'toggleItem', id: 'passend.wachttijd' } }, { type: 'layout', change: { op: 'toggleTheme', theme: 'vertrouwen' } });
    expect(layoutOf(s).open).toEqual(['passend.wachttijd']);
    expect(layoutOf(s).folded).toEqual(['vertrouwen']);
    // Another view and back: the layout stays.
    s = run(s, { type: 'view', view: 'letter' }, { type: 'view', view: 'review' });
    expect(layoutOf(s).open).toEqual(['passend.wachttijd']);
    // Another review: nothing open, nothing folded.
    const other = createSavedReview(makeReview(), T2, 'https://example.nl/andere', 'Andere');
    s = run(s, { type: 'open', saved: other });
    expect(layoutOf(s)).toEqual({ key: other.key, open: [], folded: [] });
  });
});

describe('panel reducer: going to an item', () => {
  it('from the letter: shows the review with the item open, its theme unfolded and focused; a filter that hides it makes way', () => {
    let s = run(withReview(), { type: 'layout', change: { op: 'toggleTheme', theme: 'passend' } }, { type: 'filter', filter: 'ontbreekt' }, { type: 'view', view: 'letter' });
    s = reducer(s, { type: 'goToItem', id: 'passend.wachttijd' }); // deels: hidden by 'ontbreekt'
    expect(s.view).toBe('review');
    expect(s.filter).toBe('all');
    expect(layoutOf(s)).toMatchObject({ open: ['passend.wachttijd'], folded: [], current: 'passend.wachttijd', focus: 'passend.wachttijd' });
  });

  it('"Volgende niet bekeken": keeps a filter that shows the next item, and folds away the item left', () => {
    let s = run(withReview(), { type: 'filter', filter: 'ontbreekt' }, { type: 'layout', change: { op: 'toggleItem', id: 'vertrouwen.inspraak' } });
    s = reducer(s, { type: 'goToItem', id: 'kwaliteit.uitkomsten', close: 'vertrouwen.inspraak' });
    expect(s.filter).toBe('ontbreekt');
    expect(layoutOf(s).open).toEqual(['kwaliteit.uitkomsten']);
    // An item the review does not have: nothing changes.
    expect(reducer(s, { type: 'goToItem', id: 'geen.punt' })).toBe(s);
  });
});

describe('panel reducer: messages belong to their tab and page', () => {
  const checkedThenSaid = () => {
    const s = run(withReview(), { type: 'edit', edit: { op: 'verdict', id: 'passend.wachttijd', verdict: 'deels' }, now: T2 }, { type: 'edit', edit: { op: 'verdict', id: 'passend.wachttijd', verdict: undefined }, now: T2 });
    expect(s.status).toEqual({ key: 'review.status.reset' });
    return s;
  };

  it('clears "Klaar…" when another tab, or another page in the same tab, is shown', () => {
    const done = withReview();
    expect(done.status).toEqual({ key: 'check.done' });
    expect(run(done, { type: 'tab', tab: { id: 8, url: 'https://example.nl/ander' } }).status).toBeNull();
    const navigated = run(done, { type: 'tab', tab: { id: 7, url: 'https://example.nl/nieuws' } }, { type: 'tabReview', tabId: 7, saved: undefined });
    expect(navigated.status).toBeNull();
    expect(navigated.saved).toBeUndefined();
    expect(navigated.phase).toBe('idle');
  });

  it('clears a message about the review ("Het automatische oordeel geldt weer.") on another tab, and a notice at an item', () => {
    let s = run(checkedThenSaid(), { type: 'itemNotice', notice: { itemId: 'passend.wachttijd', kind: 'info', message: { key: 'review.show.found' } } });
    s = run(s, { type: 'tab', tab: { id: 9, url: 'https://example.nl/rv' } });
    expect(s.status).toBeNull();
    expect(s.itemNotice).toBeNull();
  });

  it('keeps the message for the same page (an anchor, the same tab again) and during a check', () => {
    const said = checkedThenSaid();
    expect(run(said, { type: 'tab', tab: { id: 7, url: 'https://example.nl/rv#doelen' } }).status).toEqual({ key: 'review.status.reset' });
    // While checking, the tab's address becomes known: still the page being checked.
    const checking = run(initialState, { type: 'tab', tab: { id: 7 } }, { type: 'checkStart' }, { type: 'tab', tab: { id: 7, url: 'https://example.nl/rv' } });
    expect(checking.status).toEqual({ key: 'check.busy' });
  });

  it('has one busy message at a time', () => {
    const s = run(initialState, { type: 'checkStart' }, { type: 'analysing' });
    expect(s.status).toEqual({ key: 'check.busyAnalyse' });
  });
});
