import { FileInput } from '../FileInput';
import { canRemoveSource, type ReviewSource } from '@/lib/review';
import { useI18n } from '../i18n';

/**
 * The pages and files of the open review (issue 10): title, kind, pages or words, each but the
 * first (the review belongs to its address) removable while there are two or more, and "Voeg toe aan deze toetsing" for the open tab's
 * page or a chosen file. The decisions live in lib/review/sources.ts; this only shows them.
 */
export function SourcesList(props: {
  sources: ReviewSource[];
  onRemove: (id: string) => void;
  onAddTab: () => void;
  onAddFile: (file: File) => void;
  /** A check runs or the sources change: nothing can be added or removed now. */
  busy: boolean;
}) {
  const { t } = useI18n();
  const several = props.sources.length > 1;
  return (
    // named by the summary of the box around it (SourcesBox): the heading is not said twice
    <section class="sources" aria-labelledby="sources-heading" data-testid="sources">
      {several && <p class="muted">{t('sources.intro')}</p>}
      <ol class="sources-list">
        {props.sources.map((s) => {
          const title = s.title || s.url;
          return (
            <li key={s.id} data-source={s.id}>
              <span class="source-title">{title}</span>{' '}
              <span class="muted">
                ({[t(`sources.kind.${s.kind}`), s.pages !== undefined ? (s.pages === 1 ? t('sources.pagesOne') : t('sources.pages', { pages: s.pages })) : t('sources.words', { words: s.words })].join(', ')})
              </span>
              {s.kind === 'page' && <p class="doc-url">{s.url}</p>}
              {several && !canRemoveSource(props.sources, s.id) && <p class="muted">{t('sources.mainOne')}</p>}
              {several && canRemoveSource(props.sources, s.id) && (
                <button type="button" class="small" aria-label={t('sources.removeLabel', { title })} disabled={props.busy} onClick={() => props.onRemove(s.id)} data-action="remove-source">
                  {t('sources.remove')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!several && <p class="muted">{t('sources.lastOne')}</p>}
      <div class="sources-add" role="group" aria-labelledby="sources-add-label">
        <p id="sources-add-label">{t('sources.add')}</p>
        <div class="button-row">
          <button type="button" disabled={props.busy} onClick={props.onAddTab} data-action="add-tab-source">
            {t('sources.addTab')}
          </button>
          <label for="add-source-file">{t('sources.addFile')}</label>
          <FileInput id="add-source-file" testId="add-source-file" disabled={props.busy} onFile={props.onAddFile} />
        </div>
        <p class="muted">{t('sources.keepsWork')}</p>
      </div>
    </section>
  );
}
