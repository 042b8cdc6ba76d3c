import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { builtInTemplates } from '@/lib/letter';
import { TemplateSelect } from '@/components/letter/TemplateSelect';
import { useDom } from '../dom';
import { renderView } from './render';

useDom();

function optionsIn(locale: 'nl' | 'en'): string[] {
  const root = renderView(<TemplateSelect id="t" value={builtInTemplates[0]!.id} onChange={() => {}} />, locale);
  const names = [...root.querySelectorAll('option')].map((o) => o.textContent ?? '');
  act(() => render(null, root));
  return names;
}

describe('TemplateSelect', () => {
  it('names every built-in template in the UI language: its own title in Dutch, translated in English', () => {
    expect(optionsIn('nl')).toEqual(builtInTemplates.map((tpl) => tpl.title));
    expect(optionsIn('en')).toEqual(['Advice letter to the municipal council (in Dutch)', 'Short covering letter (in Dutch)']);
  });
});
