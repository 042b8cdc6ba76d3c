import type { ReviewSummary } from '@/lib/review/review-index';
import { displayName } from '@/lib/review/review-index';
import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n';
import { ConfirmBox } from '../ConfirmBox';
import { useConfirmFocus } from '../use-confirm-focus';
import { formatDate } from './format';

/** The saved reviews: open, export or delete (delete only after "Ja, verwijder"). */
export function SavedList(props: {
  list: ReviewSummary[] | null;
  confirmDelete: string | null;
  onOpen: (key: string) => void;
  onExport: (key: string) => void;
  onAskDelete: (key: string | null) => void;
  onDelete: (key: string) => void;
  /** Id of the heading above the list (focused after a delete). */
  headingId: string;
}) {
  const { t, locale } = useI18n();
  const box = useRef<HTMLUListElement>(null);
  // Keyboard focus follows the question: to "Nee, bewaar" when it appears, back to "Verwijder" (or the heading) after.
  useConfirmFocus(box, props.confirmDelete, props.list, (s) => s.key, 'delete', props.headingId);
  if (props.list === null) return <p aria-busy="true">{t('saved.loading')}</p>;
  if (props.list.length === 0) return <p data-testid="saved-empty">{t('saved.empty')}</p>;
  return (
    <ul class="saved-list" data-testid="saved-list" ref={box}>
      {props.list.map((s) => {
        const name = displayName(s);
        const asking = props.confirmDelete === s.key;
        return (
          <li key={s.key} class="saved" data-key={s.key}>
            <h3>{name}</h3>
            {s.municipality && s.municipality !== name && <p>{s.municipality}</p>}
            <p class="doc-url">{s.url}</p>
            <p class="muted">{t('saved.updated', { date: formatDate(s.updatedAt, locale) })}</p>
            <p data-testid="saved-progress">{t('review.progress', { reviewed: s.reviewed, total: s.total })}</p>
            {asking ? (
              <ConfirmBox
                questionId="delete-question"
                question={t('saved.confirmDelete', { title: name })}
                action="delete"
                onYes={() => props.onDelete(s.key)}
                onNo={() => props.onAskDelete(null)}
              />
            ) : (
              <div class="button-row">
                <button type="button" aria-label={t('saved.openLabel', { title: name })} onClick={() => props.onOpen(s.key)} data-action="open">
                  {t('saved.open')}
                </button>
                <button type="button" aria-label={t('saved.exportLabel', { title: name })} onClick={() => props.onExport(s.key)} data-action="export">
                  {t('saved.export')}
                </button>
                <button type="button" aria-label={t('saved.deleteLabel', { title: name })} onClick={() => props.onAskDelete(s.key)} data-action="delete">
                  {t('saved.delete')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
