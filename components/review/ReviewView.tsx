import { getItem, itemsByTheme, locChecklist } from '@/lib/checklist';
import { countsByTheme, effectiveVerdict, filterItems, isFileKey, isOtherPage, ITEM_FILTERS, progress, type ItemFilter, type SavedReview } from '@/lib/review';
import type { PanelState } from '@/entrypoints/sidepanel/panel-state';
import type { PanelActions } from '@/entrypoints/sidepanel/use-panel';
import { useI18n } from '../i18n';
import { ReviewHeader, type SaveState } from './ReviewHeader';
import { ChangesNotice } from './ChangesNotice';
import { TextNotice } from './TextNotice';
import { ThemeSummary } from './ThemeSummary';
import { FilterBar } from './FilterBar';
import { ItemCard } from './ItemCard';

/** The shown review: header, summary per theme, filter, and the 34 items by theme. */
export function ReviewView(props: { state: PanelState; saved: SavedReview; saveState: SaveState; actions: PanelActions }) {
  const { t } = useI18n();
  const { state, saved, actions } = props;
  const counts = countsByTheme(saved);
  const filterCounts = Object.fromEntries(ITEM_FILTERS.map((f) => [f, filterItems(saved, f).length])) as Record<ItemFilter, number>;
  const shown = new Set(filterItems(saved, state.filter).map((it) => it.id));
  const results = new Map(saved.automatic.items.map((it) => [it.id, it]));
  const titleOf = (id: string) => getItem(locChecklist, id)?.title ?? id;
  const fromFile = isFileKey(saved.key);
  const otherPage = isOtherPage(state.tab?.url, saved.key);
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
    </section>
  );
}

