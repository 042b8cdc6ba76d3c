import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeBrowser } from '../fake-browser';
import { analyze } from '@/lib/check';
import { locChecklist } from '@/lib/checklist';
import { textToDocument } from '@/lib/extract/text';
import { addSource, createSavedReview, setToelichting, sourceOfDocument } from '@/lib/review';
import { T0, T1, T2 } from '../review/factory';

// As in review-store.test.ts: the fake browser first, then the module (it reads storage when used).
installFakeBrowser();

type Docs = typeof import('@/entrypoints/sidepanel/source-docs');
let docs: Docs;
beforeAll(async () => {
  docs = await import('@/entrypoints/sidepanel/source-docs');
});

const PAGE = textToDocument('# Regiovisie Proefland\n\nDe gemeenten in Proefland werken samen aan jeugdhulp. Wij zorgen ervoor dat kinderen niet langer dan zes weken wachten op hulp. Wij bieden hulp zo dicht mogelijk bij huis. Een kind wordt alleen uit huis geplaatst als het echt niet anders kan.\n', 'https://proefland.nl/visie');
const AGENDA = textToDocument('# Werkagenda Proefland\n\nOuders en jongeren kunnen met een klacht terecht bij een onafhankelijke vertrouwenspersoon. Wij organiseren elk jaar een jongerenpanel dat meepraat over het beleid van de regio. Wij meten elk jaar hoe tevreden kinderen en ouders zijn over de hulp.\n', 'agenda.txt');
const check = (doc: Parameters<typeof analyze>[0]) => analyze(doc, locChecklist);

function onePage() {
  const s1 = sourceOfDocument(PAGE, 's1', 'https://proefland.nl/visie', T0);
  return createSavedReview(check(PAGE), T0, s1.url, 'Regiovisie Proefland', [s1]);
}

describe('the texts of a review’s sources (entrypoints/sidepanel/source-docs.ts)', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
    await docs.deleteSourceDocs(onePage().key);
  });

  it('keeps the text of a one-source review in memory only, and of a review of several sources in storage', async () => {
    const saved = onePage();
    docs.rememberSourceDoc(saved.key, 's1', PAGE);
    expect([...(await docs.readSourceDocs(saved.key)).keys()]).toEqual(['s1']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await docs.writeSourceDocs(saved.key, new Map([['s1', PAGE], ['s2', AGENDA]]))).toBe(true);
    const stored = (await fakeBrowser.storage.local.get(`sourceDocs:${saved.key}`))[`sourceDocs:${saved.key}`] as Record<string, { title: string }>;
    expect(Object.keys(stored)).toEqual(['s1', 's2']);
    expect(stored.s2!.title).toBe('Werkagenda Proefland');
    // Back to one source: nothing left in storage. Deleting the review forgets the texts.
    await docs.writeSourceDocs(saved.key, new Map([['s1', PAGE]]));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await docs.deleteSourceDocs(saved.key);
    expect((await docs.readSourceDocs(saved.key)).size).toBe(0);
  });

  it('re-checks one page of a review of several sources over all of them, keeping the notes and that page’s new counts', async () => {
    let saved = onePage();
    const added = await addSource(saved, new Map([['s1', PAGE]]), { doc: AGENDA, url: 'agenda.txt' }, check, T1);
    saved = setToelichting(added.saved, added.saved.automatic.items[0]!.id, 'Onze uitleg', T1);
    await docs.writeSourceDocs(saved.key, new Map([['s1', PAGE], ['s2', AGENDA]]));
    const longer = textToDocument(`${'# Regiovisie Proefland\n\n'}De gemeenten in Proefland werken samen aan jeugdhulp. Wij zorgen ervoor dat kinderen niet langer dan zes weken wachten op hulp. Wij bieden hulp zo dicht mogelijk bij huis. Een kind wordt alleen uit huis geplaatst als het echt niet anders kan. Elke school heeft een vaste contactpersoon voor jeugdhulp.\n`, 'https://proefland.nl/visie');
    const analyse = async (doc: Parameters<typeof analyze>[0]) => ({ ok: true as const, value: check(doc) });
    const rechecked = await docs.recheckSource(saved, longer, 'https://proefland.nl/visie', analyse, T2);
    if (!rechecked.ok) throw new Error('the texts of both sources are kept');
    const next = rechecked.saved;
    expect(next.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(next.sources[0]!.words).toBe(longer.words);
    expect(next.decisions).toEqual(saved.decisions);
    const { mergeSourceDocuments } = await import('@/lib/review');
    expect(next.automatic).toEqual(check(mergeSourceDocuments([{ source: { id: 's1' }, doc: longer }, { source: { id: 's2' }, doc: AGENDA }])));
    // Without the other source's text the re-check cannot be done honestly: it says which source
    // to read again, and keeps the text it was given; with that source read too, it can be done.
    await docs.deleteSourceDocs(saved.key);
    const missing = await docs.recheckSource(saved, longer, 'https://proefland.nl/visie', analyse, T2);
    expect(missing.ok ? undefined : missing.message).toEqual({ key: 'sources.missing', params: { title: 'Werkagenda Proefland' } });
    expect([...(await docs.readSourceDocs(saved.key)).keys()]).toEqual(['s1']);
    const both = await docs.recheckSource(saved, AGENDA, 'agenda.txt', analyse, T2);
    expect(both.ok && both.saved.automatic).toEqual(check(mergeSourceDocuments([{ source: { id: 's1' }, doc: longer }, { source: { id: 's2' }, doc: AGENDA }])));
  });
});
