import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { parseHtmlDocument } from '@/cli/dom';
import { normaliseUrl } from '@/lib/review';
import { translate } from '@/lib/i18n';
import { quoteStart } from '@/lib/review/show-on-page';
import { expectedReview, markedToRead, ROOT, serveFixtures, waitUntil, type FixtureServer } from './harness';

/**
 * The BUILT Firefox add-on in Debian's firefox-esr (headless), driven by puppeteer-core over
 * WebDriver BiDi: the same manifest and code that ship (built here with the shipped wxt config
 * into a folder of its own, so a build running elsewhere in the checkout cannot get in the way).
 *
 * - The toolbar button is clicked through Firefox's own browser-action code in the browser
 *   window (`triggerAction`, the code path of a real click): that grants `activeTab` for the tab
 *   and opens the real sidebar. Evaluating in the browser window needs
 *   `--remote-allow-system-access`, a launch flag, not a change to the add-on.
 * - WebDriver BiDi cannot reach into the sidebar, so the panel's own page
 *   (moz-extension://…/sidepanel.html) is loaded in a tab of the same window, behind the page to
 *   check: the panel works on the active tab of its window, as it does in the sidebar.
 *
 * Locally without Firefox the tests skip; with CI=true a missing Firefox is a failure.
 * FIREFOX_PATH points at another Firefox; FIREFOX_ADDON_DIR at a build to use instead of building.
 */

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const ADDON_ID = 'regiovisie-toets@example.nl';
const ADDON_DIR = process.env.FIREFOX_ADDON_DIR ? resolve(process.env.FIREFOX_ADDON_DIR) : resolve(ROOT, '.output/firefox-mv2-e2e');
const FIXTURE = 'fixtures/checker/regiovisie-breed.html';

function skipFirefox(): boolean {
  if (existsSync(FIREFOX)) return false;
  const missing = `Firefox not found at ${FIREFOX} (install firefox-esr, or set FIREFOX_PATH)`;
  if (process.env.CI === 'true') throw new Error(`E2E prerequisite missing in CI: ${missing}`);
  return true;
}

const skip = skipFirefox();

/** Build the add-on as `npx wxt build -b firefox` does, into ADDON_DIR instead of .output/firefox-mv2. */
function buildAddon(): void {
  if (process.env.FIREFOX_ADDON_DIR) return;
  const script = `import { build } from 'wxt'; await build({ browser: 'firefox', outDirTemplate: 'firefox-mv2-e2e' });`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`The Firefox build failed:\n${r.stdout}\n${r.stderr}`);
}

/** The WebExtension globals inside the panel page (typed loosely: this file runs in Node). */
type PanelWindow = typeof globalThis & {
  browser: {
    storage: { local: { get: (k: string | null) => Promise<Record<string, unknown>> } };
    tabs: { query: (q: object) => Promise<{ id: number }[]>; getCurrent: () => Promise<{ id: number }> };
  };
};

/** The WebDriver BiDi connection under puppeteer's Browser (public at run time, not in its types). */
function bidi(browser: Browser): { send: (method: string, params: object) => Promise<unknown> } {
  return (browser as unknown as { connection: { send: (method: string, params: object) => Promise<unknown> } }).connection;
}

describe.skipIf(skip)('the built add-on in Firefox (sidebar page, WebDriver BiDi)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page; // the regiovisie page being checked
  let panel: Page; // the panel's own page, in a tab behind it
  let chromeContext = '';
  let host = ''; // the add-on's moz-extension host
  const downloads = mkdtempSync(join(tmpdir(), 'regiovisie-firefox-dl-'));
  // The automatic review the panel must show, computed in Node from the same file.
  const expected = expectedReview(readFileSync(join(ROOT, 'tests', FIXTURE), 'utf8'));
  const first = expected.items[0]!;
  const target = first.verdict === 'ontbreekt' ? 'deels' : 'ontbreekt';

  /** Evaluate in the browser window itself (privileged; the test only, never the add-on). */
  async function inBrowserWindow<T>(expression: string): Promise<T> {
    const { result } = (await bidi(browser).send('script.evaluate', { target: { context: chromeContext }, expression, awaitPromise: true })) as {
      result: { type: string; result?: { value?: T }; exceptionDetails?: { text: string } };
    };
    if (result.type !== 'success') throw new Error(`In the browser window: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
    return (result.result?.value ?? null) as T;
  }

  /** Click the add-on's toolbar button for the selected tab, as a user does. */
  async function clickToolbarButton(): Promise<void> {
    await inBrowserWindow(`(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension).triggerAction(window);
    })()`);
  }

  /** The page shown in the sidebar, or null when the sidebar is closed. */
  function sidebarPage(): Promise<string | null> {
    return inBrowserWindow(`(() => {
      if (!SidebarController.isOpen) return null;
      const inner = SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser');
      return inner?.currentURI?.spec ?? null;
    })()`);
  }

  /** Wait until `probe` (run in the panel page) is truthy. */
  async function until<A>(probe: (arg: A) => unknown, arg: A, message: string, timeoutMs = 15_000): Promise<void> {
    try {
      await waitUntil(() => panel.evaluate(probe as never, arg as never).catch(() => false), { timeoutMs, intervalMs: 100, message });
    } catch (error) {
      const shown = await panel.evaluate(() => document.body.innerText.replace(/\s+/g, " ").slice(0, 600)).catch((e: Error) => `(unreadable: ${e.message})`);
      throw new Error(`${(error as Error).message}; the panel shows: ${shown}`);
    }
  }

  /** Open the panel's page in a new tab of this window, then bring the page to check to the front. */
  async function openPanel(): Promise<void> {
    panel = await browser.newPage();
    // The driver never hears that a moz-extension page has loaded: start the navigation and
    // wait for the panel itself.
    const context = (panel.mainFrame() as unknown as { _id: string })._id;
    await bidi(browser).send('browsingContext.navigate', { context, url: `moz-extension://${host}/sidepanel.html`, wait: 'none' });
    await waitUntil(
      () => panel.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete' && !!document.querySelector('main')).catch(() => false),
      { message: 'The panel page did not load' },
    );
    await page.bringToFront();
    // The panel works on the active tab of its window: wait until that is no longer its own.
    await until(
      async () => {
        const tabs = (globalThis as unknown as PanelWindow).browser.tabs;
        const [[active], own] = await Promise.all([tabs.query({ active: true, currentWindow: true }), tabs.getCurrent()]);
        return active !== undefined && active.id !== own.id;
      },
      undefined,
      'The page to check did not come to the front',
    );
  }

  /** Close the panel's tab as a user does (the tab's close button), and wait until it is gone. */
  async function closePanel(): Promise<void> {
    const found = await inBrowserWindow<boolean>(`(() => {
      const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === 'moz-extension://${host}/sidepanel.html');
      if (tab) gBrowser.removeTab(tab, { animate: false });
      return Boolean(tab);
    })()`);
    if (!found) throw new Error('No panel tab to close');
    await waitUntil(
      () => panel.evaluate(() => false).then(() => false, () => true), // its page is gone
      { message: 'The panel tab did not close' },
    );
  }

  async function clickButton(label: string): Promise<void> {
    const found = await panel.evaluate((l) => {
      const b = [...document.querySelectorAll('button')].find((el) => el.textContent?.trim() === l);
      b?.click();
      return Boolean(b);
    }, label);
    if (!found) throw new Error(`No button "${label}" in the panel`);
  }

  async function fill(selector: string, value: string): Promise<void> {
    const found = await panel.evaluate(
      (s, v) => {
        const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(s);
        if (!el) return false;
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      selector,
      value,
    );
    if (!found) throw new Error(`No field ${selector} in the panel`);
  }

  beforeAll(async () => {
    buildAddon();
    server = await serveFixtures();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // The letter is saved into `downloads`, without asking.
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        // The panel's tab is in the background: do not slow its timers down.
        'dom.min_background_timeout_value': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    });
    const installed = await browser.installExtension(ADDON_DIR);
    expect(installed).toBe(ADDON_ID);
    const { result } = (await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    chromeContext = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')!.context;
    host = await inBrowserWindow<string>(`WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).mozExtensionHostname`);
    page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.goto(server.url(FIXTURE));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('is the shipped manifest: no host permissions, a sidebar that does not open at install', () => {
    const manifest = JSON.parse(readFileSync(join(ADDON_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.sidebar_action).toEqual({ default_panel: 'sidepanel.html', default_title: '__MSG_extName__', open_at_install: false });
    expect(manifest.browser_specific_settings.gecko.id).toBe(ADDON_ID);
  });

  it('opens the sidebar from the toolbar button, and without that click the page cannot be read', async () => {
    expect(await sidebarPage()).toBeNull(); // not opened at install
    // The panel without the click: no activeTab, so reading the page is refused.
    await openPanel();
    await until(() => !!document.querySelector('button.primary'), undefined, 'No start screen');
    await clickButton('Controleer deze pagina');
    await until(() => !!document.querySelector('[role="alert"]') || document.querySelectorAll('[data-item]').length > 0, undefined, 'The panel said nothing');
    expect(await panel.evaluate(() => document.querySelectorAll('[data-item]').length)).toBe(0);
    expect(await panel.evaluate(() => document.querySelector('[role="alert"]')?.textContent)).toBe(
      'De extensie mag deze pagina nu niet lezen. Klik eerst op het icoon van Regiovisie-toets in de werkbalk. Klik dan opnieuw op de knop.',
    );
    await panel.close();

    await clickToolbarButton();
    await waitUntil(() => sidebarPage().then((url) => url === `moz-extension://${host}/sidepanel.html`), { message: 'The toolbar button did not open the sidebar' });
    // One panel at a time: close the sidebar (activeTab stays granted for the tab) and open the panel's page in a tab.
    await inBrowserWindow(`SidebarController.hide()`);
    await waitUntil(() => sidebarPage().then((url) => url === null), { message: 'The sidebar did not close' });
  });

  it('checks the page and shows every item with the same verdict as the checker in Node', async () => {
    await openPanel();
    expect(await panel.evaluate(() => document.querySelector('button.primary')?.textContent)).toBe('Controleer deze pagina');
    await clickButton('Controleer deze pagina');
    await until((n) => document.querySelectorAll('[data-item]').length === n, expected.items.length, 'No review shown');
    const shown = await panel.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-item]')].map((el) => [el.dataset.item, el.dataset.verdict])));
    expect(shown).toEqual(Object.fromEntries(expected.items.map((it) => [it.id, it.verdict])));
    expect(await panel.evaluate(() => document.querySelector('[data-testid="status"]')?.textContent)).toContain('Klaar');
    expect(await panel.evaluate(() => document.querySelector('[data-testid="review-progress"]')?.textContent)).toBe(`0 van ${expected.items.length} bekeken`);
    // "Lees dit na" on the faint deels and the single aanwezig the checker in Node marks, and no others
    const toRead = expected.items.filter(markedToRead).map((it) => it.id);
    expect(expected.items.some((it) => it.single && it.verdict === 'aanwezig')).toBe(true);
    const shownToRead = await panel.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-item]')].filter((el) => el.querySelector('.verdict-line .to-read')?.textContent === 'Lees dit na').map((el) => el.dataset.item));
    expect(shownToRead).toEqual(toRead);
    // The quotes of the first item, in the checker's order.
    const quotes = await panel.evaluate(
      (id) => [...document.querySelectorAll(`[data-item="${id}"] .evidence-list:not(.own) .evidence blockquote`)].map((q) => q.textContent),
      first.id,
    );
    expect(quotes).toEqual(first.evidence.map((e) => e.quote));
  });

  it('keeps a verdict changed by hand after closing and reopening the panel', async () => {
    // Straight after the check (its own save, with the page's whole text, may still be under
    // way): choose a verdict and close the panel at once, without waiting for the change to show
    // or for the panel to say it saved. Firefox aborts a write of a closing page that has not
    // finished, even one started in time; the panel hands its writes to the background page
    // (entrypoints/sidepanel/store-relay.ts, tests/unit/sidepanel/firefox-close.test.tsx).
    const key = `review:${normaliseUrl(server.url(FIXTURE))}`;
    await panel.evaluate(
      (id, v) => {
        const select = document.querySelector<HTMLSelectElement>(`[data-item="${id}"] select[data-action="verdict"]`)!;
        select.value = v;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      first.id,
      target,
    );
    await closePanel();

    await openPanel();
    await until((id) => !!document.querySelector(`[data-item="${id}"]`), first.id, 'The reopened panel did not show the saved review');
    const item = await panel.evaluate(
      (id) => {
        const el = document.querySelector<HTMLElement>(`[data-item="${id}"]`)!;
        return { verdict: el.dataset.verdict, byHand: el.dataset.byHand, line: el.querySelector('.verdict-line')?.textContent ?? '', select: el.querySelector('select')!.value };
      },
      first.id,
    );
    expect(item).toMatchObject({ verdict: target, byHand: 'true', select: target });
    expect(item.line).toContain('aangepast door u');
    expect(item.line).toContain(`Automatisch: ${first.verdict}`);
    expect(await panel.evaluate(() => document.querySelector('[data-testid="review-progress"]')?.textContent)).toBe(`1 van ${expected.items.length} bekeken`);
    // And it is in the add-on's storage under the page's address.
    const stored = await panel.evaluate(
      (k, id) => (globalThis as unknown as PanelWindow).browser.storage.local.get(k).then((all) => (all[k] as { decisions?: Record<string, { verdict?: string }> } | undefined)?.decisions?.[id]?.verdict ?? null),
      key,
      first.id,
    );
    expect(stored).toBe(target);
  });

  it('saves the letter as a Word file that reads back with the council, the review and the override', async () => {
    await panel.evaluate(() => document.querySelector<HTMLElement>('[data-view="letter"]')!.click());
    await until(() => !!document.querySelector('#f-council-name'), undefined, 'The letter view did not ask for the council details');
    await fill('#f-council-name', 'Cliëntenraad Lindeveld');
    await fill('#f-council-email', 'raad@example.nl');
    await fill('#f-recipient-municipality', 'Lindeveld');
    await fill('#f-recipient-region', 'Regio Lindeveld');
    await fill('#f-signatories-0--name', 'A. de Vries');
    await fill('#f-contact-name', 'C. Bakker');
    await fill('#f-contact-email', 'c.bakker@example.nl');
    await clickButton('Bewaar de gegevens');
    await until(() => !!document.querySelector('.letter-preview'), undefined, 'No letter preview');
    expect(await panel.evaluate(() => document.querySelector('.letter-preview')?.textContent)).toContain('Aan de gemeenteraad van Lindeveld');

    await clickButton('Maak de brief (Word-bestand)');
    // Firefox writes a placeholder with the final name and the data in a .part file; wait for both to settle.
    const name = await waitUntil(
      () => {
        const files = readdirSync(downloads);
        const docx = files.find((f) => f.endsWith('.docx'));
        return docx && !files.some((f) => f.endsWith('.part')) && statSync(join(downloads, docx)).size > 0 && docx;
      },
      { timeoutMs: 30_000, intervalMs: 200, message: () => `No .docx downloaded to ${downloads}: ${readdirSync(downloads).join(', ')}` },
    );
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(name).toBe(`Adviesbrief regiovisie Lindeveld ${iso}.docx`);
    await until(() => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.includes('opgeslagen als')), undefined, 'The panel did not say the letter was saved');

    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(join(downloads, name)) });
    expect(text).toContain('Cliëntenraad Lindeveld');
    expect(text).toContain('Aan de gemeenteraad van Lindeveld');
    expect(text).toContain('Bijlage 1');
    for (const theme of ['Vertrouwen als basis', 'Organiseer de zorg passend en toegankelijk', 'Kwaliteit van zorg', 'Kinderen, jongeren en ouders zijn experts']) {
      expect(text).toContain(theme);
    }
    // The one verdict changed by hand, and only that one, is marked as the council's.
    expect(text.split('aangepast door de raad').length - 1).toBe(1);
    expect(text).toContain(`1 van de ${expected.items.length}`);
  });

  it('opens a closed accordion panel with the page\'s own button to show a quote, and says so honestly when nothing opens it', async () => {
    const closedPage = 'fixtures/highlight/regiovisie-dichte-delen.html';
    const html = readFileSync(join(ROOT, 'tests', closedPage), 'utf8');
    const doc = parseHtmlDocument(html);
    const review = expectedReview(html);
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    const quoteIn = (selector: string) => {
      const text = squash(doc.querySelector(selector)!.textContent ?? '');
      for (const item of review.items) {
        const n = item.evidence.findIndex((e) => text.includes(e.quote));
        if (n >= 0) return { id: item.id, n, quote: item.evidence[n]!.quote };
      }
      throw new Error(`No quote in ${selector}`);
    };
    // A new page: the toolbar button grants activeTab for it again.
    await page.goto(server.url(closedPage));
    await page.bringToFront();
    await clickToolbarButton();
    await waitUntil(() => sidebarPage().then((url) => url !== null), { message: 'The toolbar button did not open the sidebar' });
    await inBrowserWindow(`SidebarController.hide()`);
    await panel.evaluate(() => document.querySelector<HTMLElement>('[data-view="review"]')?.click());
    await until(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Controleer deze pagina'), undefined, 'No check button for the new page');
    await clickButton('Controleer deze pagina');
    await until((n) => document.querySelectorAll('[data-item]').length === n, review.items.length, 'No review of the new page');

    const showQuote = (id: string, n: number) =>
      panel.evaluate((i, k) => document.querySelectorAll<HTMLElement>(`[data-item="${i}"] .evidence-list:not(.own) > .evidence`)[k]!.querySelector<HTMLElement>('[data-action="show"]')!.click(), id, n);
    const notice = (id: string, text: string) =>
      until(([i, t]) => document.querySelector(`[data-item="${i}"] [data-testid="item-notice"]`)?.textContent === t, [id, text], `No notice "${text}"`);

    const inAccordion = quoteIn('#paneel-wachten');
    await showQuote(inAccordion.id, inAccordion.n);
    await notice(inAccordion.id, 'Gemarkeerd op de pagina.');
    expect(await page.evaluate(() => document.querySelector('[aria-controls="paneel-wachten"]')!.getAttribute('aria-expanded'))).toBe('true');
    // The paragraph with the quote is drawn and scrolled into the window.
    await waitUntil(
      () =>
        page.evaluate((q) => {
          const p = [...document.querySelectorAll('#paneel-wachten p')].find((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(q))!;
          const box = p.getBoundingClientRect();
          return p.checkVisibility() && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        }, inAccordion.quote),
      { message: 'The quote in the accordion was not scrolled into view' },
    );

    const inArchive = quoteIn('.oud-archief');
    await showQuote(inArchive.id, inArchive.n);
    await notice(inArchive.id, translate('nl', 'review.show.closed', { start: quoteStart(inArchive.quote) }));
    expect(await page.evaluate(() => (document.querySelector('.oud-archief') as HTMLElement).hidden)).toBe(true);
  });

  it('deletes a saved review for good when the panel is closed right after “Ja, verwijder”', async () => {
    // Removals go through the background page too (store-relay.ts): closing the panel cannot
    // abort them, so the review does not come back.
    const gone = normaliseUrl(server.url('fixtures/highlight/regiovisie-dichte-delen.html'));
    const kept = normaliseUrl(server.url(FIXTURE));
    await panel.evaluate(() => document.querySelector<HTMLElement>('[data-view="saved"]')!.click());
    await until((k) => !!document.querySelector(`[data-key="${k}"] [data-action="delete"]`), gone, 'The review to delete is not in the saved list');
    await panel.evaluate((k) => document.querySelector<HTMLElement>(`[data-key="${k}"] [data-action="delete"]`)!.click(), gone);
    await until(() => !!document.querySelector('[data-action="delete-yes"]'), undefined, 'No question before deleting');
    await panel.evaluate(() => document.querySelector<HTMLElement>('[data-action="delete-yes"]')!.click());
    await closePanel();

    await openPanel();
    await panel.evaluate(() => document.querySelector<HTMLElement>('[data-view="saved"]')!.click());
    await until((k) => !!document.querySelector(`[data-key="${k}"]`), kept, 'The reopened panel did not list the other review');
    expect(await panel.evaluate((k) => !!document.querySelector(`[data-key="${k}"]`), gone)).toBe(false);
    const stored = await panel.evaluate(() => (globalThis as unknown as PanelWindow).browser.storage.local.get(null).then((all) => all));
    expect(Object.keys(stored).filter((k) => k.includes(gone))).toEqual([]);
    expect((stored.reviewIndex as { key: string }[]).map((s) => s.key)).toEqual([kept]);
  });
});
