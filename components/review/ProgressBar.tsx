import { useI18n } from '../i18n';

/**
 * Always in view at the top of the review (sticky): how many items the user checked, and
 * "Volgende niet bekeken", which opens and focuses the next item not checked yet.
 */
export function ProgressBar(props: { progress: { reviewed: number; total: number }; onNext?: () => void }) {
  const { t } = useI18n();
  return (
    <div class="progress-bar" data-testid="progress-bar">
      <p data-testid="review-progress" data-reviewed={props.progress.reviewed}>
        {t('review.progress', props.progress)}
      </p>
      {props.onNext ? (
        <button type="button" class="small" data-action="next-unreviewed" onClick={props.onNext}>
          {t('review.next')}
        </button>
      ) : (
        <p class="muted" data-testid="all-reviewed">
          {t('review.next.none')}
        </p>
      )}
    </div>
  );
}
