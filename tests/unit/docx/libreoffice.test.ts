/**
 * Convert the letter with LibreOffice headless and read the PDF back with poppler: the letter
 * must open in a real word processor, have at least two pages, and show the appendix.
 *
 * Without `soffice` (or poppler) the test is skipped with a reason, except in CI
 * (CI=true), where it must fail. The files stay in test-output/ to look at.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { letterToBuffer } from '../../../lib/docx/render';
import { loadChecklist } from '../letter/fixtures';
import { exampleLetter } from './docx-helpers';

const outDir = fileURLToPath(new URL('../../../test-output/', import.meta.url));

function hasCommand(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  return !r.error && r.status === 0;
}

const soffice = hasCommand('soffice', ['--version']);
const poppler = hasCommand('pdfinfo', ['-v']) && hasCommand('pdftotext', ['-v']);
const inCI = process.env.CI === 'true';

describe('LibreOffice conversion', () => {
  it('converts to a PDF of two or more pages with the appendix', async (ctx) => {
    if (!soffice || !poppler) {
      const missing = !soffice ? 'LibreOffice (soffice)' : 'poppler (pdfinfo/pdftotext)';
      if (inCI) throw new Error(`${missing} is niet geïnstalleerd, maar in CI is deze test verplicht.`);
      ctx.skip(`${missing} niet gevonden: installeer libreoffice-writer-nogui, fonts-liberation en poppler-utils om deze test te draaien.`);
      return;
    }
    const { checklist } = await loadChecklist();
    const letter = exampleLetter(checklist);
    mkdirSync(outDir, { recursive: true });
    const docxPath = path.join(outDir, 'letter-example.docx');
    writeFileSync(docxPath, await letterToBuffer(letter));

    const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
    try {
      const r = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docxPath],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(r.error, String(r.error)).toBeUndefined();
      expect(r.status, r.stderr).toBe(0);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdfPath = path.join(outDir, 'letter-example.pdf');
    expect(existsSync(pdfPath)).toBe(true);

    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
    expect(pages).toBeGreaterThanOrEqual(2);

    const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Bijlage 1');
    expect(text).toContain('Toetsingsrapport');
    expect(text).toContain('Geachte leden van de gemeenteraad van Voorbeeldstad,');
    expect(text).toMatch(/Pagina 1 van \d+/);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    // The appendix starts on its own page.
    const pageTexts = text.split('\f');
    const appendixPage = pageTexts.findIndex((p) => p.includes('Bijlage 1: Toetsingsrapport regiovisie') && p.includes('Werkwijze'));
    expect(appendixPage).toBeGreaterThan(0);
    expect(pageTexts[appendixPage]!.trimStart().startsWith('Bijlage 1: Toetsingsrapport regiovisie')).toBe(true);
    // The appendix's chart comes through: its column, its legend text and an image per bar.
    expect(pageTexts.some((p) => p.includes('Uitkomst per thema') && p.includes('Verdeling') && p.includes('Elke balk is een thema.'))).toBe(true);
    const bars = letter.appendix.blocks.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.filter((c) => c.bar)) : [])).length;
    expect(bars).toBeGreaterThan(0);
    const images = spawnSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' });
    if (!images.error) expect(images.stdout.trim().split('\n').length - 2).toBeGreaterThanOrEqual(bars + 3);
    writeFileSync(path.join(outDir, 'letter-example.txt'), text);
  }, 180_000);
});
