import type { Review } from '@/lib/check/types';
import { textWarning } from '@/lib/review/explain';
import { useI18n } from './i18n';
import { Notice } from './Notice';

/**
 * The checked text does not look like a regiovisie (with the reason), and/or it has little text,
 * so the full regiovisie may be in a PDF or on another page (textWarning decides). Nothing when
 * the text looks fine. `place`: above the review, two calm notices (the reason says what it means
 * for the verdicts); before a letter is made, one notice that always points to choosing the PDF
 * (it never blocks the letter).
 */
export function TextWarning(props: { review: Review; place: 'review' | 'letter' }) {
  const { t } = useI18n();
  const { review } = props;
  const warning = textWarning(review);
  if (!warning) return null;
  const reason = warning.notRegiovisie && t(props.place === 'review' ? 'review.notRegiovisie' : 'letter.warning.notRegiovisie', { reason: warning.notRegiovisie });
  const short = warning.short && (
    <p>
      {t('letter.warning.short')} {t('letter.warning.words', { count: review.source.words })}
    </p>
  );
  const pdf = <p>{t('letter.warning.pdf')}</p>;
  if (props.place === 'letter') {
    return (
      <div
        class="notice notice-warning"
        data-testid="letter-text-warning"
        data-reason={review.looksLikeRegiovisie ? undefined : (review.notRegiovisie ?? 'no-plan')}
        data-short={warning.short ? 'true' : undefined}
      >
        {reason && <p>{reason}</p>}
        {short}
        {pdf}
      </div>
    );
  }
  return (
    <>
      {reason && <Notice kind="warning">{reason}</Notice>}
      {short && (
        <div class="notice notice-warning" data-testid="review-short-text">
          {short}
          {pdf}
        </div>
      )}
    </>
  );
}
