import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/check';
import { locChecklist } from '@/lib/checklist';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { parseHtmlDocument } from '@/cli/dom';
import { pdfToDocument } from '@/cli/pdf';
import { mergeSourceDocuments, normaliseUrl, sourceIdOfBlock } from '@/lib/review';
import { allowDownloads, clickToolbarButton, downloaded, skipE2E, ROOT, useExtension } from './harness';
import { expectNoSeriousAxe, PanelDriver, saveScreenshot, shownVerdicts } from './panel-driver';

/**
 * Issue 10 in the REAL side panel: one regiovisie spread over two pages and a PDF becomes one
 * review with three sources ("Voeg toe aan deze toetsing"), each quote says its source,
 * removing a source keeps the notes, closing and reopening loses nothing; in "Opgeslagen" two
 * reviews (a concept and the final version) are compared.
 */

const skip = skipE2E();
const VISIE = 'fixtures/sources/proefland-visie.html';
const AGENDA = 'fixtures/sources/proefland-werkagenda.html';
const PDF = join(ROOT, 'tests/fixtures/pdf/regiovisie-zuiderveld.pdf');
const NOTE = 'Navragen: staat dit ook in de begroting?';

const htmlDoc = (path: string, url: string) => extractFromHtmlDocument(parseHtmlDocument(readFileSync(join(ROOT, 'tests', path), 'utf8')), { url });

describe.skipIf(skip)('a review of several sources in the side panel', () => {
  const env = useExtension();

  it('adds a PDF and a second page to the review, labels every quote, keeps the notes when a source goes, and after reopening', async () => {
    const { ext, server } = env;
    const { page, panel: opened } = await PanelDriver.openOn(ext, server.url(VISIE));
    let panel = opened; // opened again later in the test
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`, 30_000);
    expect(await panel.evaluate<number>(`document.querySelectorAll('[data-testid="evidence-source"]').length`)).toBe(0);

    // The PDF: "Voeg toe aan deze toetsing" → a file.
    await panel.evaluate(`document.querySelector('details.sources-box').open = true`);
    await panel.setFiles('[data-testid="add-source-file"]', [PDF]);
    await panel.waitFor(`document.querySelectorAll('li[data-source]').length === 2`, 30_000);
    expect(await panel.text('[data-testid="sources-notice"]')).toContain('is toegevoegd');

    // The work agenda on its own page: the tab goes there, the toolbar button grants access,
    // the review is opened from "Opgeslagen" and the page added.
    const key = normaliseUrl(server.url(VISIE));
    await page.goto(server.url(AGENDA));
    await clickToolbarButton(ext, page);
    await panel.waitFor(`!document.querySelector('[data-item]')`);
    await panel.click('[data-view="saved"]');
    await panel.waitFor(`document.querySelector('li.saved[data-key=${JSON.stringify(key)}]')`);
    await panel.click(`li.saved[data-key=${JSON.stringify(key)}] [data-action="open"]`);
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`);
    await panel.click('[data-action="add-tab-source"]');
    await panel.waitFor(`document.querySelectorAll('li[data-source]').length === 3 || document.querySelector('[data-testid="sources-notice"] .notice-error')`, 30_000);
    expect(await panel.text('[data-testid="sources-notice"]')).toContain('is toegevoegd');
    expect(await panel.evaluate<number>(`document.querySelectorAll('li[data-source]').length`)).toBe(3);

    // The panel's verdicts are those of the three texts checked together (as the CLI does).
    const visie = htmlDoc(VISIE, server.url(VISIE));
    const agenda = htmlDoc(AGENDA, server.url(AGENDA));
    const pdf = await pdfToDocument(new Uint8Array(readFileSync(PDF)), 'regiovisie-zuiderveld.pdf');
    const expected = analyze(
      mergeSourceDocuments([
        { source: { id: 's1' }, doc: visie },
        { source: { id: 's2' }, doc: pdf },
        { source: { id: 's3' }, doc: agenda },
      ]),
      locChecklist,
    );
    expect(await shownVerdicts(panel)).toEqual(Object.fromEntries(expected.items.map((it) => [it.id, it.verdict])));
    // Every quote says its source, as many as the checker found per source.
    const labels = await panel.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="evidence-source"]')].map((p) => p.textContent)`);
    const titles: Record<string, string> = { s1: visie.title, s2: pdf.title, s3: agenda.title };
    const expectedLabels = expected.items.flatMap((it) => it.evidence.map((e) => `Uit: ${titles[sourceIdOfBlock(e.block)]}`));
    expect(labels.sort()).toEqual(expectedLabels.sort());
    expect(new Set(labels).size).toBe(3);
    expect(await panel.evaluate<number>(`document.querySelectorAll('.evidence').length`)).toBe(labels.length);

    // A note on an item, then the PDF goes: the note stays, two sources are left.
    const item = expected.items.find((it) => it.evidence.some((e) => sourceIdOfBlock(e.block) === 's2'))!;
    await panel.openItem(item.id);
    await panel.click(`[data-item="${item.id}"] textarea[data-action="toelichting"]`);
    await panel.insertText(NOTE);
    await panel.click('li[data-source="s2"] [data-action="remove-source"]');
    await panel.waitFor(`document.querySelectorAll('li[data-source]').length === 2`, 30_000);
    expect(await panel.text('[data-testid="sources-notice"]')).toContain('Uw oordelen en notities zijn bewaard');
    expect(await panel.evaluate<string>(`document.querySelector('[data-item="${item.id}"] textarea[data-action="toelichting"]').value`)).toBe(NOTE);
    const afterRemove = analyze(mergeSourceDocuments([{ source: { id: 's1' }, doc: visie }, { source: { id: 's3' }, doc: agenda }]), locChecklist);
    expect(await shownVerdicts(panel)).toEqual(Object.fromEntries(afterRemove.items.map((it) => [it.id, it.verdict])));

    // "Toon op pagina" in the work agenda's tab: its own quotes are marked; a quote of the first page says where it is.
    const fromVisie = afterRemove.items.find((it) => it.evidence[0] && sourceIdOfBlock(it.evidence[0].block) === 's1')!;
    await panel.openItem(fromVisie.id);
    await panel.click(`[data-item="${fromVisie.id}"] [data-action="show"]`);
    await panel.waitFor(`document.querySelector('[data-item="${fromVisie.id}"]').textContent.includes('Deze tekst staat op een andere pagina: „${visie.title}”')`);
    const fromAgenda = afterRemove.items.find((it) => it.evidence[0] && sourceIdOfBlock(it.evidence[0].block) === 's3')!;
    await panel.openItem(fromAgenda.id);
    await panel.click(`[data-item="${fromAgenda.id}"] [data-action="show"]`);
    await panel.waitFor(`document.querySelector('[data-item="${fromAgenda.id}"]').textContent.includes('Gemarkeerd')`);

    await expectNoSeriousAxe(panel);
    await saveScreenshot(panel, 'sidepanel-sources.png');

    // Close and reopen: the sources and the note are there.
    await panel.waitFor(`document.querySelector('[data-testid="save-state"]')?.dataset.state === 'saved'`);
    await panel.close();
    await clickToolbarButton(ext, page);
    panel = await PanelDriver.attach(ext.cdp, ext.extensionId);
    // The tab shows one of the review's pages: the review of several sources is shown for it.
    await panel.click('[data-view="saved"]');
    await panel.waitFor(`document.querySelector('li.saved[data-key=${JSON.stringify(key)}]')`);
    await panel.click(`li.saved[data-key=${JSON.stringify(key)}] [data-action="open"]`);
    await panel.waitFor(`document.querySelectorAll('li[data-source]').length === 2`);
    expect(await panel.evaluate<string>(`document.querySelector('[data-item="${item.id}"] textarea[data-action="toelichting"]').value`)).toBe(NOTE);
    await panel.close();
  });

  it('compares a concept and the final version from "Opgeslagen"', async () => {
    const { ext, server } = env;
    const page = await ext.context.newPage();
    let panel: PanelDriver | undefined;
    for (const fixture of ['fixtures/compare/regiovisie-proefland-concept.html', 'fixtures/compare/regiovisie-proefland-definitief.html']) {
      await page.goto(server.url(fixture));
      await clickToolbarButton(ext, page);
      panel ??= await PanelDriver.attach(ext.cdp, ext.extensionId);
      await panel.click('[data-view="review"]');
      await panel.waitFor(`document.querySelector('button.primary') && !document.querySelector('button.primary').disabled && !document.querySelector('[data-item]')`);
      await panel.click('button.primary');
      await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34 && document.querySelector('[data-testid="save-state"]')?.dataset.state === 'saved'`, 30_000);
    }
    await panel!.click('[data-view="saved"]');
    await panel!.waitFor(`document.querySelector('[data-testid="compare-picker"]')`);
    const pick = (id: string, fixture: string) =>
      panel!.evaluate(`(() => { const s = document.getElementById('${id}'); s.value = ${JSON.stringify(normaliseUrl(server.url(fixture)))}; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    await pick('compare-old', 'fixtures/compare/regiovisie-proefland-concept.html');
    await pick('compare-new', 'fixtures/compare/regiovisie-proefland-definitief.html');
    await panel!.click('[data-action="compare"]');
    await panel!.waitFor(`document.querySelector('[data-testid="compare-summary"]')`);
    expect(await panel!.text('[data-testid="compare-summary"]')).toMatch(/^\d+ punt(en)? beter, 0 slechter, \d+ gelijk$/);
    expect(await panel!.evaluate<number>(`document.querySelectorAll('[data-change="better"] li[data-item]').length`)).toBeGreaterThan(0);
    expect(await panel!.evaluate<number>(`document.querySelectorAll('[data-change="better"] [data-passage="added"]').length`)).toBeGreaterThan(0);
    expect(await panel!.evaluate<number>(`document.querySelectorAll('[data-testid="compare-unrelated"]').length`)).toBe(0);
    await expectNoSeriousAxe(panel!);
    await saveScreenshot(panel!, 'sidepanel-compare.png');

    // "Neem dit op in de brief": the final version's letter says what changed, in the downloaded .docx too.
    const settings = readFileSync(join(ROOT, 'examples/council-settings.json'), 'utf8');
    await panel!.evaluate(`chrome.storage.local.set({ councilSettings: ${settings} })`);
    await panel!.click('[data-action="use-in-letter"]');
    await panel!.waitFor(`document.querySelector('[data-testid="letter-compare"]') && document.querySelector('.letter')?.textContent.includes('Wat is veranderd sinds de conceptversie')`, 20_000);
    expect(await panel!.text('[data-testid="letter-compare"]')).toContain('„Regiovisie jeugdhulp Proefland (concept)”');
    const downloads = await allowDownloads(ext, 'sources-dl-');
    await panel!.clickButton('Maak de brief (Word-bestand)');
    const files = await downloaded(downloads, '.docx');
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(join(downloads, files[0]!)) });
    expect(text).toContain('Wat is veranderd sinds de conceptversie');
    expect(text).toContain('Wij hebben deze versie van de regiovisie vergeleken met de conceptversie („Regiovisie jeugdhulp Proefland (concept)”).');
    expect(text).toMatch(/Bij \d+ aanbeveling(en)? is de regiovisie beter geworden, bij 0 slechter/);
    expect(text).toContain('Wat is veranderd sinds de conceptversie, per aanbeveling');
    // Stored with the review: the link survives; "Laat dat deel weg" removes the section.
    await panel!.click('[data-action="drop-compare"]');
    await panel!.waitFor(`!document.querySelector('[data-testid="letter-compare"]') && !document.querySelector('.letter').textContent.includes('Wat is veranderd sinds de conceptversie')`);
  });
});
