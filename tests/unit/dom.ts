import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll } from 'vitest';

/**
 * A linkedom document with an empty `#root`, made the global DOM for Preact before the tests of
 * the calling file, and emptied after each test. Component tests render without a browser.
 */
export function useDom() {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  beforeAll(() => {
    Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
  });
  afterEach(() => act(() => render(null, document.getElementById('root')!)));
  return { document, window };
}
