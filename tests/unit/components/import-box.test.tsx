import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n';
import { IMPORT_ERRORS } from '@/lib/review';
import { ImportBox } from '@/components/review/ImportBox';
import type { ImportMessage } from '@/lib/review/panel-state';
import { useDom } from '../dom';
import { renderView } from './render';

useDom();

function shown(locale: Locale, message: ImportMessage): string {
  const root = renderView(<ImportBox pending={null} message={message} onFile={() => {}} onConfirm={() => {}} />, locale);
  return root.querySelector('[data-testid="import-message"]')!.textContent!;
}

describe('ImportBox message', () => {
  it('shows an import error in the current language', () => {
    const message: ImportMessage = { kind: 'error', message: IMPORT_ERRORS.foreign };
    expect(shown('nl', message)).toBe('Dit bestand is geen opgeslagen toetsing van Regiovisie-toets.');
    expect(shown('en', message)).toBe('This file is not a saved review of Regiovisie-toets.');
  });

  it('fills {detail} with a translated message', () => {
    const message: ImportMessage = { kind: 'error', message: { key: 'saved.readError', params: { detail: { key: 'storedError.notReview' } } } };
    expect(shown('nl', message)).toBe('Deze opgeslagen toetsing kan niet worden geopend. Dit zijn geen opgeslagen gegevens van Regiovisie-toets.');
    expect(shown('en', message)).toBe('This saved review cannot be opened. This is not saved data of Regiovisie-toets.');
  });
});
