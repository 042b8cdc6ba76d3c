import type { SavedReview } from '@/lib/review';
import type { ImportMessage } from '@/lib/review/panel-state';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';

/** Import one exported review; asks before overwriting a review of the same page. */
export function ImportBox(props: {
  pending: SavedReview | null;
  message: ImportMessage | null;
  onFile: (file: File) => void;
  onConfirm: (overwrite: boolean) => void;
}) {
  const { t } = useI18n();
  const msg = props.message;
  const cancel = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const hadQuestion = useRef(false);
  // Focus the safe answer when the question appears; back to the file input after the answer.
  useEffect(() => {
    if (props.pending) cancel.current?.focus();
    else if (hadQuestion.current) input.current?.focus();
    hadQuestion.current = props.pending !== null;
  }, [props.pending]);
  return (
    <section class="import-box" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('saved.import.heading')}</h3>
      <label class="field" for="import-file">
        {t('saved.import.label')}
      </label>
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,application/json"
        data-testid="import-file"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) props.onFile(file);
          input.value = ''; // the same file can be chosen again
        }}
      />
      {props.pending && (
        <div class="confirm-box" role="group" aria-labelledby="import-conflict" data-testid="import-conflict">
          <p id="import-conflict">{t('saved.import.conflict', { title: props.pending.title || props.pending.url })}</p>
          <div class="button-row">
            <button type="button" class="danger" onClick={() => props.onConfirm(true)} data-action="import-overwrite">
              {t('saved.import.overwrite')}
            </button>
            <button type="button" onClick={() => props.onConfirm(false)} data-action="import-cancel" ref={cancel}>
              {t('saved.import.cancel')}
            </button>
          </div>
        </div>
      )}
      {msg && (
        <p class={`notice notice-${msg.kind}`} role={msg.kind === 'error' ? 'alert' : undefined} data-testid="import-message">
          {t(msg.message.key, msg.message.params)}
        </p>
      )}
    </section>
  );
}
