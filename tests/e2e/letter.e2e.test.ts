import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { locChecklist } from '@/lib/checklist';
import { BAR_IMAGE } from '@/lib/letter/chart';
import { imageSize } from '@/lib/letter/image';
import type { SavedReview } from '@/lib/review';
import { allowDownloads, clickToolbarButton, downloaded, skipE2E, ROOT, useExtension, waitUntil } from './harness';
import { expectNoSeriousAxe, fillCouncilDetails, PanelDriver, saveScreenshot, storedReviews, typeInto } from './panel-driver';

/**
 * The advice letter from the REAL side panel: first-run council details, an edited
 * paragraph that survives closing the panel, and the .docx the panel saves, opened with
 * mammoth and (where LibreOffice is installed) converted to PDF.
 */

const skip = skipE2E();
const EDITED = 'Wij lazen de regiovisie met veel plezier & met aandacht voor gezinnen 👪.';
/** Typed in the panel: the toelichting goes into the letter, the private note never. */
const TOELICHTING = 'Dit punt bespraken wij met ouders in onze raad & zij herkennen het.';
const PRIVATE = 'Navragen bij wethouder Jansen (privé, niet in de brief)';
/** Set per review in the Brief tab: they win over the council settings (Lindeveld, the gemeenteraad). */
const MUNICIPALITY = 'Zuiderveen';
const BOTH = 'de gemeenteraad en het college van burgemeester en wethouders';
const REGIOVISIE_NAME = 'Regiovisie Jeugdhulp Zuiderveen 2026–2030';

/** Whether a command runs (poppler's tools take -v, not --version). */
function has(command: string, flag: string): boolean {
  const r = spawnSync(command, [flag], { stdio: 'ignore', timeout: 60_000 });
  return !r.error && r.status === 0;
}

/** Wait until a review the panel stored has what `ok` looks for. */
async function storedUntil(panel: PanelDriver, what: string, ok: (review: SavedReview) => boolean): Promise<void> {
  await waitUntil(async () => Object.values(await storedReviews(panel)).some(ok), { message: `Not stored: ${what}` });
}

describe.skipIf(skip)('the advice letter in the side panel', () => {
  const env = useExtension();

  it('asks for the council details, keeps paragraph edits, and saves a Word letter with the review attached', async () => {
    const { page, panel: opened } = await PanelDriver.openOn(env.ext, env.server.url('fixtures/checker/regiovisie-breed.html'));
    let panel = opened; // opened again later in the test
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`);

    // A toelichting and a private note on the first item; each field says where its text ends up.
    const firstId = await panel.evaluate<string>(`document.querySelector('[data-item]').dataset.item`);
    const item = `[data-item="${firstId}"]`;
    await panel.openItem(firstId);
    expect(await panel.text(`${item} [data-testid="toelichting-help"]`)).toBe('Deze tekst komt in de brief en in de bijlage, bij dit punt.');
    expect(await panel.text(`${item} [data-testid="private-note-help"]`)).toContain('Deze notitie komt nooit in de brief of de bijlage.');
    await panel.click(`${item} textarea[data-action="toelichting"]`);
    await panel.insertText(TOELICHTING);
    await panel.click(`${item} textarea[data-action="private-note"]`);
    await panel.insertText(PRIVATE);
    await storedUntil(panel, 'the toelichting and the private note', (r) => r.decisions[firstId]?.toelichting === TOELICHTING && r.decisions[firstId]?.privateNote === PRIVATE);

    // First run: the letter view asks for the council's details.
    await panel.click('[data-view="letter"]');
    await panel.waitFor(`document.querySelector('#f-council-name')`);
    await fillCouncilDetails(panel);
    await panel.waitFor(`document.querySelector('.letter-preview')`);
    expect(await panel.text('.letter-preview')).toContain('Aan de gemeenteraad van Lindeveld');
    expect(await panel.text('.letter-preview')).not.toContain('Navragen bij wethouder');
    // A regiovisie of normal length: no warning about the text.
    expect(await panel.evaluate<boolean>(`!document.querySelector('[data-testid="letter-text-warning"]')`)).toBe(true);

    // This review's letter goes to another municipality, to the council and the college, and
    // names the regiovisie itself: the settings are only the defaults, shown as placeholders.
    expect(await panel.evaluate<string>(`document.querySelector('#letter-municipality').placeholder`)).toBe('Lindeveld');
    expect(await panel.evaluate<string>(`document.querySelector('#letter-regiovisie-name').value`)).not.toBe('');
    await typeInto(panel, '#letter-municipality', MUNICIPALITY);
    await panel.click('[data-addressee="gemeenteraad en college van B&W"]');
    await typeInto(panel, '#letter-regiovisie-name', REGIOVISIE_NAME);
    await panel.waitFor(`document.querySelector('.letter-preview')?.textContent.includes(${JSON.stringify(`Aan ${BOTH} van ${MUNICIPALITY}`)})`);
    expect(await panel.text('.letter-preview')).toContain(`Advies over de regiovisie „${REGIOVISIE_NAME}”`);
    await storedUntil(panel, 'the letter details', (r) => r.municipality === MUNICIPALITY && r.addressee === 'gemeenteraad en college van B&W' && r.regiovisieName === REGIOVISIE_NAME);

    // Nothing checked yet: the letter view says how many and offers to go to the first one; it does not block.
    expect(await panel.text('[data-testid="letter-unchecked"]')).toContain('34 van 34 punten zijn nog niet bekeken');
    expect(await panel.evaluate<boolean>(`[...document.querySelectorAll('button')].some((b) => b.textContent === 'Maak de brief (Word-bestand)' && !b.disabled)`)).toBe(true);
    await panel.click('[data-action="go-unchecked"]');
    await panel.waitFor(`document.activeElement?.dataset.action === 'toggle-item' && document.activeElement.getAttribute('aria-expanded') === 'true' && document.activeElement.closest('[data-item]')?.dataset.item === ${JSON.stringify(firstId)}`);
    // "Klopt" on it, then back to the letter: one fewer to check.
    await panel.click(`${item} [data-action="confirm"]`);
    await panel.waitFor(`document.querySelector('[data-testid="review-progress"]')?.textContent === '1 van 34 bekeken'`);
    await panel.click('[data-view="letter"]');
    await panel.waitFor(`document.querySelector('[data-testid="letter-unchecked"]')?.textContent.includes('33 van 34 punten zijn nog niet bekeken')`);
    // The LOC report goes along by default.
    expect(await panel.evaluate<boolean>(`document.querySelector('#letter-attach-report').checked`)).toBe(true);
    expect(await panel.text('.letter-preview')).toContain('Bijlage 2: het rapport „Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld”, LOC, februari 2022');

    // Edit the opening paragraph; the edit is saved with the review.
    const opening = '[data-paragraph="opening"]';
    await panel.waitFor(`document.querySelector('${opening} button')`);
    await panel.click(`${opening} button`);
    await panel.waitFor(`document.querySelector('${opening} textarea')`);
    await typeInto(panel, `${opening} textarea`, EDITED);
    await panel.clickButton('Klaar');
    await panel.waitFor(`document.querySelector('${opening}')?.textContent.includes('met aandacht voor gezinnen')`);

    // Emptying a paragraph leaves it out of the letter; its editor stays, so it can be written back.
    const slot = '[data-paragraph="slot"]';
    await panel.click(`${slot} button`);
    await panel.waitFor(`document.querySelector('${slot} textarea')`);
    await panel.click(`${slot} textarea`);
    await panel.evaluate(`document.querySelector('${slot} textarea').select()`);
    await panel.press('Backspace');
    // The empty text is saved (the reset button appears) and the editor is still there.
    await panel.waitFor(`[...document.querySelectorAll('${slot} button')].some((b) => b.textContent === 'Zet de oorspronkelijke tekst terug')`);
    expect(await panel.evaluate<string>(`document.querySelector('${slot} textarea').value`)).toBe('');
    await panel.clickButton('Klaar');
    await panel.waitFor(`document.querySelector('${slot} .letter-left-out')`);
    await panel.click(`${slot} button`);
    await panel.clickButton('Zet de oorspronkelijke tekst terug');
    await panel.waitFor(`document.querySelector('${slot}') && !document.querySelector('${slot} .letter-left-out') && !document.querySelector('${slot} textarea')`);
    // Both edits are stored (the opening's new text; the closing paragraph back to its own), so
    // closing the panel below loses nothing.
    await storedUntil(panel, 'the letter edits', (r) => r.letterEdits?.opening === EDITED && !('slot' in r.letterEdits));

    await expectNoSeriousAxe(panel);
    await saveScreenshot(panel, 'sidepanel-letter.png');

    // Close the panel and open it again: the edit is still there.
    await panel.close();
    await clickToolbarButton(env.ext, page);
    panel = await PanelDriver.attach(env.ext.cdp, env.ext.extensionId);
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`);
    await panel.click('[data-view="letter"]');
    await panel.waitFor(`document.querySelector('${opening}')?.textContent.includes('met aandacht voor gezinnen')`);
    // The review's letter details too.
    expect(await panel.evaluate<string>(`document.querySelector('#letter-municipality').value`)).toBe(MUNICIPALITY);
    expect(await panel.evaluate<boolean>(`document.querySelector('[data-addressee="gemeenteraad en college van B&W"]').checked`)).toBe(true);

    // Make the letter: docx is loaded now, and the file is saved through a real download.
    const downloads = await allowDownloads(env.ext, 'letter-dl-');
    await panel.clickButton('Maak de brief (Word-bestand)');
    const files = await downloaded(downloads, '.docx');
    expect(files).toHaveLength(1);
    const name = files[0]!;
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(name).toBe(`Adviesbrief regiovisie ${MUNICIPALITY} ${iso}.docx`);
    await panel.waitFor(`[...document.querySelectorAll('[role="status"]')].some((s) => s.textContent.includes('opgeslagen als'))`);
    // The reminder to send the LOC report along, with where to download it.
    expect(await panel.text('[data-testid="letter-report-reminder"]')).toContain('www.loc.nl/regionale-jz');

    const file = join(downloads, name);
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(file) });
    expect(text).toContain(EDITED);
    expect(text).toContain('Cliëntenraad Lindeveld');
    // The review's own municipality, addressee and name, read back from the Word file.
    expect(text).toContain(`Aan ${BOTH} van ${MUNICIPALITY}`);
    expect(text).toContain(`Geachte leden van ${BOTH} van ${MUNICIPALITY},`);
    expect(text).toContain(`Advies over de regiovisie „${REGIOVISIE_NAME}”`);
    expect(text).not.toContain('van Lindeveld');
    for (const theme of ['Vertrouwen als basis', 'Organiseer de zorg passend en toegankelijk', 'Kwaliteit van zorg', 'Kinderen, jongeren en ouders zijn experts']) {
      expect(text).toContain(theme);
    }
    expect(text).toContain('Bijlage 1');
    expect(text).toContain('Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld');
    // The letter says exactly what the council checked: one verdict confirmed, 33 automatic.
    expect(text).toContain('Wij hebben 1 van de 34 oordelen zelf nagekeken. Dat oordeel klopte. De andere 33 oordelen zijn automatisch gegeven en niet door ons nagekeken.');
    expect(text).toContain('De raad heeft 1 van de 34 oordelen zelf nagekeken.');
    expect(text.split('Automatisch, niet nagekeken door de raad').length - 1).toBe(33);
    expect(text).toContain('Nagekeken door de raad: klopt');
    expect(text).not.toMatch(/Elke uitkomst hebben wij zelf nagelezen|elke uitkomst zelf nagelezen/);
    // The toelichting is in it (letter and appendix), the private note is not.
    expect(text.split(TOELICHTING).length - 1).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('Navragen bij wethouder');
    // The LOC report as the second attachment.
    expect(text).toContain('Bijlage 2: het rapport „Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld”, LOC, februari 2022');

    // The appendix's chart: a bar per theme as a PNG, with alt text, beside the numbers as text.
    const parts = unzipSync(readFileSync(file));
    const sizes = Object.keys(parts)
      .filter((n) => /^word\/media\/.+\.png$/.test(n))
      .map((n) => imageSize(parts[n]!));
    expect(sizes.filter((s) => s?.width === BAR_IMAGE.width * 4 && s.height === BAR_IMAGE.height * 4).length).toBeGreaterThanOrEqual(1);
    const documentXml = strFromU8(parts['word/document.xml']!);
    const bars = [...documentXml.matchAll(/<wp:docPr [^>]*descr="(Balk voor [^"]*)"/g)].map((m) => m[1]!);
    expect(bars).toHaveLength(locChecklist.themes.length);
    for (const theme of locChecklist.themes) expect(bars.some((b) => b.startsWith(`Balk voor ${theme.title}: `))).toBe(true);
    expect(text).toContain('Elke balk is een thema.');

    // Opened, not trusted: LibreOffice renders the browser-made file to a PDF of several pages.
    if (has('soffice', '--version') && has('pdfinfo', '-v') && has('pdftotext', '-v')) {
      const out = mkdtempSync(join(tmpdir(), 'letter-pdf-'));
      execFileSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'ignore', timeout: 120_000 });
      const pdf = join(out, name.replace(/\.docx$/, '.pdf'));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Toetsingsrapport');
    } else if (process.env.CI === 'true') {
      throw new Error('LibreOffice or poppler missing in CI');
    }
    await panel.close();
  });

  it('warns in the Brief tab, with the reason, when the checked page is a short news item, and points to the PDF', async () => {
    const { panel } = await PanelDriver.openOn(env.ext, env.server.url('fixtures/checker/nieuws-regiovisies-landelijk.html'), await env.ext.context.newPage());
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`);
    // The review says it too: no regiovisie (the reason), and little text, with where to look.
    expect(await panel.text('[data-testid="review-short-text"]')).toContain('Er staat weinig tekst in. Misschien staat de volledige regiovisie in een pdf of op een andere pagina.');
    await panel.click('[data-view="letter"]');
    // The council's details are stored by the test above; fill them in when this test runs alone.
    await panel.waitFor(`document.querySelector('#f-council-name') || document.querySelector('.letter-preview')`);
    if (await panel.evaluate<boolean>(`!!document.querySelector('#f-council-name')`)) {
      await fillCouncilDetails(panel);
    }
    await panel.waitFor(`document.querySelector('[data-testid="letter-text-warning"]')`);
    const warning = '[data-testid="letter-text-warning"]';
    expect(await panel.evaluate<string>(`document.querySelector('${warning}').dataset.reason`)).toBe('news');
    expect(await panel.evaluate<string>(`document.querySelector('${warning}').dataset.short`)).toBe('true');
    const text = await panel.text(warning);
    expect(text).toContain('Let op: deze tekst lijkt geen regiovisie. Het lijkt een nieuwsbericht of verslag: vooral wat anderen zeggen.');
    expect(text).toContain('Er staat weinig tekst in. Misschien staat de volledige regiovisie in een pdf of op een andere pagina.');
    expect(text).toContain('Staat de regiovisie in een pdf? Kies die dan bij ‘Of kies een bestand’.');
    // It warns, it does not block.
    expect(await panel.evaluate<boolean>(`[...document.querySelectorAll('button')].some((b) => b.textContent === 'Maak de brief (Word-bestand)' && !b.disabled)`)).toBe(true);
    await expectNoSeriousAxe(panel);
    // The warning and the fields 'Over deze brief' fit a panel of 320 px: nothing scrolls sideways.
    await panel.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 800, deviceScaleFactor: 1, mobile: false });
    await panel.waitFor(`document.documentElement.clientWidth === 320`);
    const overflow = await panel.evaluate<number>(`document.documentElement.scrollWidth - document.documentElement.clientWidth`);
    const wide = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="letter-text-warning"] *, [data-testid="letter-about"], [data-testid="letter-about"] *')].filter((el) => el.getBoundingClientRect().right > 320.5).map((el) => el.tagName + '#' + el.id)`,
    );
    expect({ overflow, wide }).toEqual({ overflow: 0, wide: [] });
    await panel.evaluate(`document.querySelector('[data-testid="letter-about"]').scrollIntoView({ block: 'start' })`);
    await saveScreenshot(panel, 'sidepanel-letter-about-320.png');
    await panel.send('Emulation.clearDeviceMetricsOverride');
    await panel.evaluate(`window.scrollTo(0, 0)`);
    await saveScreenshot(panel, 'sidepanel-letter-warning.png');
    await panel.close();
  });
});
