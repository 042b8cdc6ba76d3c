import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/check';
import { locChecklist } from '@/lib/checklist';
import { pdfToDocument } from '@/cli/pdf';
import { clickToolbarButton, expectedReview, skipE2E, ROOT, useExtension } from './harness';
import { expectNoSeriousAxe, PanelDriver, saveScreenshot, shownVerdicts, storedReview } from './panel-driver';

/**
 * "Of kies een bestand" in the REAL side panel: a PDF (read by pdf.js with its worker, shipped
 * in the extension), a text file, and files it cannot read. The panel must give the verdicts the
 * CLI gives for the same file, cite PDF quotes by page, and offer no "Toon op pagina".
 */

const skip = skipE2E();
const PDF = join(ROOT, 'tests/fixtures/pdf/regiovisie-zuiderveld.pdf');

describe.skipIf(skip)('checking a chosen file in the side panel', () => {
  const env = useExtension();

  it('reads a PDF with pdf.js in the panel: the CLI\'s verdicts, page numbers, no "Toon op pagina"', async () => {
    // The regiovisie is open as a PDF in the browser's viewer: the panel says what to do instead.
    const page = env.ext.context.pages()[0] ?? (await env.ext.context.newPage());
    await page.goto(env.server.url('fixtures/pdf/regiovisie-zuiderveld.pdf')).catch(() => undefined);
    await clickToolbarButton(env.ext, page);
    const panel = await PanelDriver.attach(env.ext.cdp, env.ext.extensionId);
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`document.querySelector('[role="alert"]')`);
    expect(await panel.text('[role="alert"]')).toContain('Sla de pdf op uw computer op');
    expect(await panel.evaluate<boolean>(`document.querySelector('details.file-chooser').open`)).toBe(true);
    await expectNoSeriousAxe(panel);
    await saveScreenshot(panel, 'sidepanel-pdf-tab.png');

    await panel.setFiles('#check-file', [PDF]);
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`, 30_000);
    expect(await panel.evaluate<number>(`document.querySelectorAll('[role="alert"]').length`)).toBe(0);
    // The chooser folded away under the review: the keyboard focus is on the review's heading.
    await panel.waitFor(`document.activeElement?.id === 'review-title'`);

    const doc = await pdfToDocument(new Uint8Array(readFileSync(PDF)), 'regiovisie-zuiderveld.pdf');
    const expected = analyze(doc, locChecklist);
    expect(await shownVerdicts(panel)).toEqual(Object.fromEntries(expected.items.map((it) => [it.id, it.verdict])));
    expect(await panel.text('[data-testid="from-file"]')).toContain('regiovisie-zuiderveld.pdf');
    expect(await panel.text('[data-testid="doc-pages"]')).toBe(`Bladzijden: ${doc.pages}`);

    // Every quote says its page, as the CLI does; nothing offers to show it on a page.
    const pages = await panel.evaluate<number[]>(`[...document.querySelectorAll('.evidence-page')].map((p) => Number(p.dataset.page))`);
    const expectedPages = expected.items.flatMap((it) => it.evidence.map((e) => e.page));
    expect(pages).toHaveLength(expectedPages.length);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.every((n) => n >= 1 && n <= doc.pages!)).toBe(true);
    expect(await panel.evaluate<number>(`document.querySelectorAll('[data-action="show"], [data-action="show-all"], [data-action="use-selection"], [data-action="clear-marks"]').length`)).toBe(0);

    // Saved like any review, under the file's name.
    await panel.waitFor(`document.querySelector('[data-testid="save-state"]')?.dataset.state === 'saved'`);
    expect(await storedReview(panel, 'file:regiovisie-zuiderveld.pdf')).toBeDefined();

    // The tab loading a page does not take the file's review away.
    const seen = await panel.tabLoadSeen('fixtures/extract/leeg.html');
    await page.goto(env.server.url('fixtures/extract/leeg.html'));
    await seen();
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`);
    expect(await panel.text('[data-testid="from-file"]')).toContain('regiovisie-zuiderveld.pdf');
    expect(await panel.text('button.primary')).toBe('Controleer deze pagina');

    await expectNoSeriousAxe(panel);
    await saveScreenshot(panel, 'sidepanel-pdf.png');
    await panel.close();
  });

  it('reads a saved web page, and says in plain Dutch what it cannot read', async () => {
    const { page, panel } = await PanelDriver.openOn(env.ext, env.server.url('fixtures/extract/leeg.html'), await env.ext.context.newPage());

    // A PDF with a password.
    await panel.setFiles('#check-file', [join(ROOT, 'tests/fixtures/pdf/regiovisie-wachtwoord.pdf')]);
    await panel.waitFor(`document.querySelector('[role="alert"]')`);
    expect(await panel.text('[role="alert"]')).toContain('Deze pdf heeft een wachtwoord');

    // A file of another kind.
    await panel.setFiles('#check-file', [join(ROOT, 'package.json')]);
    await panel.waitFor(`document.querySelector('[role="alert"]')?.textContent.includes('Dit soort bestand')`);

    // A scan: read, but there is no text to check.
    await panel.setFiles('#check-file', [join(ROOT, 'tests/fixtures/pdf/regiovisie-scan.pdf')]);
    await panel.waitFor(`[...document.querySelectorAll('.notice')].some((n) => n.textContent.includes('lijkt een scan'))`, 30_000);
    expect(await panel.evaluate<number>(`document.querySelectorAll('[data-item]').length`)).toBe(0);

    // A page saved in an older encoding (Windows-1252): ë and é come through.
    const dir = mkdtempSync(join(tmpdir(), 'rt-file-'));
    const title = 'Regiovisie Ëndeveld: één loket voor financiële hulp';
    const old = join(dir, 'oud.html');
    writeFileSync(old, Buffer.from(`<html><head><meta charset="windows-1252"><title>${title}</title></head><body><h1>${title}</h1><p>De cliëntenraad leest mee.</p></body></html>`, 'latin1'));
    await panel.setFiles('#check-file', [old]);
    await panel.waitFor(`document.querySelector('[data-testid="doc-title"]')?.textContent === ${JSON.stringify(title)}`);

    // A saved web page: read with the browser's DOMParser, the same verdicts as in Node.
    const file = join(ROOT, 'tests/fixtures/checker/regiovisie-gezinnen.html');
    await panel.setFiles('#check-file', [file]);
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`);
    const expected = expectedReview(readFileSync(file, 'utf8'), 'regiovisie-gezinnen.html');
    expect(await shownVerdicts(panel)).toEqual(Object.fromEntries(expected.items.map((it) => [it.id, it.verdict])));
    expect(await panel.evaluate<number>(`document.querySelectorAll('[role="alert"]').length`)).toBe(0);
    await panel.close();
    await page.close();
  });
});
