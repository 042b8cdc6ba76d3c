/**
 * Rendering a component for a test, in the document of useDom (../dom.ts): wrapped in the
 * I18nProvider of a UI language, as the panel and the options page render it.
 */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import type { Locale } from '@/lib/i18n';
import { I18nProvider } from '@/components/i18n';

/** Render `node` in the UI language `locale` into `#root` (effects run) and return that root. */
export function renderView(node: ComponentChildren, locale: Locale = 'nl'): HTMLElement {
  const root = document.getElementById('root')!;
  act(() => void render(<I18nProvider locale={locale}>{node}</I18nProvider>, root));
  return root;
}

/** Click an element with a bubbling click event, and let Preact update. */
export const click = (el: Element | null | undefined) => act(() => void el!.dispatchEvent(new window.Event('click', { bubbles: true })));
