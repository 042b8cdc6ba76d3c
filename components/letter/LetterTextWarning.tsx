import type { SavedReview } from '@/lib/review';
import { textWarning } from '@/lib/review/explain';
import { useI18n } from '../i18n';

/**
 * Before a letter is made: the checked text does not look like a regiovisie (with the reason),
 * or has little text; either way, point to the full document (a PDF, through "Of kies een
 * bestand"). Nothing when the text looks fine. Never blocks the letter.
 */
export function LetterTextWarning(props: { saved: SavedReview }) {
  const { t } = useI18n();
  const review = props.saved.automatic;
  const warning = textWarning(review);
  if (!warning) return null;
  return (
    <div
      class="notice notice-warning"
      data-testid="letter-text-warning"
      data-reason={review.looksLikeRegiovisie ? undefined : (review.notRegiovisie ?? 'no-plan')}
      data-short={warning.short ? 'true' : undefined}
    >
      {warning.notRegiovisie && <p>{t('letter.warning.notRegiovisie', { reason: warning.notRegiovisie })}</p>}
      {warning.short && (
        <p>
          {t('letter.warning.short')} {t('letter.warning.words', { count: review.source.words })}
        </p>
      )}
      <p>{t('letter.warning.pdf')}</p>
    </div>
  );
}
