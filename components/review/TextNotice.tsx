import type { Review } from '@/lib/check/types';
import { textWarning } from '@/lib/review/explain';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';

/**
 * Above the review: the text does not look like a regiovisie (with the reason), and/or it has
 * little text, so the full regiovisie may be in a PDF or on another page. Nothing otherwise.
 */
export function TextNotice(props: { review: Review }) {
  const { t } = useI18n();
  const { review } = props;
  const warning = textWarning(review);
  if (!warning) return null;
  return (
    <>
      {warning.notRegiovisie && <Notice kind="warning">{t('review.notRegiovisie', { reason: warning.notRegiovisie })}</Notice>}
      {warning.short && (
        <div class="notice notice-warning" data-testid="review-short-text">
          <p>
            {t('letter.warning.short')} {t('letter.warning.words', { count: review.source.words })}
          </p>
          <p>{t('letter.warning.pdf')}</p>
        </div>
      )}
    </>
  );
}
