/**
 * "Voeg toe aan deze toetsing" (issue 10): the open tab's page or a chosen file becomes one
 * more source of the open review, or a source is removed; the verdicts are computed over all
 * sources again (in the panel's worker) and the council's work stays. The decisions are in
 * lib/review/sources.ts; the text of every source is kept by source-docs.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractedDocument } from '@/lib/extract/types';
import { documentProblems } from '@/lib/extract/problems';
import { addSource, canRemoveSource, ERROR_TEXT, missingDocuments, removeSource, removeSourceUnchecked, sourceWithUrl, type ReviewSourceKind, type SavedReview } from '@/lib/review';
import type { PanelServices } from './services';
import { readActiveTab } from './panel-core';
import { checkWith, readSourceDocs, rememberSourceDoc, writeSourceDocs } from './source-docs';
import { sourcesChangeOf, type SourcesChange } from '@/lib/review/panel-state';
import type { SourcesApi, SourcesNotice } from '@/components/panel-api';

export function useSources(
  props: {
    saved: SavedReview | undefined;
    doc: ExtractedDocument | undefined;
    /** The panel's `replace` (use-review-editing.ts): a SourcesChange is put on the newest version of the review. */
    replace: (next: SavedReview | SourcesChange) => void;
  },
  services: PanelServices,
): SourcesApi {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<SourcesNotice | null>(null);
  const savedRef = useRef(props.saved);
  savedRef.current = props.saved;

  // A check of a review of one source: remember its text (this session), so a source can be added.
  useEffect(() => {
    const { saved, doc } = props;
    if (!saved || !doc || saved.sources.length !== 1) return;
    rememberSourceDoc(saved.key, saved.sources[0]!.id, doc);
  }, [props.doc]);

  // Another review shown: an old message does not belong to it.
  useEffect(() => setNotice(null), [props.saved?.key]);

  async function run(work: (saved: SavedReview) => Promise<SourcesNotice>) {
    const saved = savedRef.current;
    if (!saved || busy) return;
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await work(saved));
    } catch (error) {
      console.error('Regiovisie-toets: changing the sources failed', error);
      setNotice({ kind: 'error', message: { key: 'sources.failed' } });
    } finally {
      setBusy(false);
    }
  }

  /** `kind`: absent for a file (its name says it). */
  async function add(saved: SavedReview, doc: ExtractedDocument, url: string, kind?: ReviewSourceKind): Promise<SourcesNotice> {
    if (documentProblems(doc).includes('empty')) return { kind: 'error', message: { key: 'sources.tooShort', params: { title: doc.title || url } } };
    if (sourceWithUrl(saved, url)) return { kind: 'error', message: { key: 'sources.already', params: { title: doc.title || url } } };
    const docs = await readSourceDocs(saved.key);
    const missing = missingDocuments(saved, docs);
    if (missing.length > 0) return { kind: 'error', message: { key: 'sources.missing', params: { title: missing[0]!.title || missing[0]!.url } } };
    const result = await addSource(saved, docs, { doc, url, kind }, checkWith(services.analyse), new Date());
    docs.set(result.source.id, doc);
    // Not result.saved: it was built from the review as it was when this began. The review's
    // change is handed over first: a panel closed while the texts are written keeps the source.
    props.replace(sourcesChangeOf(result.saved));
    await writeSourceDocs(saved.key, docs);
    return { kind: 'info', message: { key: 'sources.added', params: { title: result.source.title || url, count: result.changes.length } } };
  }

  return {
    busy,
    notice,
    addTab: () =>
      run(async (saved) => {
        const read = await readActiveTab(services.tabs);
        if (!read.ok) return { kind: 'error', message: { key: ERROR_TEXT[read.error] } };
        return add(saved, read.doc, read.doc.url || read.tab.url || '', 'page');
      }),
    addFile: (file) =>
      run(async (saved) => {
        const read = await services.readFile(file);
        if (!read.ok) return { kind: 'error', message: { key: ERROR_TEXT[read.error] } };
        return add(saved, read.value, file.name);
      }),
    remove: (id) =>
      run(async (saved): Promise<SourcesNotice> => {
        if (!canRemoveSource(saved.sources, id)) return { kind: 'error', message: { key: saved.sources.length > 1 ? 'sources.mainOne' : 'sources.lastOne' } };
        const docs = await readSourceDocs(saved.key);
        const gone = saved.sources.find((s) => s.id === id);
        const title = gone?.title || gone?.url || id;
        const missing = missingDocuments({ sources: saved.sources.filter((s) => s.id !== id) }, docs);
        docs.delete(id);
        if (missing.length > 0) {
          // The texts to compute the verdicts again are not all there: the source goes, the
          // verdicts stay as they were until the missing source is checked again.
          props.replace(sourcesChangeOf(removeSourceUnchecked(saved, id, new Date()).saved));
          await writeSourceDocs(saved.key, docs);
          return { kind: 'info', message: { key: 'sources.removedUnchecked', params: { title, missing: missing[0]!.title || missing[0]!.url } } };
        }
        const result = await removeSource(saved, id, docs, checkWith(services.analyse), new Date());
        props.replace(sourcesChangeOf(result.saved));
        await writeSourceDocs(saved.key, docs);
        return { kind: 'info', message: { key: 'sources.removed', params: { title, count: result.changes.length } } };
      }),
  };
}
