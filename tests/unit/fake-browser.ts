import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Make WXT's in-memory fake browser the extension's `browser`: @wxt-dev/browser picks
 * `globalThis.browser` when it has a runtime id. Call it before the modules that use the
 * browser are loaded (import those with `await import(...)` after the call).
 */
export function installFakeBrowser(): void {
  (fakeBrowser.runtime as { id?: string }).id = 'test-extension';
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
}
