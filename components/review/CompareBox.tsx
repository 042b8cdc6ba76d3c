import { useEffect, useState } from 'preact/hooks';
import { itemTitles, locChecklist } from '@/lib/checklist';
import type { ReviewSummary } from '@/lib/review';
import type { CompareApi } from '../panel-api';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { ComparePicker } from './ComparePicker';
import { CompareView } from './CompareView';

const titleOf = itemTitles(locChecklist);

/**
 * "Vergelijk twee versies" in "Opgeslagen" (issue 10): pick two saved reviews, see what changed, and put it in the new version's letter.
 * The comparing is use-compare.ts, run by the panel's hook and passed in; leaving the view closes the comparison.
 */
export function CompareBox(props: { list: ReviewSummary[]; compare: CompareApi; onUseInLetter: (oldKey: string, newKey: string, oldTitle: string) => void }) {
  const { t } = useI18n();
  const { compare } = props;
  const [keys, setKeys] = useState<[string, string] | null>(null);
  useEffect(() => compare.close, []);
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
