import { ITEM_FILTERS, type ItemFilter } from '@/lib/review';
import { useI18n } from '../i18n';

/** Which items to show: a group of radio buttons (arrow keys move between them). */
export function FilterBar(props: { value: ItemFilter; counts: Record<ItemFilter, number>; onChange: (f: ItemFilter) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="filter-bar">
      <legend>{t('review.filter.legend')}</legend>
      {ITEM_FILTERS.map((f) => (
        <label key={f} class={props.value === f ? 'filter-option selected' : 'filter-option'}>
          <input type="radio" name="item-filter" value={f} checked={props.value === f} onChange={() => props.onChange(f)} />
          <span>{t(`review.filter.${f}`, { count: props.counts[f] })}</span>
        </label>
      ))}
    </fieldset>
  );
}
