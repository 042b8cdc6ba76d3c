import type { SavedReview } from '@/lib/review';
import { useI18n } from '../i18n';
import { formatDate } from './format';

/** 'full': the browser's storage is full (quota); 'error': any other failed write. */
export type SaveState = 'saved' | 'saving' | 'error' | 'full';

/**
 * Title, address and date of the shown review (its progress is in ProgressBar), with export and "Wis markeringen"
 * (not for a review of a chosen file: nothing of it is marked on a page).
 */
export function ReviewHeader(props: {
  saved: SavedReview;
  saveState: SaveState;
  otherPage: boolean;
  fromFile: boolean;
  onMunicipality: (value: string) => void;
  onExport: () => void;
  onClearMarks: () => void;
  /** "Probeer opnieuw op te slaan", offered when a write failed. */
  onRetrySave: () => void;
}) {
  const { t, locale } = useI18n();
  const { saved } = props;
  return (
    <section class="review-header" aria-labelledby="review-title">
      <h2 id="review-title" data-testid="review-title" tabIndex={-1}>
        {saved.title || saved.url}
      </h2>
      <p class="doc-url">{saved.url}</p>
      <p class="muted">{t('review.checkedAt', { date: formatDate(saved.checkedAt, locale) })}</p>
      {props.fromFile && (
        <p class="notice notice-info" data-testid="from-file">
          {t('review.fromFile', { name: saved.url })}
        </p>
      )}
      {props.otherPage && !props.fromFile && (
        <p class="notice notice-warning">
          {t('review.otherPage')}{' '}
          <a href={saved.url} target="_blank" rel="noreferrer">
            {t('review.openPage')}
          </a>
        </p>
      )}
      <label class="field" for="municipality">
        {t('review.municipality')}
      </label>
      {/* Uncontrolled (stored value is trimmed; the field keeps what is typed), saved at every key stroke. */}
      <input
        key={saved.key}
        id="municipality"
        type="text"
        autoComplete="off"
        defaultValue={saved.municipality ?? ''}
        onInput={(e) => props.onMunicipality((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="button-row">
        <button type="button" onClick={props.onExport} data-action="export">
          {t('review.export')}
        </button>
        {!props.fromFile && (
          <button type="button" onClick={props.onClearMarks} data-action="clear-marks">
            {t('review.clearMarks')}
          </button>
        )}
      </div>
      <p
        class={`save-state save-${props.saveState}`}
        data-testid="save-state"
        data-state={props.saveState}
        role={props.saveState === 'error' || props.saveState === 'full' ? 'alert' : undefined}
      >
        {t(`review.saveState.${props.saveState}`)}
      </p>
      {(props.saveState === 'error' || props.saveState === 'full') && (
        <button type="button" onClick={props.onRetrySave} data-action="retry-save">
          {t('review.saveState.retry')}
        </button>
      )}
    </section>
  );
}
