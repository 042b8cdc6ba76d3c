import { itemsByTheme, itemTitles, locChecklist } from '@/lib/checklist';
import { useEffect } from 'preact/hooks';
import { countsByTheme, effectiveVerdict, filterItems, isFileKey, isOtherPage, isReviewed, ITEM_FILTERS, nextUnreviewed, progress, type ItemFilter, type SavedReview } from '@/lib/review';
import { layoutOf, type PanelState } from '@/lib/review/panel-state';
import type { PanelActions, SourcesApi } from '../panel-api';
import { useI18n } from '../i18n';
import { ReviewHeader, type SaveState } from './ReviewHeader';
import { ChangesNotice } from './ChangesNotice';
import { TextWarning } from '../TextWarning';
import { ThemeSummary } from './ThemeSummary';
import { FilterBar } from './FilterBar';
import { ItemCard } from './ItemCard';
import { ProgressBar } from './ProgressBar';
import { VerdictLegend } from './VerdictLegend';
import { SourcesBox } from './SourcesBox';
import { SourcesContext } from './sources-context';

const titleOf = itemTitles(locChecklist);

/**
 * The shown review: progress (sticky) with "Volgende niet bekeken", header, summary per theme,
 * legend, filter, and the items by theme. Themes fold; each item is one summary line that
 * opens into its full card.
 */
export function ReviewView(props: { state: PanelState; saved: SavedReview; saveState: SaveState; actions: PanelActions; sources: SourcesApi }) {
  const { t } = useI18n();
  const { state, saved, actions } = props;
  const counts = countsByTheme(saved);
  const filterCounts = Object.fromEntries(ITEM_FILTERS.map((f) => [f, filterItems(saved, f).length])) as Record<ItemFilter, number>;
  const shown = new Set(filterItems(saved, state.filter).map((it) => it.id));
  const results = new Map(saved.automatic.items.map((it) => [it.id, it]));
  const fromFile = isFileKey(saved.key);
  const otherPage = isOtherPage(state.tab?.url, saved);
  const themes = itemsByTheme(locChecklist).map(({ theme, items }) => ({ theme, items: items.filter((item) => results.has(item.id)) }));
  const groups = themes.map(({ theme, items }) => ({ theme, items: items.filter((item) => shown.has(item.id)) })).filter((g) => g.items.length > 0);
  const notice = state.itemNotice;
  const layout = layoutOf(state);

  // "Volgende niet bekeken": in the order of the list, after the item worked on last (or after
  // the item whose own button was used). The item left is folded away.
  const order = themes.flatMap((g) => g.items.map((item) => item.id));
  const nextAfter = (from: string | undefined) => nextUnreviewed(order, (id) => isReviewed(saved, id), from);
  const goToNext = (from: string | undefined) => {
    const next = nextAfter(from);
    if (next) actions.goToItem(next, from);
  };

  // Bring the item asked for into view and focus its summary button (after "Volgende niet
  // bekeken", or "Ga naar het eerste punt" in the letter view).
  useEffect(() => {
    if (!layout.focus) return;
    const button = document.querySelector<HTMLElement>(`[data-item="${CSS.escape(layout.focus)}"] [data-action="toggle-item"]`);
    if (!button || button.closest('[hidden]')) return;
    button.scrollIntoView({ block: 'start' });
    button.focus();
    actions.layout({ op: 'focused' });
  }, [layout.focus, state.filter]);

  return (
    <section class="review" aria-labelledby="review-title">
      <ProgressBar progress={progress(saved)} onNext={nextAfter(layout.current) ? () => goToNext(layout.current) : undefined} />
      <ReviewHeader
        saved={saved}
        saveState={props.saveState}
        otherPage={otherPage}
        fromFile={fromFile}
        onMunicipality={(value) => actions.edit({ op: 'municipality', value })}
        onExport={actions.exportShown}
        onClearMarks={() => void actions.clearMarks()}
        onRetrySave={() => void actions.retrySave()}
      />
      <SourcesBox saved={saved} busy={state.phase === 'reading' || state.phase === 'analysing'} sources={props.sources} />
      <TextWarning review={saved.automatic} place="review" />
      {state.rechecked && <ChangesNotice changes={saved.changes ?? []} titleOf={titleOf} />}
      <ThemeSummary themes={locChecklist.themes} counts={counts} />
      <VerdictLegend />
      <FilterBar value={state.filter} counts={filterCounts} onChange={actions.setFilter} />
      {!fromFile && (
        <p id="own-hint" class="muted">
          {t('review.own.hint')}
        </p>
      )}
      {groups.length === 0 && <p data-testid="filter-empty">{t('review.filter.empty')}</p>}
      <SourcesContext.Provider value={saved}>
      {groups.map((g) => {
        const folded = layout.folded.includes(g.theme.id);
        return (
          <section key={g.theme.id} class="theme" aria-labelledby={`theme-${g.theme.id}`} data-theme={g.theme.id}>
            <h3 id={`theme-${g.theme.id}`}>
              <button
                type="button"
                class="theme-toggle"
                aria-expanded={!folded}
                aria-controls={`theme-items-${g.theme.id}`}
                data-action="toggle-theme"
                onClick={() => actions.layout({ op: 'toggleTheme', theme: g.theme.id })}
              >
                <span>{g.theme.title}</span> <span class="theme-count">{g.items.length === 1 ? t('review.theme.countOne') : t('review.theme.count', { count: g.items.length })}</span>
              </button>
            </h3>
            <ul class="items" id={`theme-items-${g.theme.id}`} hidden={folded}>
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
                    open={layout.open.includes(item.id)}
                    onToggle={() => actions.layout({ op: 'toggleItem', id: item.id })}
                    onNext={nextAfter(item.id) ? () => goToNext(item.id) : undefined}
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
        );
      })}
      </SourcesContext.Provider>
    </section>
  );
}
