import { useEffect, useState } from 'preact/hooks';
import type { ExtractedDocument } from '@/lib/extract/types';
import { documentNotices } from '@/lib/extract/problems';
import type { Locale } from '@/lib/i18n';
import { getItem, itemsByTheme, locChecklist } from '@/lib/checklist';
import { compareReviews, countsByTheme, effectiveVerdict, filterItems, isFileKey, ITEM_FILTERS, normaliseUrl, progress, setCompareWith, type ItemFilter, type SavedReview } from '@/lib/review';
import { I18nProvider, useI18n } from '@/components/i18n';
import { useStoredLocale } from '@/components/use-locale';
import { Notice } from '@/components/Notice';
import { DocumentSummary } from '@/components/DocumentSummary';
import { FileChooser } from '@/components/FileChooser';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ViewNav } from '@/components/review/ViewNav';
import { ReviewHeader, type SaveState } from '@/components/review/ReviewHeader';
import { ChangesNotice } from '@/components/review/ChangesNotice';
import { TextNotice } from '@/components/review/TextNotice';
import { ThemeSummary } from '@/components/review/ThemeSummary';
import { FilterBar } from '@/components/review/FilterBar';
import { ItemCard } from '@/components/review/ItemCard';
import { SavedList } from '@/components/review/SavedList';
import { ImportBox } from '@/components/review/ImportBox';
import { SourcesList } from '@/components/review/SourcesList';
import { SourcesContext } from '@/components/review/sources-context';
import { ComparePicker } from '@/components/review/ComparePicker';
import { CompareView } from '@/components/review/CompareView';
import { useSources } from './use-sources';
import { useCompare } from './use-compare';
import { readReview } from './review-store';
import type { PanelState } from './panel-state';
import { ERROR_TEXT, usePanel, type PanelActions } from './use-panel';

export function App() {
  const [locale, changeLocale] = useStoredLocale();
  return (
    <I18nProvider locale={locale}>
      <Panel locale={locale} onLocale={changeLocale} />
    </I18nProvider>
  );
}

function Panel(props: { locale: Locale; onLocale: (l: Locale) => void }) {
  const { t } = useI18n();
  const { state, saveState, actions } = usePanel();
  const status = state.status ? t(state.status.key, state.status.params) : '';
  /** An item to bring into view and focus once the review view shows it ("Ga naar het eerste punt…"). */
  const [focusItem, setFocusItem] = useState<string | null>(null);
  useEffect(() => {
    if (!focusItem || state.view !== 'review') return;
    const card = document.querySelector<HTMLElement>(`[data-item="${CSS.escape(focusItem)}"]`);
    if (!card) return;
    setFocusItem(null);
    card.scrollIntoView({ block: 'start' });
    card.querySelector<HTMLElement>('h4')?.focus();
  }, [focusItem, state.view, state.filter]);
  const goToItem = (id: string) => {
    // The item may be hidden by a filter: show all, then go to it.
    actions.setFilter('all');
    actions.setView('review');
    setFocusItem(id);
  };

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch locale={props.locale} onChange={props.onLocale} />
      </header>
      <ViewNav view={state.view} onView={actions.setView} />
      <p class="sr-status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      {state.view === 'review' && <ReviewScreen state={state} saveState={saveState} actions={actions} />}
      {state.view === 'saved' && <SavedScreen state={state} actions={actions} />}
      {state.view === 'letter' && <LetterScreen saved={state.saved} onSaved={actions.replace} onGoToItem={goToItem} />}
    </main>
  );
}

function ReviewScreen(props: { state: PanelState; saveState: SaveState; actions: PanelActions }) {
  const { t } = useI18n();
  const { state, actions } = props;
  const busy = state.phase === 'reading' || state.phase === 'analysing';
  // "Opnieuw" only when what is shown is this tab's page: after a chosen file or a saved review of
  // another page, the button checks a different text.
  const shownKey = state.saved?.key ?? (state.doc ? normaliseUrl(state.doc.url) : '');
  const again = shownKey !== '' && !!state.tab?.url && normaliseUrl(state.tab.url) === shownKey;
  return (
    <>
      {!state.saved && <p class="muted">{t('app.tagline')}</p>}
      {(state.phase === 'idle' || state.phase === 'error') && !state.saved && <p>{t('check.intro')}</p>}
      <button type="button" class="primary" onClick={() => void actions.check()} disabled={busy} aria-busy={busy}>
        {again ? t('check.again') : t('check.button')}
      </button>
      {busy && <p class="muted">{t(state.phase === 'reading' ? 'check.busy' : 'check.busyAnalyse')}</p>}
      {state.storageNotice && (
        <div data-testid="storage-notice">
          <Notice kind="error">{t(state.storageNotice.key, state.storageNotice.params)}</Notice>
        </div>
      )}
      {state.phase === 'error' && state.error && <Notice kind="error">{t(ERROR_TEXT[state.error])}</Notice>}
      {/* Below the error: the PDF and file errors point the user here. */}
      <FileChooser open={!state.saved || state.error === 'pdf' || state.error === 'file'} disabled={busy} onFile={(file) => void actions.checkFile(file)} />
      {state.doc && <DocumentResult doc={state.doc} />}
      {state.saved && <ReviewView state={state} saved={state.saved} saveState={props.saveState} actions={actions} />}
    </>
  );
}

function DocumentResult(props: { doc: ExtractedDocument }) {
  const { t } = useI18n();
  const notices = documentNotices(props.doc);
  return (
    <>
      {notices.map((n) => (
        <Notice key={n.problem} kind={n.kind}>
          {t(n.message.key, n.message.params)}
        </Notice>
      ))}
      <details class="doc-details" open={notices.length > 0 ? true : undefined}>
        <summary>{t('doc.heading')}</summary>
        <DocumentSummary doc={props.doc} />
      </details>
    </>
  );
}

function ReviewView(props: { state: PanelState; saved: SavedReview; saveState: SaveState; actions: PanelActions }) {
  const { t } = useI18n();
  const { state, saved, actions } = props;
  const counts = countsByTheme(saved);
  const filterCounts = Object.fromEntries(ITEM_FILTERS.map((f) => [f, filterItems(saved, f).length])) as Record<ItemFilter, number>;
  const shown = new Set(filterItems(saved, state.filter).map((it) => it.id));
  const results = new Map(saved.automatic.items.map((it) => [it.id, it]));
  const titleOf = (id: string) => getItem(locChecklist, id)?.title ?? id;
  const fromFile = isFileKey(saved.key);
  const otherPage = !!state.tab?.url && normaliseUrl(state.tab.url) !== saved.key;
  const groups = itemsByTheme(locChecklist)
    .map(({ theme, items }) => ({ theme, items: items.filter((item) => shown.has(item.id) && results.has(item.id)) }))
    .filter((g) => g.items.length > 0);
  const notice = state.itemNotice;

  return (
    <section class="review" aria-labelledby="review-title">
      <ReviewHeader
        saved={saved}
        progress={progress(saved)}
        saveState={props.saveState}
        otherPage={otherPage}
        fromFile={fromFile}
        onMunicipality={(value) => actions.edit({ op: 'municipality', value })}
        onExport={actions.exportShown}
        onClearMarks={() => void actions.clearMarks()}
        onRetrySave={() => void actions.retrySave()}
      />
      <SourcesBox saved={saved} doc={state.doc} busy={state.phase === 'reading' || state.phase === 'analysing'} replace={actions.replace} />
      <TextNotice review={saved.automatic} />
      {state.rechecked && <ChangesNotice changes={saved.changes ?? []} titleOf={titleOf} />}
      <ThemeSummary themes={locChecklist.themes} counts={counts} />
      <FilterBar value={state.filter} counts={filterCounts} onChange={actions.setFilter} />
      {!fromFile && (
        <p id="own-hint" class="muted">
          {t('review.own.hint')}
        </p>
      )}
      {groups.length === 0 && <p data-testid="filter-empty">{t('review.filter.empty')}</p>}
      <SourcesContext.Provider value={saved}>
      {groups.map((g) => (
        <section key={g.theme.id} class="theme" aria-labelledby={`theme-${g.theme.id}`}>
          <h3 id={`theme-${g.theme.id}`}>{g.theme.title}</h3>
          <ul class="items">
            {g.items.map((item) => {
              const result = results.get(item.id)!;
              return (
                <ItemCard
                  key={item.id}
                  item={item}
                  result={result}
                  effective={effectiveVerdict(saved, item.id)!}
                  decision={saved.decisions[item.id]}
                  readability={saved.automatic.readability}
                  notice={notice?.itemId === item.id ? { kind: notice.kind, text: t(notice.message.key, notice.message.params) } : undefined}
                  onVerdict={(verdict) => actions.edit({ op: 'verdict', id: item.id, verdict })}
                  onConfirm={(confirmed) => actions.edit({ op: 'confirm', id: item.id, confirmed })}
                  onToelichting={(text) => actions.edit({ op: 'toelichting', id: item.id, text })}
                  onPrivateNote={(text) => actions.edit({ op: 'privateNote', id: item.id, text })}
                  onShow={fromFile ? undefined : (quotes) => void actions.showOnPage(item.id, quotes)}
                  onAddSelection={fromFile ? undefined : () => void actions.addSelection(item.id)}
                  onRemoveOwn={(index) => actions.edit({ op: 'removeOwn', id: item.id, index })}
                />
              );
            })}
          </ul>
        </section>
      ))}
      </SourcesContext.Provider>
    </section>
  );
}

/** The sources of the review and "Voeg toe aan deze toetsing" (issue 10; the work is in use-sources.ts). */
function SourcesBox(props: { saved: SavedReview; doc: ExtractedDocument | undefined; busy: boolean; replace: (saved: SavedReview) => void }) {
  const { t } = useI18n();
  const sources = useSources(props);
  const busy = props.busy || sources.busy;
  return (
    <details class="sources-box" open={props.saved.sources.length > 1 || sources.notice !== null ? true : undefined}>
      <summary>{t('sources.heading')} ({props.saved.sources.length})</summary>
      <SourcesList
        sources={props.saved.sources}
        busy={busy}
        onRemove={(id) => void sources.remove(id)}
        onAddTab={() => void sources.addTab()}
        onAddFile={(file) => void sources.addFile(file)}
      />
      {sources.busy && <p class="muted" aria-busy="true">{t('check.busyAnalyse')}</p>}
      {sources.notice && (
        <div data-testid="sources-notice">
          <Notice kind={sources.notice.kind === 'error' ? 'error' : 'info'}>{t(sources.notice.message.key, sources.notice.message.params)}</Notice>
        </div>
      )}
    </details>
  );
}

function SavedScreen(props: { state: PanelState; actions: PanelActions }) {
  const { t } = useI18n();
  const { state, actions } = props;
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading" tabIndex={-1}>
        {t('saved.heading')}
      </h2>
      <SavedList
        headingId="saved-heading"
        list={state.list}
        confirmDelete={state.confirmDelete}
        onOpen={(key) => void actions.open(key)}
        onExport={(key) => void actions.exportSaved(key)}
        onAskDelete={actions.askDelete}
        onDelete={(key) => void actions.remove(key)}
      />
      {state.list && (
        <CompareBox
          list={state.list}
          onUseInLetter={async (oldKey, newKey, oldTitle) => {
            // Open the new version and let its letter compare with the old one (saved with the review).
            await actions.open(newKey);
            const read = await readReview(newKey);
            if (read.ok && read.saved) actions.replace(setCompareWith(read.saved, { key: oldKey, title: oldTitle }, new Date()));
            actions.setView('letter');
          }}
        />
      )}
      <ImportBox
        pending={state.pendingImport}
        message={state.importMessage}
        onFile={(file) => void actions.importFile(file)}
        onConfirm={(overwrite) => void actions.confirmImport(overwrite)}
      />
    </section>
  );
}

/** "Vergelijk twee versies" (issue 10): pick two saved reviews, see what changed. */
function CompareBox(props: { list: NonNullable<PanelState['list']>; onUseInLetter: (oldKey: string, newKey: string, oldTitle: string) => void }) {
  const { t } = useI18n();
  const compare = useCompare(readReview);
  const [keys, setKeys] = useState<[string, string] | null>(null);
  const titleOf = (id: string) => getItem(locChecklist, id)?.title ?? id;
  return (
    <>
      <ComparePicker
        list={props.list}
        onCompare={(a, b) => {
          setKeys([a, b]);
          void compare.compare(a, b);
        }}
      />
      {compare.error && <Notice kind="error">{t(compare.error.key, compare.error.params)}</Notice>}
      {compare.comparison && (
        <>
          <CompareView comparison={compare.comparison} titleOf={titleOf} />
          <div class="button-row">
            {keys && (
              <button type="button" data-action="use-in-letter" onClick={() => props.onUseInLetter(keys[0], keys[1], compare.comparison!.old.title)}>
                {t('compare.useInLetter')}
              </button>
            )}
            <button type="button" class="small" onClick={compare.close} data-action="close-compare">
              {t('compare.close')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

/** The earlier version the review's letter compares with (saved.compareWith): undefined while reading or when none, null when it is gone. */
function useEarlierVersion(saved: SavedReview | undefined): SavedReview | null | undefined {
  const [earlier, setEarlier] = useState<SavedReview | null | undefined>(undefined);
  const key = saved?.compareWith?.key;
  useEffect(() => {
    setEarlier(undefined);
    if (!key) return;
    let current = true;
    void readReview(key).then((read) => current && setEarlier(read.ok && read.saved ? read.saved : null));
    return () => {
      current = false;
    };
  }, [key]);
  return earlier;
}

/** A type-only import: the module itself is loaded below, when needed. */
type LetterViewComponent = typeof import('@/components/letter/LetterView').LetterView;

/**
 * The "Brief" view: components/letter/LetterView.tsx, loaded only when the user opens this
 * view, so the panel's first chunk stays small (and never holds docx).
 */
function LetterScreen(props: { saved: SavedReview | undefined; onSaved: (next: SavedReview) => void; onGoToItem: (id: string) => void }) {
  const { t } = useI18n();
  const [Letter, setLetter] = useState<LetterViewComponent | null>(null);
  const earlier = useEarlierVersion(props.saved);
  useEffect(() => {
    if (Letter || !props.saved) return;
    void import('@/components/letter/LetterView').then((m) => setLetter(() => m.LetterView));
  }, [props.saved !== undefined]);
  if (!props.saved) return <p data-testid="letter-need-review">{t('panel.letter.needReview')}</p>;
  if (!Letter) return <p aria-busy="true">{t('panel.loading')}</p>;
  return (
    <>
      {earlier === null && props.saved.compareWith && <Notice kind="warning">{t('compare.oldGone', { title: props.saved.compareWith.title })}</Notice>}
      <Letter saved={props.saved} onSaved={props.onSaved} onGoToItem={props.onGoToItem} comparison={earlier ? compareReviews(earlier, props.saved, locChecklist) : undefined} />
    </>
  );
}
