import type { Ref } from 'preact';
import { FILE_EXTENSIONS } from '@/lib/extract/file';

/**
 * A file input for the kinds the checker reads (PDF, saved web page, text). It hands over the
 * chosen file and clears itself, so the same file can be chosen again (a re-check).
 */
export function FileInput(props: { id: string; testId: string; disabled: boolean; inputRef?: Ref<HTMLInputElement>; onFile: (file: File) => void }) {
  return (
    <input
      ref={props.inputRef}
      id={props.id}
      type="file"
      accept={FILE_EXTENSIONS.join(',')}
      disabled={props.disabled}
      data-testid={props.testId}
      onChange={(e) => {
        const el = e.currentTarget as HTMLInputElement;
        const file = el.files?.[0];
        if (file) props.onFile(file);
        el.value = '';
      }}
    />
  );
}
