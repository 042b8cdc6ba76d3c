import { useRef } from 'preact/hooks';
import { useFocusWhenDone } from './use-focus-when-done';
import { FileInput } from './FileInput';
import { useI18n } from './i18n';

/**
 * "Of kies een bestand": check a PDF, a saved web page or a text file from the user's computer.
 * Folded away while a review is shown, so the review comes first; open on the start screen.
 */
export function FileChooser(props: { open: boolean; disabled: boolean; onFile: (file: File) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  // While the file is read the input is disabled, and a review folds this chooser away: the
  // keyboard focus would be lost. When the check is done, it goes to the review's heading
  // (or back to the input after an error).
  const chose = useFocusWhenDone(props.disabled, () => document.getElementById('review-title') ?? input.current);
  return (
    <details class="file-chooser" open={props.open}>
      <summary>{t('file.summary')}</summary>
      <label for="check-file">{t('file.label')}</label>
      <FileInput
        id="check-file"
        testId="check-file"
        inputRef={input}
        disabled={props.disabled}
        onFile={(file) => {
          chose();
          props.onFile(file);
        }}
      />
    </details>
  );
}
