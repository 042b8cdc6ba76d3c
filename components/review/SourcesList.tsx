import { useRef } from 'preact/hooks';
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
  /** Absent: no removing (e.g. while a check runs). */
  onRemove?: (id: string) => void;
  /** Absent: the open tab cannot be added (no page, or it is a source already). */
  onAddTab?: () => void;
  /** Absent: no file can be added. */
  onAddFile?: (file: File) => void;
  busy?: boolean;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const several = props.sources.length > 1;
  return (
    <section class="sources" aria-labelledby="sources-heading" data-testid="sources">
      <h3 id="sources-heading">{t('sources.heading')}</h3>
      {several && <p class="muted">{t('sources.intro')}</p>}
      <ol class="sources-list">
        {props.sources.map((s) => {
          const title = s.title || s.url;
          return (
            <li key={s.id} data-source={s.id}>
              <span class="source-title">{title}</span>{' '}
              <span class="muted">
                ({[t(`sources.kind.${s.kind}`), s.pages !== undefined ? t('sources.pages', { pages: s.pages }) : t('sources.words', { words: s.words })].join(', ')})
              </span>
              {s.kind === 'page' && <p class="doc-url">{s.url}</p>}
              {several && props.onRemove && !canRemoveSource(props.sources, s.id) && <p class="muted">{t('sources.mainOne')}</p>}
              {several && props.onRemove && canRemoveSource(props.sources, s.id) && (
                <button type="button" class="small" aria-label={t('sources.removeLabel', { title })} disabled={props.busy} onClick={() => props.onRemove?.(s.id)} data-action="remove-source">
                  {t('sources.remove')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!several && props.onRemove && <p class="muted">{t('sources.lastOne')}</p>}
      {(props.onAddTab || props.onAddFile) && (
        <div class="sources-add" role="group" aria-labelledby="sources-add-label">
          <p id="sources-add-label">{t('sources.add')}</p>
          <div class="button-row">
            {props.onAddTab && (
              <button type="button" disabled={props.busy} onClick={props.onAddTab} data-action="add-tab-source">
                {t('sources.addTab')}
              </button>
            )}
            {props.onAddFile && (
              <>
                <label for="add-source-file">{t('sources.addFile')}</label>
                <FileInput id="add-source-file" testId="add-source-file" inputRef={input} disabled={props.busy ?? false} onFile={(file) => props.onAddFile?.(file)} />
              </>
            )}
          </div>
          <p class="muted">{t('sources.keepsWork')}</p>
        </div>
      )}
    </section>
  );
}
