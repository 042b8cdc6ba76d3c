import { useState } from 'preact/hooks';
import { getItem, locChecklist } from '@/lib/checklist';
import type { ReviewSummary } from '@/lib/review';
import { useCompare } from '@/entrypoints/sidepanel/use-compare';
import { browserServices } from '@/entrypoints/sidepanel/services';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { ComparePicker } from './ComparePicker';
import { CompareView } from './CompareView';

/** "Vergelijk twee versies" in "Opgeslagen" (issue 10): pick two saved reviews, see what changed, and put it in the new version's letter. */
export function CompareBox(props: { list: ReviewSummary[]; onUseInLetter: (oldKey: string, newKey: string, oldTitle: string) => void }) {
  const { t } = useI18n();
  const compare = useCompare(browserServices.store.readReview);
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
