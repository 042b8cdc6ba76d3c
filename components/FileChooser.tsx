import { FILE_EXTENSIONS } from '@/lib/extract/file';
import { useI18n } from './i18n';

/**
 * "Of kies een bestand": check a PDF, a saved web page or a text file from the user's computer.
 * Folded away while a review is shown, so the review comes first; open on the start screen.
 */
export function FileChooser(props: { open: boolean; disabled: boolean; onFile: (file: File) => void }) {
  const { t } = useI18n();
  return (
    <details class="file-chooser" open={props.open}>
      <summary>{t('file.summary')}</summary>
      <label for="check-file">{t('file.label')}</label>
      <input
        id="check-file"
        type="file"
        accept={FILE_EXTENSIONS.join(',')}
        disabled={props.disabled}
        data-testid="check-file"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) props.onFile(file);
          input.value = ''; // the same file can be chosen again (a re-check)
        }}
      />
    </details>
  );
}
