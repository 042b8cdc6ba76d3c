import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, skipE2E, removeProfile, ROOT, type ExtensionBrowser } from './harness';

const skip = skipE2E();

describe.skipIf(skip)('the options page (council details for the letter)', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    removeProfile(ext?.userDataDir ?? '');
  });

  it('validates in Dutch, saves, keeps the details after a reload, and exports and imports them', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Instellingen voor de brief' }).waitFor();

    // No serious accessibility problems, also with the error messages shown.
    const axe = async () => {
      // Through DevTools: the extension's CSP rightly refuses injected script tags.
      await page.evaluate(`${readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')}\n;undefined`);
      const found = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
        });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    };
    expect(await axe()).toEqual([]);

    // Saving an empty form names what is missing, beside the field.
    await page.getByRole('button', { name: 'Bewaar de gegevens' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Er klopt nog iets niet');
    expect(await page.getByText('Vul de naam van de cliëntenraad in.').count()).toBe(1);
    expect(await page.getByLabel('Naam van de cliëntenraad').getAttribute('aria-invalid')).toBe('true');
    expect(await axe()).toEqual([]);

    await page.getByLabel('Naam van de cliëntenraad').fill('Cliëntenraad Lindeveld');
    await page.getByLabel('Postadres', { exact: true }).fill('Postbus 7\n1000 AA Lindeveld');
    await page.getByLabel('E-mailadres', { exact: true }).fill('geen-email');
    await page.getByLabel('Gemeente', { exact: true }).fill('Lindeveld');
    await page.getByLabel('Jeugdzorgregio').fill('Regio Lindeveld');
    await page.getByLabel('Naam', { exact: true }).fill('A. de Vries');
    await page.getByLabel('Naam contactpersoon').fill('C. Bakker');
    await page.getByLabel('E-mailadres contactpersoon').fill('c.bakker@example.nl');
    await page.getByRole('button', { name: 'Bewaar de gegevens' }).click();
    await page.getByText('Dit e-mailadres klopt niet.').waitFor();

    await page.getByLabel('E-mailadres', { exact: true }).fill('raad@example.nl');
    await page.getByRole('button', { name: 'Bewaar de gegevens' }).click();
    await page.getByText('De gegevens zijn bewaard.').waitFor();

    await page.reload();
    await expect.poll(() => page.getByLabel('Naam van de cliëntenraad').inputValue()).toBe('Cliëntenraad Lindeveld');
    expect(await page.getByLabel('Postadres', { exact: true }).inputValue()).toBe('Postbus 7\n1000 AA Lindeveld');

    // Export writes the --settings JSON shape of the CLI contract.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sla de gegevens op als bestand' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'settings-')), 'raad.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.council).toMatchObject({ name: 'Cliëntenraad Lindeveld', address: ['Postbus 7', '1000 AA Lindeveld'], email: 'raad@example.nl' });
    expect(exported.recipient).toMatchObject({ municipality: 'Lindeveld', body: 'gemeenteraad', region: 'Regio Lindeveld' });
    expect(exported.signatories).toEqual([{ name: 'A. de Vries', role: 'voorzitter' }]);

    // A foreign file is refused with a clear message and changes nothing.
    const foreign = join(mkdtempSync(join(tmpdir(), 'settings-')), 'iets.json');
    writeFileSync(foreign, JSON.stringify({ hello: 'world' }));
    await page.locator('input[type=file][accept*="json"]').setInputFiles(foreign);
    await page.getByText('Dit bestand kan niet worden ingeladen.', { exact: false }).waitFor();
    expect(await page.getByLabel('Naam van de cliëntenraad').inputValue()).toBe('Cliëntenraad Lindeveld');

    // Importing a changed file asks first, then replaces.
    writeFileSync(file, JSON.stringify({ ...exported, council: { ...exported.council, name: 'Cliëntenraad Oosterbroek' } }));
    page.once('dialog', (d) => void d.accept());
    await page.locator('input[type=file][accept*="json"]').setInputFiles(file);
    await page.getByText('De gegevens zijn ingeladen.').waitFor();
    await expect.poll(() => page.getByLabel('Naam van de cliëntenraad').inputValue()).toBe('Cliëntenraad Oosterbroek');
    await page.close();
  });
});
