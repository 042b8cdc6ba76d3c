import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { analyze } from '@/lib/check';
import type { Review } from '@/lib/check/types';
import { locChecklist } from '@/lib/checklist';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { parseHtmlDocument } from '@/cli/dom';

/**
 * End-to-end harness: the BUILT extension (.output/chrome-mv3) loaded into Debian's Chromium
 * through playwright-core, fixture pages served from 127.0.0.1, and the toolbar button
 * "clicked" through the DevTools protocol (Extensions.triggerAction), which grants activeTab
 * exactly as a user's click does and opens the real side panel.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const OUTPUT_DIR = resolve(ROOT, 'test-output');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Why e2e tests cannot run here, or null. In CI (CI=true) a reason is a failure, not a skip. */
function missingPrerequisite(): string | null {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return `No built extension in ${EXTENSION_DIR} (run npm run build)`;
  return null;
}

/**
 * Call at the top of an e2e file: returns true when the tests must be skipped here, and
 * throws in CI (CI=true), where a missing browser or build is a failure, not a skip.
 */
export function skipE2E(): boolean {
  const missing = missingPrerequisite();
  if (missing && process.env.CI === 'true') throw new Error(`E2E prerequisite missing in CI: ${missing}`);
  return missing !== null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Serve files under the repo's tests/fixtures and examples folders on 127.0.0.1, and pages a
 * test makes itself (too big to commit) under /generated/NAME.
 */
export async function serveFixtures(generated: Record<string, string> = {}): Promise<{ url: (path: string) => string; close: () => Promise<void> }> {
  const roots: Record<string, string> = { fixtures: resolve(ROOT, 'tests/fixtures'), examples: resolve(ROOT, 'examples') };
  const server: Server = createServer((req, res) => {
    const [, top, ...rest] = decodeURIComponent((req.url ?? '/').split('?')[0]!).split('/');
    const made = top === 'generated' ? generated[rest.join('/')] : undefined;
    if (made !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(made);
      return;
    }
    const base = roots[top ?? ''];
    const file = base ? normalize(join(base, ...rest)) : '';
    if (!base || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * Wait for a condition, never for a fixed time: call `probe` until it returns a truthy value and
 * return that value; throw `message` once `timeoutMs` has passed. The pause between two probes
 * is the only timer the end-to-end tests use.
 */
export async function waitUntil<T>(
  probe: () => T | Promise<T>,
  { timeoutMs = 15_000, intervalMs = 50, message }: { timeoutMs?: number; intervalMs?: number; message: string | (() => string) },
): Promise<Exclude<T, undefined | null | false | 0 | ''>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as Exclude<T, undefined | null | false | 0 | ''>;
    if (Date.now() > deadline) throw new Error(typeof message === 'function' ? message() : message);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Browser-level DevTools session (for Extensions.* commands). */
  cdp: CDPSession;
  userDataDir: string;
  close: () => Promise<void>;
}

export async function launchWithExtension(userDataDir = mkdtempSync(join(tmpdir(), 'regiovisie-e2e-'))): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  // The worker can exist before its script has added the click listener; a click then is lost.
  await waitUntil(() => worker.evaluate<boolean>('chrome.action.onClicked.hasListeners()').catch(() => false), {
    message: 'The extension did not start listening for the toolbar button',
  });
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  return {
    context,
    extensionId,
    cdp,
    userDataDir,
    close: async () => {
      await context.close();
    },
  };
}

export type FixtureServer = Awaited<ReturnType<typeof serveFixtures>>;

/**
 * For a describe block: serve the fixtures (and `generated` pages) and start Chromium with the extension before its
 * tests, and close both (and remove the profile) after. Read `ext` and `server` inside tests.
 */
export function useExtension(generated: Record<string, string> = {}): { readonly ext: ExtensionBrowser; readonly server: FixtureServer } {
  const env = {} as { ext: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    env.server = await serveFixtures(generated);
    env.ext = await launchWithExtension();
  });
  afterAll(async () => {
    await env.ext?.close();
    removeProfile(env.ext?.userDataDir ?? '');
    await env.server?.close();
  });
  return env;
}

/**
 * The automatic review the panel must show for a page of this HTML (read from `url`, when
 * given), computed in Node as the CLI computes it.
 */
export function expectedReview(html: string, url?: string): Review {
  return analyze(extractFromHtmlDocument(parseHtmlDocument(html), { url }), locChecklist);
}

/**
 * A point to read as the checker in Node marks it, written out here rather than taken from
 * isToRead so the panel is compared with the flags themselves: a deels on one vague word (faint)
 * or an aanwezig that one passage carries (single).
 */
export function markedToRead(it: { verdict: string; faint?: boolean; single?: boolean }): boolean {
  return (it.faint === true && it.verdict === 'deels') || (it.single === true && it.verdict === 'aanwezig');
}

/** Let the browser save downloads into a new temporary folder (named from `prefix`) without asking; returns the folder. */
export async function allowDownloads(ext: ExtensionBrowser, prefix: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await ext.cdp.send('Browser.setDownloadBehavior' as never, { behavior: 'allow', downloadPath: dir } as never);
  return dir;
}

/** Wait until `dir` holds a file whose name ends in `suffix`; returns the names of all such files. */
export function downloaded(dir: string, suffix: string, timeoutMs = 20_000): Promise<string[]> {
  return waitUntil(
    () => {
      const files = readdirSync(dir).filter((f) => f.endsWith(suffix));
      return files.length > 0 && files;
    },
    { timeoutMs, intervalMs: 200, message: () => `No ${suffix} downloaded to ${dir}: ${readdirSync(dir).join(', ')}` },
  );
}

/** Remove a profile folder made by launchWithExtension. */
export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The DevTools "tab" target of a page (its parent target; Extensions.triggerAction wants that one). */
async function tabTargetIdOf(ext: ExtensionBrowser, page: Page): Promise<string> {
  const { targetInfos } = (await ext.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  return tab.targetId;
}

/**
 * Click the extension's toolbar button for a tab, as a user would: grants activeTab for that
 * tab and opens the side panel (attach to it with PanelDriver.attach).
 */
export async function clickToolbarButton(ext: ExtensionBrowser, tab: Page): Promise<void> {
  await ext.cdp.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: await tabTargetIdOf(ext, tab) } as never);
}

/** The text of the highlights on a page (CSS Custom Highlight API, or the <mark> fallback). */
export function highlightedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('regiovisie-toets');
    if (h && h.size > 0) return [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    return [...document.querySelectorAll('mark[data-regiovisie-toets]')].map((m) => m.textContent ?? '');
  });
}
