/**
 * The progress of a running check: a bar and "Stap n van 3" with what the panel does now, in the
 * chosen language. Rendered into a linkedom document.
 */
import { describe, expect, it } from 'vitest';
import { useDom } from '../dom';
import { renderView } from './render';
import type { Locale } from '@/lib/i18n';
import { CheckProgress } from '@/components/CheckProgress';

useDom();

function show(step: number, locale: Locale = 'nl') {
  const root = renderView(<CheckProgress step={step} />, locale);
  const bar = root.querySelector('progress')!;
  return { text: root.querySelector('p')!.textContent, value: bar.getAttribute('value'), max: bar.getAttribute('max'), label: bar.getAttribute('aria-label') };
}

describe('CheckProgress', () => {
  it('names each step and fills the bar step by step', () => {
    expect(show(1)).toEqual({ text: 'Stap 1 van 3. Bezig met lezen…', value: '1', max: '3', label: 'Stap 1 van 3' });
    expect(show(2).text).toBe('Stap 2 van 3. Bezig met het zoeken naar de tekst…');
    expect(show(3)).toMatchObject({ text: 'Stap 3 van 3. Bezig met controleren…', value: '3' });
  });

  it('speaks English in English, and never shows a step outside the bar', () => {
    expect(show(2, 'en').text).toBe('Step 2 of 3. Looking for the text…');
    expect(show(0).value).toBe('1');
    expect(show(9).value).toBe('3');
  });
});
