import { useState } from 'preact/hooks';
import { displayName, type ReviewSummary } from '@/lib/review/review-index';
import { useI18n } from '../i18n';

/** In "Opgeslagen": choose two saved reviews (the concept and the final version) to compare. */
export function ComparePicker(props: { list: ReviewSummary[]; onCompare: (oldKey: string, newKey: string) => void }) {
  const { t } = useI18n();
  const [oldKey, setOld] = useState('');
  const [newKey, setNew] = useState('');
  const [problem, setProblem] = useState(false);
  if (props.list.length < 2) return <p class="muted" data-testid="compare-too-few">{t('compare.pick.tooFew')}</p>;
  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <p>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          set((e.currentTarget as HTMLSelectElement).value);
          setProblem(false);
        }}
      >
        <option value="">{t('compare.pick.choose')}</option>
        {props.list.map((s) => (
          <option key={s.key} value={s.key}>
            {displayName(s)}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <section class="compare-picker" aria-labelledby="compare-pick-heading" data-testid="compare-picker">
      <h3 id="compare-pick-heading">{t('compare.pick.heading')}</h3>
      <p class="muted">{t('compare.pick.intro')}</p>
      {select('compare-old', t('compare.pick.old'), oldKey, setOld)}
      {select('compare-new', t('compare.pick.new'), newKey, setNew)}
      {problem && (
        <p class="notice notice-warning" role="alert">
          {t('compare.pick.same')}
        </p>
      )}
      <button
        type="button"
        data-action="compare"
        onClick={() => {
          if (!oldKey || !newKey || oldKey === newKey) setProblem(true);
          else props.onCompare(oldKey, newKey);
        }}
      >
        {t('compare.pick.button')}
      </button>
    </section>
  );
}
