/**
 * The .docx is opened, not trusted: unzipped, XML-parsed and read back with mammoth.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../lib/checklist/types';
import { columnTwips, letterToBlob, letterToBuffer, renderDocx, TEXT_WIDTH } from '../../../lib/docx/render';
import type { LetterModel } from '../../../lib/letter/model';
import { composeLetter } from '../../../lib/letter/compose';
import { getTemplate } from '../../../lib/letter/templates';
import { councilSettings, loadChecklist, makeReview, NOW } from '../letter/fixtures';
import { attr, exampleLetter, findAll, isValidXml, NASTY, parseXml, textsOf, unzipDocx, xmlText, type XmlNode } from './docx-helpers';

let checklist: Checklist;
let letter: LetterModel;
let buffer: Buffer;
let files: Record<string, Uint8Array>;
let documentXml: string;
let doc: XmlNode;

beforeAll(async () => {
  ({ checklist } = await loadChecklist());
  letter = exampleLetter(checklist);
  buffer = await letterToBuffer(letter);
  files = unzipDocx(buffer);
  documentXml = xmlText(files, 'word/document.xml');
  doc = parseXml(documentXml);
});

describe('the reference lines', () => {
  /** The run properties of the run that holds exactly this text. */
  function runProps(text: string): string {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`<w:r>((?:(?!</w:r>).)*?)<w:t[^>]*>${escaped}</w:t>`, 's').exec(documentXml);
    if (!m) throw new Error(`no run with ${text}`);
    return m[1]!;
  }

  it('sets the subject in bold (the row marked strong), not the other values', () => {
    const subject = letter.reference.find((r) => r.strong)!;
    expect(subject.label).toBe('Onderwerp');
    const bold = /<w:b\/>|<w:b w:val="(?:true|1)"\/>/;
    expect(runProps(subject.value)).toMatch(bold);
    expect(runProps(letter.kenmerk)).not.toMatch(bold);
  });
});

describe('the .docx package', () => {
  it('is a zip with well-formed XML parts', () => {
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']) {
      expect(isValidXml(xmlText(files, name)), name).toBe(true);
    }
    for (const name of Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      expect(isValidXml(xmlText(files, name)), name).toBe(true);
    }
  });

  it('uses real heading styles, defined in styles.xml', () => {
    const styles = parseXml(xmlText(files, 'word/styles.xml'));
    const used = new Set(findAll(doc, 'w:pStyle').map((n) => attr(n, 'w:val')));
    for (const h of ['Heading1', 'Heading2', 'Heading3']) expect(used.has(h), h).toBe(true);
    const defined = new Set(findAll(styles, 'w:style').map((n) => attr(n, 'w:styleId')));
    for (const h of ['Heading1', 'Heading2', 'Heading3']) expect(defined.has(h), h).toBe(true);
  });

  it('sets Dutch (nl-NL) as the default language and Arial as the font', () => {
    const styles = parseXml(xmlText(files, 'word/styles.xml'));
    const defaults = findAll(styles, 'w:docDefaults');
    expect(defaults).toHaveLength(1);
    expect(findAll(defaults, 'w:lang').map((n) => attr(n, 'w:val'))).toContain('nl-NL');
    expect(findAll(defaults, 'w:rFonts').map((n) => attr(n, 'w:ascii'))).toContain('Arial');
  });

  it('lays out every table fixed, with a column grid and a width on every cell', () => {
    const tables = findAll(doc, 'w:tbl');
    expect(tables.length).toBeGreaterThanOrEqual(checklist.themes.length + 3);
    for (const tbl of tables) {
      const layout = findAll(tbl['w:tblPr'], 'w:tblLayout');
      expect(layout.map((n) => attr(n, 'w:type'))).toEqual(['fixed']);
      const cols = findAll(tbl['w:tblGrid'], 'w:gridCol');
      expect(cols.length).toBeGreaterThan(0);
      const widths = cols.map((c) => Number(attr(c, 'w:w')));
      for (const w of widths) expect(w).toBeGreaterThan(0);
      expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
      for (const row of (tbl['w:tr'] as XmlNode[]) ?? []) {
        const cells = (row['w:tc'] as XmlNode[]) ?? [];
        expect(cells.length).toBe(cols.length);
        cells.forEach((tc, i) => {
          const tcW = findAll(tc['w:tcPr'], 'w:tcW')[0];
          expect(attr(tcW, 'w:type')).toBe('dxa');
          expect(Number(attr(tcW, 'w:w'))).toBe(widths[i]);
        });
      }
    }
  });

  it('has "Pagina X van Y" in the footer with PAGE and NUMPAGES fields', () => {
    const footers = Object.keys(files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    for (const name of footers) {
      const xml = xmlText(files, name);
      expect(isValidXml(xml)).toBe(true);
      const instr = findAll(parseXml(xml), 'w:instrText')
        .flatMap((n) => textsOfInstr(n))
        .join(' ');
      expect(instr).toMatch(/\bPAGE\b/);
      expect(instr).toMatch(/\bNUMPAGES\b/);
      expect(xml).toContain('Pagina ');
      expect(xml).toContain(' van ');
    }
  });

  it('starts the appendix in a new section on a new page', () => {
    const sects = findAll(doc, 'w:sectPr');
    expect(sects).toHaveLength(2);
    const types = sects.map((s) => findAll(s, 'w:type').map((t) => attr(t, 'w:val'))[0]);
    // The letter's section runs on (no type); the appendix's section starts on a new page.
    expect(types).toEqual([undefined, 'nextPage']);
    for (const s of sects) expect(findAll(s, 'w:footerReference').length).toBeGreaterThan(0);
  });

  it('embeds the logo as an image with alt text', () => {
    expect(Object.keys(files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    // The logo once; the other images are the chart in the appendix (tested in chart.test.ts).
    const logos = findAll(doc, 'wp:docPr').filter((d) => attr(d, 'descr')?.startsWith('Logo'));
    expect(logos).toHaveLength(1);
    expect(attr(logos[0], 'descr')).toContain('Logo van Cliëntenraad');
  });

  it('never has a line break character inside a text run, and keeps emoji and & intact', () => {
    const texts = textsOf(doc);
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) expect(t).not.toMatch(/[\n\r]/);
    expect(documentXml).toContain('&amp;');
    expect(documentXml).toContain('👨‍👩‍👧‍👦');
    expect(documentXml).not.toContain('\uFFFD');
  });
});

function textsOfInstr(n: XmlNode): string[] {
  const t = n['#text'];
  return typeof t === 'string' ? [t] : [];
}

describe('read back with mammoth', () => {
  it('contains every section, theme and the appendix, with emoji and ampersand', async () => {
    const { value: raw } = await mammoth.extractRawText({ buffer });
    const text = raw.replace(/\s+/g, ' ');
    for (const s of [
      letter.placeDate,
      letter.subject,
      letter.salutation,
      ...letter.addressee,
      letter.closing,
      ...letter.signatories.flatMap((s) => [s.name, s.role]),
      letter.attachments[0]!,
      'Hoe wij de regiovisie hebben bekeken',
      'Onze conclusie in het kort',
      'Wat ons opvalt per thema',
      'Ons advies aan u',
      'Bijlage 1: Toetsingsrapport regiovisie',
      'Werkwijze',
      'Leesbaarheid van de regiovisie',
      'Over de aanbevelingen',
      '(aangepast door de raad)',
      'toegevoegd door de raad',
      'Tweede alinea van onze toelichting.',
      NASTY,
    ]) {
      expect(text, s).toContain(s.replace(/\s+/g, ' '));
    }
    for (const theme of checklist.themes) expect(text).toContain(theme.title);
    for (const item of checklist.items) expect(text).toContain(item.title);
    for (const block of letter.body) if (block.type !== 'table') expect(text).toContain(block.text.replace(/\s+/g, ' '));
  });

  it('renders the short cover letter too, without a logo', async () => {
    const short = exampleLetter(checklist, 'korte-aanbiedingsbrief', false);
    const buf = await letterToBuffer(short);
    const { value } = await mammoth.extractRawText({ buffer: buf });
    expect(value).toContain('U vindt de toetsing als bijlage bij deze brief.');
    expect(value).toContain('Toetsingsrapport');
    // No logo: the only images are the chart's bars and legend.
    const docPr = findAll(parseXml(xmlText(unzipDocx(buf), 'word/document.xml')), 'wp:docPr');
    expect(docPr.length).toBeGreaterThan(0);
    expect(docPr.every((d) => /^(Balk voor |Legenda: )/.test(attr(d, 'descr') ?? ''))).toBe(true);
  });
});

describe('the appendix explains a point still to read', () => {
  /** The appendix as plain text, read back from the .docx: a faint deels first, a single aanwezig second. */
  async function appendixOf(decided: boolean): Promise<string> {
    const [faint, single] = checklist.items;
    const review = makeReview(checklist, (_, i) => (i === 0 ? 'deels' : i === 1 ? 'aanwezig' : 'ontbreekt'));
    Object.assign(review.automatic.items[0]!, { basis: 'problem', faint: true });
    Object.assign(review.automatic.items[1]!, { basis: 'commitment', single: true });
    if (decided) {
      const at = NOW.toISOString();
      review.decisions = { [faint!.id]: { confirmed: true, updatedAt: at }, [single!.id]: { confirmed: true, updatedAt: at } };
    }
    const buf = await letterToBuffer(composeLetter(review, checklist, councilSettings(), getTemplate('adviesbrief-gemeenteraad')!, NOW));
    const { value } = await mammoth.extractRawText({ buffer: buf });
    const text = value.replace(/\s+/g, ' ');
    return text.slice(text.indexOf('Bijlage 1'));
  }

  it('a single aanwezig says it rests on this one sentence, a faint deels on one vague word; once confirmed, the kind of passage', async () => {
    const [faint, single] = checklist.items.map((it) => ({ title: it.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') }));
    const open = await appendixOf(false);
    // the explanation follows the item's title and its verdict in the table
    expect(open).toMatch(new RegExp(`${single!.title}.*?Aanwezig.*?Gevonden: een eigen afspraak of plan van de regio\\. Maar alleen deze ene zin zegt dat\\.`));
    expect(open).toMatch(new RegExp(`${faint!.title}.*?Deels.*?Maar één keer genoemd, met een woord dat ook iets anders kan betekenen\\.`));
    const checked = await appendixOf(true);
    expect(checked).not.toContain('Maar alleen deze ene zin zegt dat');
    expect(checked).not.toContain('Maar één keer genoemd');
    expect(checked).toMatch(new RegExp(`${single!.title}.*?Aanwezig.*?Gevonden: een eigen afspraak of plan van de regio\\.`));
    expect(checked).toContain('Genoemd als probleem, zonder plan.');
  });
});

describe('API', () => {
  it('renderDocx gives a Document, letterToBlob a Word blob', async () => {
    const d = await renderDocx(letter);
    expect(d.constructor.name).toBe('File');
    const blob = await letterToBlob(letter);
    expect(blob.size).toBeGreaterThan(5000);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('splits column widths exactly over the text width', () => {
    expect(columnTwips([0.24, 0.15, 0.36, 0.25]).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(columnTwips([1, 1, 1])).toEqual([3023, 3023, 3024]);
  });

  it('lib/docx/render.ts is the only module in lib/ that imports docx', () => {
    const libDir = fileURLToPath(new URL('../../../lib/', import.meta.url));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx|js|mjs)$/.test(name)) {
          const src = readFileSync(p, 'utf8');
          if (/from\s+['"]docx(\/[^'"]*)?['"]|import\(\s*['"]docx|require\(\s*['"]docx/.test(src)) offenders.push(path.relative(libDir, p));
        }
      }
    };
    walk(libDir);
    expect(offenders).toEqual([path.join('docx', 'render.ts')]);
  });
});
