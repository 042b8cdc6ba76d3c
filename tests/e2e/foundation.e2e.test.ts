import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { parseHtmlDocument } from '@/cli/dom';
import { sidepanelInitialScripts } from '@/cli/build-files';
import { skipE2E, ROOT, useExtension } from './harness';
import { PanelDriver, saveScreenshot } from './panel-driver';

const skip = skipE2E();

describe.skipIf(skip)('the built extension in Chromium', () => {
  const env = useExtension();

  it('asks for no host permissions at install', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('cannot send anything over the network: its pages may connect only to the extension itself', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'self'");
    const { page, panel } = await PanelDriver.openOn(env.ext, env.server.url('fixtures/extract/leeg.html'), await env.ext.context.newPage());
    // A request to a server that answers (it served the page above) is blocked; the
    // extension's own files are not, so the block is the policy, not a broken fetch.
    const outcome = await panel.evaluate<string[]>(`Promise.all([
      fetch(${JSON.stringify(env.server.url('fixtures/extract/leeg.html'))}).then(() => 'sent', () => 'blocked'),
      fetch(chrome.runtime.getURL('manifest.json')).then((r) => (r.ok ? 'own file read' : 'own file failed'), () => 'own file blocked'),
    ])`);
    expect(outcome).toEqual(['blocked', 'own file read']);
    await panel.close();
    await page.close();
  });

  it('keeps docx, pdf.js and Readability out of the side panel\'s first-load JavaScript', () => {
    const dir = join(ROOT, '.output/chrome-mv3');
    const initial = sidepanelInitialScripts(dir);
    expect(initial.length).toBeGreaterThan(0);
    // A string only each library has: the WordprocessingML namespace docx writes, pdf.js's
    // worker setting, and a method name of Readability (kept by the minifier: a property).
    const markers = { docx: 'schemas.openxmlformats.org/wordprocessingml', pdfjs: 'GlobalWorkerOptions', readability: '_grabArticle' };
    const all = readdirSync(join(dir, 'chunks')).map((f) => readFileSync(join(dir, 'chunks', f), 'utf8'));
    for (const [library, marker] of Object.entries(markers)) {
      expect(all.some((code) => code.includes(marker)), `${library} is in a lazy chunk`).toBe(true);
      for (const file of initial) expect(readFileSync(join(dir, file), 'utf8').includes(marker), `${library} in ${file}`).toBe(false);
    }
    // The PDF worker ships inside the extension (nothing is loaded from the network).
    expect(readdirSync(join(dir, 'assets')).some((f) => /^pdf\.worker.*\.mjs$/.test(f))).toBe(true);
  });

  it('reads a fixture page through the toolbar button and the side panel', async () => {
    const { panel } = await PanelDriver.openOn(env.ext, env.server.url('fixtures/extract/accordeon.html'));

    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`document.querySelector('[data-testid="doc-counts"]')`);

    // The panel must show what the same extraction gives in Node for the same file.
    const expected = extractFromHtmlDocument(parseHtmlDocument(readFileSync(join(ROOT, 'tests/fixtures/extract/accordeon.html'), 'utf8')));
    expect(await panel.text('[data-testid="doc-title"]')).toBe('Regiovisie jeugdhulp Waterland-Oost');
    const blocks = await panel.evaluate<string>(`document.querySelector('[data-testid="doc-counts"]').dataset.blocks`);
    expect(Number(blocks)).toBe(expected.blocks.length);
    expect(expected.blocks.length).toBeGreaterThan(8);
    expect(await panel.text('[data-testid="doc-counts"]')).toContain(`${expected.blocks.length} tekstblokken`);

    await saveScreenshot(panel, 'sidepanel-foundation.png');
    await panel.close();
  });

  it('says in plain Dutch when a page has too little text to check', async () => {
    const { page, panel } = await PanelDriver.openOn(env.ext, env.server.url('fixtures/extract/leeg.html'), await env.ext.context.newPage());
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`[...document.querySelectorAll('.notice')].some((n) => n.textContent.includes('te weinig tekst'))`);
    expect(await panel.evaluate<number>(`document.querySelectorAll('[data-item]').length`)).toBe(0);
    await panel.close();
    await page.close();
  });

  it('warns in plain Dutch when a page is not in Dutch', async () => {
    const { page, panel } = await PanelDriver.openOn(env.ext, env.server.url('fixtures/extract/engels.html'), await env.ext.context.newPage());
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`[...document.querySelectorAll('.notice')].some((n) => n.textContent.includes('niet in het Nederlands'))`);
    await panel.close();
    await page.close();
  });

  it('explains in Dutch that a browser page cannot be read', async () => {
    const { page, panel } = await PanelDriver.openOn(env.ext, 'chrome://version', await env.ext.context.newPage());
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`document.querySelector('[role="alert"]')`);
    expect(await panel.text('[role="alert"]')).toContain('De extensie kan deze pagina niet lezen');
    await panel.close();
    await page.close();
  });
});
