import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SavedReview } from '@/lib/review';
import { clickToolbarButton, OUTPUT_DIR, ROOT, waitUntil, type ExtensionBrowser } from './harness';

const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** An axe-core finding in the panel, with up to three of the elements it concerns. */
export interface AxeViolation {
  id: string;
  impact: string;
  nodes: string[];
}

/** The findings that must not ship: serious and critical ones. */
export function serious<T extends { impact: string }>(violations: T[]): T[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Drives the REAL side panel (which Playwright does not attach to) over the DevTools
 * protocol: attach to its target through the browser session, evaluate code in it, click
 * and type with real input events, take screenshots.
 */
export class PanelDriver {
  private static watches = 0;
  private nextId = 1;
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();

  private constructor(
    private readonly cdp: CDPSession,
    readonly targetId: string,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget' as never, ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const msg = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (msg.id === undefined) return;
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.error) waiter.fail(new Error(msg.error.message));
      else waiter.ok(msg.result);
    }) as never);
  }

  /**
   * Open `url` in `page` (by default the browser's first tab), open the panel there with the
   * toolbar button, and attach to it.
   */
  static async openOn(ext: ExtensionBrowser, url: string, page?: Page): Promise<{ page: Page; panel: PanelDriver }> {
    page ??= ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(url);
    await clickToolbarButton(ext, page);
    return { page, panel: await PanelDriver.attach(ext.cdp, ext.extensionId) };
  }

  /** Wait for the side panel target of the extension to appear and attach to it. */
  static async attach(cdp: CDPSession, extensionId: string, timeoutMs = 15_000): Promise<PanelDriver> {
    const url = `chrome-extension://${extensionId}/sidepanel.html`;
    const target = await waitUntil(
      async () => {
        const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'page' }] } as never)) as unknown as {
          targetInfos: { targetId: string; type: string; url: string }[];
        };
        return targetInfos.find((t) => t.url.startsWith(url));
      },
      { timeoutMs, intervalMs: 100, message: 'The side panel did not open' },
    );
    const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId: target.targetId, flatten: false } as never)) as unknown as { sessionId: string };
    const driver = new PanelDriver(cdp, target.targetId, sessionId);
    await driver.send('Runtime.enable');
    // E2E_CPU_SLOWDOWN=6 makes the panel run as on a slow machine, to shake out races
    // that only show on a busy CI runner.
    const slowdown = Number(process.env.E2E_CPU_SLOWDOWN ?? '');
    if (slowdown > 1) await driver.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await driver.waitFor(`document.readyState === 'complete' && !!document.querySelector('main')`);
    return driver;
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((ok, fail) => {
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail });
      this.cdp
        .send('Target.sendMessageToTarget' as never, { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) } as never)
        .catch((e: Error) => {
          this.pending.delete(id);
          fail(e);
        });
    });
  }

  /** Evaluate an expression in the panel and return its (JSON) value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as T;
  }

  /** Wait until `expression` (which may be a promise, e.g. a storage read) is truthy in the panel. */
  async waitFor(expression: string, timeoutMs = 15_000): Promise<void> {
    let shown = '';
    try {
      await waitUntil(
        async () => {
          const ok = await this.evaluate<boolean>(`(async () => Boolean(await (${expression})))()`).catch(() => false);
          if (!ok) shown = await this.evaluate<string>(`document.body.innerText.replace(/\\s+/g, ' ').slice(0, 600)`).catch(() => '');
          return ok;
        },
        { timeoutMs, intervalMs: 100, message: `Timed out waiting for: ${expression}` },
      );
    } catch (error) {
      // say what the panel showed instead, so a failure on a busy machine can be understood
      throw new Error(`${(error as Error).message}\nThe panel showed: ${shown}`);
    }
  }

  /**
   * Call before making a tab of the panel's window load a page whose URL contains `urlPart`.
   * The returned function waits until the panel has received that tab's "complete" event and
   * has had its turn to handle it: the panel's own listener was added first, so it runs first;
   * it asks which tab is active and may read storage, and this waits for the same two round
   * trips and one more task after them. For checking that the panel does NOT change.
   */
  async tabLoadSeen(urlPart: string): Promise<() => Promise<void>> {
    const flag = JSON.stringify(`__e2eTabSeen${++PanelDriver.watches}`);
    await this.evaluate(`void (() => {
      window[${flag}] = false;
      const listener = (tabId, change, tab) => {
        if (change.status !== 'complete' || !(tab.url ?? '').includes(${JSON.stringify(urlPart)})) return;
        chrome.tabs.onUpdated.removeListener(listener);
        chrome.tabs.query({ active: true, currentWindow: true })
          .then(() => chrome.storage.local.get(null))
          .then(() => { const c = new MessageChannel(); c.port1.onmessage = () => (window[${flag}] = true); c.port2.postMessage(0); });
      };
      chrome.tabs.onUpdated.addListener(listener);
    })()`);
    return () => this.waitFor(`window[${flag}] === true`);
  }

  /** Text content of the first element matching a selector, or null. */
  text(selector: string): Promise<string | null> {
    return this.evaluate<string | null>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
  }

  /** Click the element with a real mouse event at its centre (scrolled into view first). */
  async click(selector: string): Promise<void> {
    // Real mouse events at the element's centre. The panel may still move things when it has just
    // opened (its first look at the tab lands); a click that did not reach the element is aimed
    // again, so a test never clicks what happened to be there a moment later.
    for (let attempt = 0; attempt < 5; attempt++) {
      const box = await this.evaluate<{ x: number; y: number } | null>(`(() => {
        const el = document.querySelector(${JSON.stringify(selector)});
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        window.__e2eClicked = false;
        el.addEventListener('click', () => { window.__e2eClicked = true; }, { once: true, capture: true });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })()`);
      if (!box) throw new Error(`No element for ${selector}`);
      for (const type of ['mousePressed', 'mouseReleased']) {
        await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
      }
      if (await this.evaluate<boolean>('window.__e2eClicked === true')) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`The click on ${selector} did not reach it`);
  }

  /** Open an item's full card (the review shows one summary line per item until it is opened). */
  async openItem(id: string): Promise<void> {
    const toggle = JSON.stringify(`[data-item="${id}"] [data-action="toggle-item"]`);
    const expanded = `document.querySelector(${toggle})?.getAttribute('aria-expanded') === 'true'`;
    if (await this.evaluate<boolean>(expanded)) return;
    await this.click(JSON.parse(toggle) as string);
    await this.waitFor(expanded);
  }

  /** Click the button whose visible text is exactly `label`. */
  async clickButton(label: string): Promise<void> {
    const found = await this.evaluate<boolean>(`(() => {
      document.querySelectorAll('[data-e2e-target]').forEach((el) => el.removeAttribute('data-e2e-target'));
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)});
      button?.setAttribute('data-e2e-target', '');
      return Boolean(button);
    })()`);
    if (!found) throw new Error(`No button "${label}"`);
    await this.click('[data-e2e-target]');
  }

  async press(key: string): Promise<void> {
    const keyCodes: Record<string, number> = { Backspace: 8, Enter: 13, Tab: 9, Escape: 27, ' ': 32, ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40 };
    // Enter and Space carry their text, as a real key does: a focused button is pressed by them.
    const text = key === 'Enter' ? '\r' : key === ' ' ? ' ' : undefined;
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code: key === ' ' ? 'Space' : key, windowsVirtualKeyCode: keyCodes[key] ?? 0, ...(text ? { text } : {}) });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key });
  }

  async insertText(text: string): Promise<void> {
    await this.send('Input.insertText', { text });
  }

  /** Choose files in a file input, as the user does in the file dialog (fires its change event). */
  async setFiles(selector: string, files: string[]): Promise<void> {
    const { root } = await this.send<{ root: { nodeId: number } }>('DOM.getDocument', { depth: 0 });
    const { nodeId } = await this.send<{ nodeId: number }>('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`No file input ${selector}`);
    await this.send('DOM.setFileInputFiles', { files, nodeId });
  }

  /** Run axe-core (WCAG 2.0–2.2 A and AA rules) on the panel as it is now. */
  async axe(): Promise<AxeViolation[]> {
    if (!(await this.evaluate<boolean>(`typeof axe !== 'undefined'`))) await this.evaluate<void>(`${readFileSync(AXE_SOURCE, 'utf8')}\n;undefined`);
    return this.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`);
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  /** Close the side panel (as the user closing it) and wait until its target is gone. */
  async close(): Promise<void> {
    await this.cdp.send('Target.closeTarget' as never, { targetId: this.targetId } as never).catch(() => undefined);
    await waitUntil(
      async () => {
        const { targetInfos } = (await this.cdp.send('Target.getTargets' as never, { filter: [{ type: 'page' }] } as never)) as unknown as {
          targetInfos: { targetId: string }[];
        };
        return !targetInfos.some((t) => t.targetId === this.targetId);
      },
      { timeoutMs: 5_000, message: 'The side panel did not close' },
    );
  }
}

/** The reviews the panel stored in browser.storage.local, by storage key (`review:` + the review's key; test-side reading, no product hook). */
export function storedReviews(panel: PanelDriver): Promise<Record<string, SavedReview>> {
  return panel.evaluate(`chrome.storage.local.get(null).then((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('review:') && !k.endsWith('$'))))`);
}

/** The review the panel stored under the review key `key` (a page's normalised URL, or `file:` + a file name), if any. */
export async function storedReview(panel: PanelDriver, key: string): Promise<SavedReview | undefined> {
  return (await storedReviews(panel))[`review:${key}`];
}

/** The verdict per item as the panel shows it. */
export function shownVerdicts(panel: PanelDriver): Promise<Record<string, string>> {
  return panel.evaluate(`Object.fromEntries([...document.querySelectorAll('[data-item]')].map((el) => [el.dataset.item, el.dataset.verdict]))`);
}

/**
 * Run axe on the panel as it is now and expect no serious or critical findings (a failure shows
 * all findings). `saveAs`: first keep all findings in test-output/`saveAs`.
 */
export async function expectNoSeriousAxe(panel: PanelDriver, saveAs?: string): Promise<void> {
  const violations = await panel.axe();
  if (saveAs) writeOutput(saveAs, JSON.stringify(violations, null, 2));
  expect(serious(violations), JSON.stringify(violations, null, 2)).toEqual([]);
}

/** Keep a screenshot of the panel as it is now in test-output/`name`. */
export async function saveScreenshot(panel: PanelDriver, name: string): Promise<void> {
  writeOutput(name, await panel.screenshot());
}

function writeOutput(name: string, data: string | Buffer): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, name), data);
}

/** Select the text of a field and type over it, as a user does. */
export async function typeInto(panel: PanelDriver, selector: string, text: string): Promise<void> {
  await panel.click(selector);
  await panel.evaluate(`document.querySelector(${JSON.stringify(selector)}).select()`);
  await panel.insertText(text);
}

/** The first-run form of the letter view: the council's details, then "Bewaar de gegevens". */
export async function fillCouncilDetails(panel: PanelDriver): Promise<void> {
  await typeInto(panel, '#f-council-name', 'Cliëntenraad Lindeveld');
  await typeInto(panel, '#f-council-email', 'raad@example.nl');
  await typeInto(panel, '#f-recipient-municipality', 'Lindeveld');
  await typeInto(panel, '#f-recipient-region', 'Regio Lindeveld');
  await typeInto(panel, '#f-signatories-0--name', 'A. de Vries');
  await typeInto(panel, '#f-contact-name', 'C. Bakker');
  await typeInto(panel, '#f-contact-email', 'c.bakker@example.nl');
  await panel.clickButton('Bewaar de gegevens');
}
