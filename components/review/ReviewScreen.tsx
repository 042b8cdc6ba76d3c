import type { ExtractedDocument } from '@/lib/extract/types';
import { documentNotices } from '@/lib/extract/problems';
import { checksShownAgain, ERROR_TEXT, shownKey } from '@/lib/review';
import type { PanelState } from '@/lib/review/panel-state';
import type { PanelActions, SourcesApi } from '../panel-api';
import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useFocusWhenDone } from '../use-focus-when-done';
import { Notice } from '../Notice';
import { DocumentSummary } from '../DocumentSummary';
import { FileChooser } from '../FileChooser';
import { CheckProgress } from '../CheckProgress';
import type { SaveState } from './ReviewHeader';
import { ReviewView } from './ReviewView';

/** The "Toetsing" view: the check button, what was read, and the review. */
export function ReviewScreen(props: { state: PanelState; saveState: SaveState; actions: PanelActions; sources: SourcesApi }) {
  const { t } = useI18n();
  const { state, actions } = props;
  const busy = state.phase === 'reading' || state.phase === 'analysing';
  // "Opnieuw" only when what is shown is this tab's page.
  const again = checksShownAgain(shownKey(state.saved, state.doc?.url), state.tab?.url);
  // The button is disabled while checking, which takes the focus away: afterwards it goes to
  // the review's heading, or back to the button (after an error or a page with too little text).
  const button = useRef<HTMLButtonElement>(null);
  const pressed = useFocusWhenDone(busy, () => document.getElementById('review-title') ?? button.current);
  // While a source is added or removed no check starts: both would read and check in the same worker.
  const blocked = busy || props.sources.busy;
  return (
    <>
      {!state.saved && <p class="muted">{t('app.tagline')}</p>}
      {(state.phase === 'idle' || state.phase === 'error') && !state.saved && <p>{t('check.intro')}</p>}
      <button
        ref={button}
        type="button"
        class="primary"
        onClick={() => {
          pressed();
          void actions.check();
        }}
        disabled={blocked}
        aria-busy={busy}
      >
        {again ? t('check.again') : t('check.button')}
      </button>
      {/* What it is busy with is announced once, in the panel's status line (App.tsx); here the steps as a bar. */}
      {busy && <CheckProgress step={state.checkStep} />}
      {state.storageNotice && (
        <div data-testid="storage-notice">
          <Notice kind="error">{t(state.storageNotice.key, state.storageNotice.params)}</Notice>
        </div>
      )}
      {state.phase === 'error' && state.error && <Notice kind="error">{state.errorMessage ? t(state.errorMessage.key, state.errorMessage.params) : t(ERROR_TEXT[state.error])}</Notice>}
      {/* Below the error: the PDF and file errors point the user here. */}
      <FileChooser open={!state.saved || state.error === 'pdf' || state.error === 'file' || state.error === 'tooLarge'} disabled={blocked} onFile={(file) => void actions.checkFile(file)} />
      {state.doc && <DocumentResult doc={state.doc} />}
      {state.saved && <ReviewView state={state} saved={state.saved} saveState={props.saveState} actions={actions} sources={props.sources} />}
    </>
  );
}

function DocumentResult(props: { doc: ExtractedDocument }) {
  const { t } = useI18n();
  const notices = documentNotices(props.doc);
  return (
    <>
      {notices.map((n) => (
        <Notice key={n.problem} kind={n.kind}>
          {t(n.message.key, n.message.params)}
        </Notice>
      ))}
      <details class="doc-details" open={notices.length > 0 ? true : undefined}>
        <summary>{t('doc.heading')}</summary>
        <DocumentSummary doc={props.doc} />
      </details>
    </>
  );
}

