import type { Verdict } from '@/lib/checklist/types';
import { useI18n } from '../i18n';

/** The verdict as a text label with colour; the text alone says it all (never colour alone). */
export function VerdictLabel(props: { verdict: Verdict }) {
  const { t } = useI18n();
  return (
    <span class={`verdict verdict-${props.verdict}`} data-verdict={props.verdict}>
      {t(`review.verdict.${props.verdict}`)}
    </span>
  );
}
