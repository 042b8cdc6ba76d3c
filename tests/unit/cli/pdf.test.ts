import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfReadError, pdfToDocument, readPdfText } from '@/cli/pdf';
import { documentProblems } from '@/lib/extract/problems';

const FIXTURES = resolve(__dirname, '../../fixtures/pdf');
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

describe('cli/pdf.ts (pdf.js adapter)', () => {
  it('reads the text items of every page, with y measured from the top of the page', async () => {
    const { pages, title, language } = await readPdfText(bytes('regiovisie-zuiderveld.pdf'));
    expect(pages).toHaveLength(3);
    expect(title).toBe('Regiovisie Jeugd Zuiderveld 2025-2028');
    expect(language).toBe('nl-NL');
    const first = pages[0]!;
    expect(first.height).toBeCloseTo(841.9, 0);
    const header = first.items.find((i) => i.str === 'Regiovisie Jeugd Zuiderveld')!;
    const footer = first.items.find((i) => i.str === 'Pagina 1 van 3')!;
    expect(header.y).toBeLessThan(60);
    expect(footer.y).toBeGreaterThan(780);
    expect(header.height).toBeCloseTo(9, 0);
  });

  it('turns the regiovisie into blocks with headings, pages and joined words, without header and footer', async () => {
    const doc = await pdfToDocument(bytes('regiovisie-zuiderveld.pdf'), 'regiovisie-zuiderveld.pdf');
    expect(doc).toMatchObject({ title: 'Regiovisie Jeugd Zuiderveld 2025-2028', source: 'pdf', language: 'nl', pages: 3, url: 'regiovisie-zuiderveld.pdf' });
    expect(documentProblems(doc)).toEqual([]);
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => [b.text, b.level, b.page])).toEqual([
      ['Regiovisie Jeugd Zuiderveld 2025-2028', 1, 1],
      ['1. Inleiding', 2, 1],
      ['2. Wachtlijsten korter maken', 2, 1],
      ['3. Hulp thuis en dichtbij', 2, 2],
      ['4. Een doorbraakteam als de hulp vastloopt', 2, 2],
      ['5. Jongeren en ouders praten mee', 2, 3],
      ['6. Minder papierwerk', 2, 3],
    ]);
    const all = doc.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('waar hij terecht kan voor jeugdhulp en wat hij mag verwachten.');
    expect(all).toContain('ouders, zorg- en welzijnspartners en het onderwijs');
    expect(all).not.toMatch(/Pagina \d|^Regiovisie Jeugd Zuiderveld$/m);
    expect(doc.blocks.filter((b) => b.kind === 'listItem')).toHaveLength(2);
    expect(doc.blocks.every((b) => b.page! >= 1 && b.page! <= 3)).toBe(true);
    expect(doc.blocks.find((b) => b.text.includes('regionaal doorbraakteam'))).toMatchObject({ page: 2, heading: '4. Een doorbraakteam als de hulp vastloopt' });
  });

  it('still reads a page whose rotation is set wrongly (text on its side)', async () => {
    // A latin1 round trip (Node's, byte for byte) keeps the streams; only the page dictionaries change.
    const text = Buffer.from(bytes('regiovisie-zuiderveld.pdf')).toString('latin1');
    const raw = new Uint8Array(Buffer.from(text.replaceAll('/Type/Page/', '/Type/Page/Rotate 90/'), 'latin1'));
    const doc = await pdfToDocument(raw, 'gedraaid.pdf');
    expect(doc.blocks.filter((b) => b.kind === 'heading')).toHaveLength(7);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('regionaal doorbraakteam');
  });

  it('gives a scan no blocks and says it is a scan', async () => {
    const doc = await pdfToDocument(bytes('regiovisie-scan.pdf'), 'regiovisie-scan.pdf');
    expect(doc.blocks).toEqual([]);
    expect(doc.scanned).toBe(true);
    expect(documentProblems(doc)).toEqual(['empty', 'scanned']);
  });

  it('says a PDF needs a password, and that other bytes are not a PDF', async () => {
    await expect(pdfToDocument(bytes('regiovisie-wachtwoord.pdf'), 'x.pdf')).rejects.toMatchObject({ reason: 'password' });
    await expect(pdfToDocument(new TextEncoder().encode('<html><body>Geen pdf</body></html>'), 'x.pdf')).rejects.toBeInstanceOf(PdfReadError);
    await expect(pdfToDocument(new Uint8Array(0), 'x.pdf')).rejects.toMatchObject({ reason: 'damaged' });
    const cut = bytes('regiovisie-zuiderveld.pdf').slice(0, 2000);
    const partial = await pdfToDocument(cut, 'x.pdf').catch((e: unknown) => e as Error);
    // A PDF cut short is either refused as damaged or read as (nearly) empty; it never crashes.
    if (partial instanceof Error) expect(partial).toMatchObject({ reason: 'damaged' });
    else expect(documentProblems(partial)).toContain('empty');
  });
});
