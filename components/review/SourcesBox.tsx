import type { SavedReview } from '@/lib/review';
import type { SourcesApi } from '../panel-api';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { SourcesList } from './SourcesList';

/** The sources of the review and "Voeg toe aan deze toetsing" (issue 10; the work is in use-sources.ts, run by the panel's hook and passed in). */
export function SourcesBox(props: { saved: SavedReview; busy: boolean; sources: SourcesApi }) {
  const { t } = useI18n();
  const { sources } = props;
  const busy = props.busy || sources.busy;
  return (
    <details class="sources-box" open={props.saved.sources.length > 1 || sources.notice !== null ? true : undefined}>
      <summary id="sources-heading">
        {t('sources.heading')} ({props.saved.sources.length})
      </summary>
      <SourcesList
        sources={props.saved.sources}
        busy={busy}
        onRemove={(id) => void sources.remove(id)}
        onAddTab={() => void sources.addTab()}
        onAddFile={(file) => void sources.addFile(file)}
      />
      {sources.busy && (
        <p class="muted" aria-busy="true">
          {t('check.busyAnalyse')}
        </p>
      )}
      {sources.notice && (
        <div data-testid="sources-notice">
          <Notice kind={sources.notice.kind === 'error' ? 'error' : 'info'}>{t(sources.notice.message.key, sources.notice.message.params)}</Notice>
        </div>
      )}
    </details>
  );
}
