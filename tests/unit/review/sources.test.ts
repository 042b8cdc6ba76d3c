import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/check';
import { locChecklist } from '../../../lib/checklist';
import { textToDocument } from '../../../lib/extract/text';
import { mergeDocuments } from '../../../lib/extract/merge';
import type { ExtractedDocument } from '../../../lib/extract/types';
import { translate } from '../../../lib/i18n';
import {
  addOwnEvidence,
  addSource,
  recheckOneSource,
  missingDocuments,
  quoteSourceMessage,
  removeSource,
  removeSourceUnchecked,
  canRemoveSource,
  checkedOverSources,
  recheckedSourceId,
  showTarget,
  sourceWithUrl,
  blockPrefix,
  confirmItem,
  createSavedReview,
  exportReview,
  mergeSourceDocuments,
  migrate,
  nextSourceId,
  parseReviewImport,
  recheck,
  replaceSources,
  setPrivateNote,
  setToelichting,
  setVerdict,
  sourceIdOfBlock,
  sourceKindOf,
  sourceOfDocument,
  sourceOfQuote,
  upgradeStored,
  validateSavedReview,
  withoutSource,
  type ReviewSource,
  type SavedReview,
} from '../../../lib/review';
import { migrateV2ToV3, type SavedReviewV2 } from '../../../lib/review/storage-schema';
import { makeSaved, T0, T1, T2 } from './factory';

/** Two parts of one made-up regiovisie: the vision on one page, the complaints and say on another. */
const VISIE = `# Regiovisie jeugdhulp Regio Proefland

De gemeenten in Proefland werken samen aan goede jeugdhulp. Wij zorgen ervoor dat kinderen niet langer dan zes weken wachten op hulp.

## Hulp dichtbij

Wij bieden hulp zo dicht mogelijk bij huis. Een kind wordt alleen uit huis geplaatst als het echt niet anders kan.
`;
const BIJLAGE = `# Werkagenda Regio Proefland

## Klachten en inspraak

Ouders en jongeren kunnen met een klacht terecht bij een onafhankelijke vertrouwenspersoon. Wij organiseren elk jaar een jongerenpanel dat meepraat over het beleid van de regio.

## Kwaliteit

Wij meten elk jaar hoe tevreden kinderen en ouders zijn over de hulp en bespreken de uitkomsten met de cliëntenraad.
`;

const doc1 = () => textToDocument(VISIE, 'visie.txt');
const doc2 = () => textToDocument(BIJLAGE, 'werkagenda.txt');

function reviewOf(entries: { source: ReviewSource; doc: ExtractedDocument }[]) {
  return analyze(mergeSourceDocuments(entries), locChecklist);
}

function twoSources(): { saved: SavedReview; s1: ReviewSource; s2: ReviewSource } {
  const s1 = sourceOfDocument(doc1(), 's1', 'https://proefland.nl/regiovisie', T0);
  const s2 = sourceOfDocument(doc2(), nextSourceId([s1]), 'werkagenda.txt', T0);
  const review = reviewOf([
    { source: s1, doc: doc1() },
    { source: s2, doc: doc2() },
  ]);
  return { saved: createSavedReview(review, T0, s1.url, 'Regiovisie Proefland', [s1, s2]), s1, s2 };
}

describe('block ids of several sources', () => {
  it('keeps the ids of the first source and puts "<id>:" before those of the others', () => {
    expect(blockPrefix('s1')).toBe('');
    expect(blockPrefix('s3')).toBe('s3:');
    expect(sourceIdOfBlock('b12')).toBe('s1');
    expect(sourceIdOfBlock('s3:b12')).toBe('s3');
    expect(nextSourceId([])).toBe('s1');
    expect(nextSourceId([{ id: 's1' }, { id: 's4' }, { id: 's2' }])).toBe('s5');
  });

  it('knows the kind of a source from its address or file name', () => {
    expect(sourceKindOf('https://proefland.nl/visie')).toBe('page');
    expect(sourceKindOf('Visie.PDF')).toBe('pdf');
    expect(sourceKindOf('file:visie.htm')).toBe('html');
    expect(sourceKindOf('notities.txt')).toBe('text');
  });
});

describe('mergeDocuments', () => {
  it('puts the blocks of all documents in order, ids and heading ids unique, counts summed', () => {
    const a = doc1();
    const b = doc2();
    const merged = mergeDocuments([
      { prefix: '', doc: a },
      { prefix: 's2:', doc: b },
    ]);
    expect(merged.blocks.map((x) => x.id)).toEqual([...a.blocks.map((x) => x.id), ...b.blocks.map((x) => `s2:${x.id}`)]);
    expect(new Set(merged.blocks.map((x) => x.id)).size).toBe(merged.blocks.length);
    const fromB = merged.blocks.slice(a.blocks.length).filter((x) => x.headingId !== undefined);
    expect(fromB.length).toBeGreaterThan(0);
    for (const x of fromB) expect(x.headingId).toMatch(/^s2:b\d+$/);
    expect(merged.characters).toBe(a.characters + b.characters);
    expect(merged.words).toBe(a.words + b.words);
    expect(merged.title).toBe(a.title);
    // One document with no prefix is the document itself: a review of one source is unchanged.
    expect(mergeDocuments([{ prefix: '', doc: a }])).toBe(a);
    expect(() => mergeDocuments([])).toThrow(RangeError);
    expect(() => mergeDocuments([{ prefix: '', doc: a }, { prefix: '', doc: b }])).toThrow(RangeError);
  });

  it('checks the sources together: an item only the second source covers is found, its quotes naming that source', () => {
    const { saved, s2 } = twoSources();
    const alone = analyze(doc1(), locChecklist);
    const gained = saved.automatic.items.filter((it) => it.verdict !== 'ontbreekt' && alone.items.find((a) => a.id === it.id)?.verdict === 'ontbreekt');
    expect(gained.length).toBeGreaterThan(0);
    for (const it of gained) {
      expect(it.evidence.some((e) => e.block.startsWith('s2:'))).toBe(true);
      const quote = it.evidence.find((e) => e.block.startsWith('s2:'))!;
      expect(sourceOfQuote(saved, quote)).toEqual(s2);
      // The quote is really in that source's block.
      expect(doc2().blocks.find((b) => b.id === quote.block.slice(blockPrefix(s2.id).length))?.text).toContain(quote.quote);
    }
    // Quotes of the first source keep the block ids a review of that page alone has.
    const first = saved.automatic.items.flatMap((it) => it.evidence).filter((e) => !e.block.includes(':'));
    expect(first.length).toBeGreaterThan(0);
    for (const e of first) expect(sourceOfQuote(saved, e)?.id).toBe('s1');
  });

  it('gives a review of one source the same verdicts and block ids as before sources existed', () => {
    const s1 = sourceOfDocument(doc1(), 's1', 'visie.txt', T0);
    expect(reviewOf([{ source: s1, doc: doc1() }])).toEqual(analyze(doc1(), locChecklist));
  });
});

describe('adding and removing a source keeps the council’s work', () => {
  it('a re-check of a review of one source brings that source’s title and counts up to date, and keeps its id, address and kind', () => {
    const s1 = sourceOfDocument(doc1(), 's1', 'visie.txt', T0);
    const one = createSavedReview(reviewOf([{ source: s1, doc: doc1() }]), T0, 'visie.txt', 'Visie', [s1]);
    const longer = textToDocument(`${VISIE}\n${BIJLAGE}`, 'visie.txt');
    const next = recheck(one, analyze(longer, locChecklist), T1).saved;
    expect(next.sources).toEqual([{ ...s1, characters: longer.characters, words: longer.words, blocks: longer.blocks.length }]);
  });

  it('removing a source keeps every hand verdict, toelichting, note and own passage (also from the removed source)', () => {
    const { saved: start, s1, s2 } = twoSources();
    const items = start.automatic.items.map((it) => it.id);
    const [a, b, c] = [items[0]!, items[5]!, items[9]!];
    let saved = setVerdict(start, a, 'deels', T1);
    saved = setToelichting(saved, b, 'Dit staat in de werkagenda.', T1);
    saved = setPrivateNote(saved, b, 'Navragen bij de regio', T1);
    saved = addOwnEvidence(saved, c, { quote: 'een jongerenpanel', prefix: 'organiseren elk jaar ', suffix: ' dat meepraat', block: 'b4', source: s2.id }, T1);
    const before = saved.decisions;

    const rest = withoutSource(saved.sources, s2.id);
    expect(rest).toEqual([s1]);
    const result = replaceSources(saved, rest, reviewOf([{ source: s1, doc: doc1() }]), T2);
    expect(result.saved.sources).toEqual([s1]);
    expect(result.saved.decisions).toEqual(before);
    expect(result.saved.key).toBe(start.key);
    expect(result.saved.title).toBe('Regiovisie Proefland');
    expect(result.saved.checkedAt).toBe(T2.toISOString());
    // Items the removed source carried changed, and the re-check says which.
    expect(result.changes.length).toBeGreaterThan(0);
    // The own passage stays, and says its source is gone.
    const own = result.saved.decisions[c]!.ownEvidence![0]!;
    expect(sourceOfQuote(result.saved, own)).toBeUndefined();
    expect(validateSavedReview(result.saved).ok).toBe(true);
  });

  it('adding a source keeps the work; a "Klopt" stays unless the automatic verdict changed', () => {
    const s1 = sourceOfDocument(doc1(), 's1', 'visie.txt', T0);
    const one = createSavedReview(reviewOf([{ source: s1, doc: doc1() }]), T0, 'visie.txt', 'Visie', [s1]);
    const s2 = sourceOfDocument(doc2(), nextSourceId(one.sources), 'werkagenda.txt', T1);
    const both = reviewOf([
      { source: s1, doc: doc1() },
      { source: s2, doc: doc2() },
    ]);
    const changed = both.items.find((it) => it.verdict !== one.automatic.items.find((o) => o.id === it.id)!.verdict)!;
    const same = both.items.find((it) => it.verdict === one.automatic.items.find((o) => o.id === it.id)!.verdict)!;
    let saved = confirmItem(one, changed.id, true, T1);
    saved = confirmItem(saved, same.id, true, T1);
    saved = setToelichting(saved, changed.id, 'Onze uitleg', T1);
    const result = replaceSources(saved, [...saved.sources, s2], both, T2);
    expect(result.saved.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(result.saved.decisions[same.id]?.confirmed).toBe(true);
    expect(result.saved.decisions[changed.id]).toMatchObject({ toelichting: 'Onze uitleg' });
    expect(result.saved.decisions[changed.id]?.confirmed).toBeUndefined();
    expect(result.changes.map((ch) => ch.id)).toContain(changed.id);
  });

  it('refuses no sources, two sources with one id, and removing the last source', () => {
    const { saved, s1 } = twoSources();
    expect(() => replaceSources(saved, [], saved.automatic, T1)).toThrow(RangeError);
    expect(() => replaceSources(saved, [s1, s1], saved.automatic, T1)).toThrow(RangeError);
    expect(() => withoutSource([s1], 's1')).toThrow(RangeError);
    expect(withoutSource(saved.sources, 's9')).toEqual(saved.sources);
  });
});

/** A review as version 2 stored it: one page, no list of sources. */
function storedV2(saved: SavedReview): SavedReviewV2 {
  const { sources: _s, schemaVersion: _v, ...rest } = saved;
  return { ...rest, schemaVersion: 2 };
}

describe('migration v2 → v3: one source each', () => {
  it('turns the one page of a stored review into its only source, with the counts of its check, and changes nothing else', () => {
    let current = setToelichting(makeSaved(), 'vertrouwen.inspraak', 'Wij missen dit.', T1);
    current = addOwnEvidence(current, 'vertrouwen.inspraak', { quote: 'Ouders praten mee.', prefix: '', suffix: '', block: 'b3' }, T1);
    const old = storedV2(current);
    const out = upgradeStored(JSON.parse(JSON.stringify(old)));
    expect(out.schemaVersion).toBe(3);
    expect(out.sources).toEqual([
      {
        id: 's1',
        kind: 'page',
        title: old.automatic.source.title,
        url: old.url,
        characters: old.automatic.source.characters,
        words: old.automatic.source.words,
        blocks: old.automatic.source.blocks,
        addedAt: old.checkedAt,
      },
    ]);
    const { sources: _s, schemaVersion: _v, ...rest } = out;
    const { schemaVersion: _w, ...oldRest } = old;
    expect(rest).toEqual(oldRest);
    // Every quote still points at its source.
    const own = out.decisions['vertrouwen.inspraak']!.ownEvidence![0]!;
    expect(sourceOfQuote(out, own)?.id).toBe('s1');
  });

  it('knows a file from its name, and leaves data of other versions alone', () => {
    const file = storedV2(createSavedReview(makeSaved().automatic, T0, 'Regiovisie.pdf', 'Regiovisie'));
    expect(migrate(file, 2).sources[0]).toMatchObject({ id: 's1', kind: 'pdf', url: 'Regiovisie.pdf' });
    const current = makeSaved();
    expect(migrateV2ToV3(current as never)).toBe(current);
  });

  it('passes damaged data on for the validator to name', () => {
    const broken = { ...storedV2(makeSaved()), automatic: 'kapot' };
    expect(() => upgradeStored(broken)).toThrow(/review\.automatic/);
  });

  it('export and import carry the sources; an export of version 2 imports with one source', () => {
    const { saved } = twoSources();
    const back = parseReviewImport(exportReview(saved, T2));
    expect(back.ok && back.review).toEqual(saved);
    const oldFile = JSON.stringify({ format: 'regiovisie-toets/review', formatVersion: 1, exportedAt: T2.toISOString(), review: storedV2(makeSaved()) });
    const old = parseReviewImport(oldFile);
    expect(old.ok && old.review.sources.map((s) => s.id)).toEqual(['s1']);
    // Round trip of the migrated review: stored again and read again, nothing changes.
    if (!old.ok) throw new Error('import failed');
    expect(upgradeStored(JSON.parse(JSON.stringify(old.review)))).toEqual(old.review);
  });
});

describe('panel decisions for several sources (add, remove, where a quote lives)', () => {
  const check = (doc: ExtractedDocument) => analyze(doc, locChecklist);
  const nl = (m: { key: Parameters<typeof translate>[1]; params?: Parameters<typeof translate>[2] } | undefined) => (m ? translate('nl', m.key, m.params) : undefined);

  function onePage() {
    const s1 = sourceOfDocument(doc1(), 's1', 'https://proefland.nl/regiovisie', T0);
    return createSavedReview(reviewOf([{ source: s1, doc: doc1() }]), T0, s1.url, 'Regiovisie Proefland', [s1]);
  }

  it('adds a file to an open review: the next source, verdicts over both, the council’s work kept', async () => {
    let saved = onePage();
    const item = saved.automatic.items[3]!.id;
    saved = setPrivateNote(setToelichting(saved, item, 'Onze uitleg', T1), item, 'Navragen', T1);
    const documents = new Map([['s1', doc1()]]);
    const result = await addSource(saved, documents, { doc: doc2(), url: 'werkagenda.pdf' }, check, T2);
    expect(result.source).toMatchObject({ id: 's2', kind: 'pdf', title: 'Werkagenda Regio Proefland', url: 'werkagenda.pdf', addedAt: T2.toISOString() });
    expect(result.saved.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(result.saved.automatic).toEqual(reviewOf([{ source: saved.sources[0]!, doc: doc1() }, { source: result.source, doc: doc2() }]));
    expect(result.saved.decisions[item]).toEqual(saved.decisions[item]);
    expect(result.changes.length).toBeGreaterThan(0);
    // The same address again, or a review whose documents are not all there: refused.
    await expect(addSource(result.saved, new Map([...documents, ['s2', doc2()]]), { doc: doc2(), url: 'werkagenda.pdf' }, check, T2)).rejects.toThrow(RangeError);
    expect(missingDocuments(result.saved, documents).map((s) => s.id)).toEqual(['s2']);
    await expect(removeSource(result.saved, 's1', documents, check, T2)).rejects.toThrow(RangeError);
  });

  it('removes a source: verdicts over the rest, every note kept, the same review as with that source alone', async () => {
    const { saved: start } = twoSources();
    const item = start.automatic.items.find((it) => it.evidence.some((e) => e.block.startsWith('s2:')))!.id;
    const saved = addOwnEvidence(setToelichting(start, item, 'Zie de werkagenda', T1), item, { quote: 'een jongerenpanel', prefix: '', suffix: '', block: 's2:b4' }, T1);
    const result = await removeSource(saved, 's2', new Map([['s1', doc1()]]), check, T2);
    expect(result.saved.sources.map((s) => s.id)).toEqual(['s1']);
    expect(result.saved.automatic).toEqual(analyze(doc1(), locChecklist));
    expect(result.saved.decisions).toEqual(saved.decisions);
    await expect(removeSource(result.saved, 's1', new Map([['s1', doc1()]]), check, T2)).rejects.toThrow(RangeError);
    // A re-check of one page of a review of several sources: over all of them, that page's counts new.
    const longer = textToDocument(`${VISIE}\nWij houden elk jaar een open avond voor ouders.\n`, 'https://proefland.nl/regiovisie');
    const again = await recheckOneSource(saved, new Map([['s1', doc1()], ['s2', doc2()]]), longer, 'https://proefland.nl/regiovisie', check, T2);
    expect(again.saved.sources[0]!.words).toBe(longer.words);
    expect(again.saved.automatic).toEqual(reviewOf([{ source: again.saved.sources[0]!, doc: longer }, { source: again.saved.sources[1]!, doc: doc2() }]));
    expect(again.saved.decisions).toEqual(saved.decisions);
    await expect(recheckOneSource(saved, new Map(), longer, 'https://proefland.nl/regiovisie', check, T2)).rejects.toThrow(RangeError);
  });

  it('never gives the id of a removed source to a new one: its kept own passages stay with it', async () => {
    const { saved: start } = twoSources();
    const item = start.automatic.items[0]!.id;
    const own = { quote: 'een jongerenpanel', prefix: '', suffix: '', block: 's2:b4', source: 's2' };
    const saved = addOwnEvidence(start, item, own, T1);
    const removed = await removeSource(saved, 's2', new Map([['s1', doc1()]]), check, T2);
    const other = textToDocument('# Uitvoeringsplan\n\nWij zorgen ervoor dat elke school een vaste contactpersoon heeft voor jeugdhulp en ouders.\n', 'uitvoering.txt');
    const added = await addSource(removed.saved, new Map([['s1', doc1()]]), { doc: other, url: 'uitvoering.txt' }, check, T2);
    expect(added.source.id).toBe('s3');
    const kept = added.saved.decisions[item]!.ownEvidence![0]!;
    expect(sourceOfQuote(added.saved, kept)).toBeUndefined(); // from the removed source, not from the new file
    expect(nl(quoteSourceMessage(added.saved, kept))).toBe(translate('nl', 'sources.quote.removed'));
    // Without a remembered number (a review from before): the source its own passages name counts.
    const { lastSourceNumber: _dropped, ...older } = removed.saved;
    expect(nextSourceId(older)).toBe('s3');
    // The number survives storage and export; a wrong one is refused.
    const stored = validateSavedReview(JSON.parse(JSON.stringify(added.saved)));
    expect(stored.ok && stored.value.lastSourceNumber).toBe(3);
    expect(validateSavedReview({ ...JSON.parse(JSON.stringify(added.saved)), lastSourceNumber: -1 }).ok).toBe(false);
    expect(validateSavedReview({ ...JSON.parse(JSON.stringify(added.saved)), lastSourceNumber: 1.5 }).ok).toBe(false);
  });

  it('removes a source without the texts of the others: the verdicts stay as they were, every decision too', () => {
    const { saved: start } = twoSources();
    const item = start.automatic.items[2]!.id;
    const saved = setVerdict(setToelichting(start, item, 'Onze uitleg', T1), item, 'deels', T1);
    const result = removeSourceUnchecked(saved, 's2', T2);
    expect(result.saved.sources.map((s) => s.id)).toEqual(['s1']);
    expect(result.saved.automatic).toBe(saved.automatic);
    expect(result.changes).toEqual([]);
    expect(result.saved.decisions).toEqual(saved.decisions);
    expect(nextSourceId(result.saved)).toBe('s3');
    expect(() => removeSourceUnchecked(result.saved, 's1', T2)).toThrow(RangeError);
  });

  it('keeps the first source (the review belongs to its address), and refuses to take another page for a source', async () => {
    const { saved, s1, s2 } = twoSources();
    expect(canRemoveSource(saved.sources, 's1')).toBe(false);
    expect(canRemoveSource(saved.sources, 's2')).toBe(true);
    expect(canRemoveSource([s2], 's2')).toBe(false);
    await expect(removeSource(saved, 's1', new Map([['s2', doc2()]]), check, T2)).rejects.toThrow(RangeError);
    expect(() => removeSourceUnchecked(saved, 's1', T2)).toThrow(RangeError);
    // A review stored before that, without its first source: its own page is none of its sources.
    const withoutFirst = { ...saved, sources: [s2] };
    expect(checkedOverSources(withoutFirst)).toBe(true);
    expect(checkedOverSources({ sources: [s1] })).toBe(false);
    expect(recheckedSourceId(withoutFirst, s1.url)).toBeUndefined();
    expect(recheckedSourceId(withoutFirst, 'werkagenda.txt')).toBe('s2');
    expect(recheckedSourceId(saved, 'https://proefland.nl/regiovisie?utm_source=x')).toBe('s1');
    await expect(recheckOneSource(withoutFirst, new Map([['s2', doc2()]]), doc1(), s1.url, check, T2)).rejects.toThrow(RangeError);
  });

  it('says for each quote which source it is from, only when there are several', () => {
    const { saved } = twoSources();
    expect(nl(quoteSourceMessage(saved, { block: 'b2' }))).toBe('Uit: Regiovisie jeugdhulp Regio Proefland');
    expect(nl(quoteSourceMessage(saved, { block: 's2:b3' }))).toBe('Uit: Werkagenda Regio Proefland');
    expect(nl(quoteSourceMessage(saved, { block: '', source: 's7' }))).toBe('Uit een bron die niet meer bij deze toetsing hoort');
    expect(quoteSourceMessage(onePage(), { block: 'b2' })).toBeUndefined();
  });

  it('shows a quote on the page only in the tab of its own page, and says plainly where it lives otherwise', () => {
    const { saved } = twoSources();
    expect(showTarget(saved, { block: 'b2' }, 'https://proefland.nl/regiovisie?utm_source=x')).toEqual({ ok: true });
    const other = showTarget(saved, { block: 'b2' }, 'https://proefland.nl/nieuws');
    expect(other.ok).toBe(false);
    if (!other.ok) expect(nl(other.message)).toBe('Deze tekst staat op een andere pagina: „Regiovisie jeugdhulp Regio Proefland”. Open eerst die pagina: https://proefland.nl/regiovisie');
    const file = showTarget(saved, { block: 's2:b3', page: 4 }, 'https://proefland.nl/regiovisie');
    if (file.ok) throw new Error('a file quote cannot be shown');
    expect(nl(file.message)).toBe('Deze tekst staat in het bestand „Werkagenda Regio Proefland”, op bladzijde 4. Open dat bestand om hem te lezen.');
    const gone = showTarget(saved, { block: '', source: 's9' }, 'https://proefland.nl/regiovisie');
    if (gone.ok) throw new Error('a removed source cannot be shown');
    expect(nl(gone.message)).toMatch(/uit deze toetsing hebt gehaald/);
    expect(sourceWithUrl(saved, 'https://proefland.nl/regiovisie#doelen')?.id).toBe('s1');
    expect(sourceWithUrl(saved, 'werkagenda.txt')?.id).toBe('s2');
  });
});
