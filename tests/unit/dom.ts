import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll } from 'vitest';

/**
 * A linkedom document with an empty `#root`, made the global DOM for Preact before the tests of
 * the calling file, and emptied after each test. Component tests render without a browser.
 *
 * `animationFrames`: also give Node a `requestAnimationFrame` (a zero timer), which it lacks, as
 * the panel's hook tests have.
 */
export function useDom({ animationFrames = false }: { animationFrames?: boolean } = {}) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = () => document.getElementById('root')!;
  beforeAll(() => {
    Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
    if (animationFrames) Object.assign(globalThis, { requestAnimationFrame: (f: () => void) => setTimeout(f, 0) });
  });
  afterEach(() => act(() => render(null, root())));
  return { document, window, root };
}
