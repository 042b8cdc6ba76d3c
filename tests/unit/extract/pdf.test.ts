import { describe, expect, it } from 'vitest';
import { joinLines } from '@/lib/extract/clean';
import { pdfPagesToDocument, sensiblePdfTitle, type PdfTextItem, type PdfTextPage } from '@/lib/extract/pdf';
import { documentNotices, documentProblems } from '@/lib/extract/problems';

/**
 * Hand-built pdf.js-like pages. A line is [text, options]; lines follow each other down the page
 * with the normal line distance (15 for 11 pt text), `gap` adds white space above a line.
 */
interface LineSpec {
  size?: number;
  x?: number;
  gap?: number;
  /** Absolute baseline (from the top) instead of the next line position; the lines after it follow on. */
  y?: number;
  font?: string;
  /** Split the line into one item per word (as some PDF producers do). */
  words?: boolean;
}

const PAGE = { width: 595, height: 842 };
const charWidth = (size: number) => size * 0.5;

function item(str: string, x: number, y: number, size: number, font = 'f1'): PdfTextItem {
  return { str, x, y, width: str.length * charWidth(size), height: size, fontName: font };
}

function page(...lines: [string, LineSpec?][]): PdfTextPage {
  const items: PdfTextItem[] = [];
  let y = 80;
  for (const [text, spec = {}] of lines) {
    const size = spec.size ?? 11;
    y = spec.y ?? y + (spec.gap ?? 0);
    const x = spec.x ?? 71;
    if (spec.words) {
      let cx = x;
      for (const word of text.split(' ')) {
        items.push(item(word, cx, y, size, spec.font));
        cx += (word.length + 1) * charWidth(size); // the space is a gap, not a character
      }
    } else items.push(item(text, x, y, size, spec.font));
    y += Math.round(size * 1.36);
  }
  return { ...PAGE, items };
}

const header = (n: number, total: number): [string, LineSpec][] => [
  ['Regiovisie Jeugd Voorbeeldregio', { y: 40, size: 9, x: 400 }],
  [`Pagina ${n} van ${total}`, { y: 810, size: 9, x: 260 }],
];

const body = (text: string, spec: LineSpec = {}): [string, LineSpec] => [text, spec];

describe('pdfPagesToDocument', () => {
  const pages = [
    page(
      ...header(1, 3),
      ['Regiovisie Jeugd', { size: 22, y: 90 }],
      ['Voorbeeldregio 2025', { size: 22, y: 118 }],
      ['1. Wachtlijsten', { size: 15, y: 160 }],
      body('Gezinnen wachten nu vaak te lang op hulp. Daarom spreken we met de', { y: 185 }),
      body('aanbieders af dat niemand langer dan acht weken wacht op jeugd-', { y: 200 }),
      body('hulp. We volgen de wachttijden elke maand.', { y: 215 }),
      body('Ook zorg-', { y: 240 }),
      body('en welzijnspartners doen mee aan het overleg in de regio.', { y: 255 }),
    ),
    page(
      ...header(2, 3),
      ['2. Hulp dichtbij', { size: 15, y: 90 }],
      body('Onze hulpverleners werken bij de mensen thuis. Kinderen wonen zo veel mogelijk', { y: 115, words: true }),
      body('thuis, en we kijken naar het hele gezin en', { y: 130 }),
    ),
    page(
      ...header(3, 3),
      body('niet alleen naar het kind.', { y: 90 }),
      ['2.1 Een plek in de regio', { size: 13, y: 125 }],
      body('Moet een kind toch ergens anders wonen, dan zoeken we een plek in de eigen regio.', { y: 150 }),
    ),
  ];
  const doc = pdfPagesToDocument(pages, { fileName: 'visie.pdf' });
  const texts = doc.blocks.map((b) => b.text);

  it('makes headings from larger text, levels by size, and joins a heading over two lines', () => {
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level])).toEqual([
      ['Regiovisie Jeugd Voorbeeldregio 2025', 1],
      ['1. Wachtlijsten', 2],
      ['2. Hulp dichtbij', 2],
      ['2.1 Een plek in de regio', 3],
    ]);
    expect(doc.title).toBe('Regiovisie Jeugd Voorbeeldregio 2025');
  });

  it('makes paragraphs from the white space between lines and joins the lines of one paragraph', () => {
    expect(texts).toContain('Gezinnen wachten nu vaak te lang op hulp. Daarom spreken we met de aanbieders af dat niemand langer dan acht weken wacht op jeugdhulp. We volgen de wachttijden elke maand.');
  });

  it('joins a word broken with a hyphen, but keeps a real hyphen before "en"', () => {
    expect(texts.join(' ')).toContain('jeugdhulp');
    expect(texts).toContain('Ook zorg- en welzijnspartners doen mee aan het overleg in de regio.');
  });

  it('drops the running header, the footer and the page numbers', () => {
    expect(texts.join('\n')).not.toMatch(/Pagina|Regiovisie Jeugd Voorbeeldregio$/m);
    expect(texts.filter((t) => t.includes('Regiovisie Jeugd Voorbeeldregio'))).toEqual(['Regiovisie Jeugd Voorbeeldregio 2025']);
  });

  it('puts the 1-based page number on every block, and links blocks to their heading', () => {
    expect(doc.blocks.every((b) => typeof b.page === 'number')).toBe(true);
    expect(doc.blocks.map((b) => b.page)).toEqual([1, 1, 1, 1, 2, 2, 3, 3]);
    const hulp = doc.blocks.find((b) => b.text.startsWith('Onze hulpverleners werken'))!;
    expect(hulp).toMatchObject({ page: 2, heading: '2. Hulp dichtbij' });
    expect(doc.blocks.find((b) => b.text === '2.1 Een plek in de regio')).toMatchObject({ heading: '2. Hulp dichtbij', page: 3 });
    expect(doc.blocks.map((b) => b.id)).toEqual(doc.blocks.map((_, i) => `b${i + 1}`));
  });

  it('joins items of one line with spaces where there is a gap (one item per word)', () => {
    expect(texts).toContain(
      'Onze hulpverleners werken bij de mensen thuis. Kinderen wonen zo veel mogelijk thuis, en we kijken naar het hele gezin en niet alleen naar het kind.',
    );
  });

  it('keeps a paragraph that runs on over a page break together, on the page where it starts', () => {
    expect(doc.blocks.find((b) => b.text.endsWith('niet alleen naar het kind.'))!.page).toBe(2);
  });

  it('describes the document like the other extractors', () => {
    expect(doc).toMatchObject({ source: 'pdf', url: 'visie.pdf', language: 'nl', pages: 3 });
    expect(doc.scanned).toBeUndefined();
    expect(doc.characters).toBe(texts.join('').length);
    expect(doc.words).toBeGreaterThan(60);
  });
});

describe('pdfPagesToDocument: lines', () => {
  it('sorts items by position and does not put a space inside a word split into pieces', () => {
    const items: PdfTextItem[] = [
      item('op de tweede regel staat nog wat meer tekst.', 71, 115, 11),
      item('Dit is de ', 71, 100, 11),
      { ...item('jeugd', 126, 100, 11), width: 27.5 },
      item('zorg', 153.6, 100, 11), // 0.1 pt after "jeugd": one word
      item('regio', 218, 100, 11), // a clear gap: a space
      item('en een', 180.6, 100, 11),
    ];
    const doc = pdfPagesToDocument([{ ...PAGE, items }], { fileName: 'a.pdf' });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Dit is de jeugdzorg en een regio op de tweede regel staat nog wat meer tekst.']);
  });

  it('keeps a footnote number raised above the line on that line', () => {
    const items = [item('De regio heeft een plan', 71, 100, 11), item('1', 198, 96, 7), item('voor de jeugd in alle gemeenten.', 205, 100, 11)];
    const doc = pdfPagesToDocument([{ ...PAGE, items }], { fileName: 'a.pdf' });
    expect(doc.blocks.map((b) => b.text)).toEqual(['De regio heeft een plan1 voor de jeugd in alle gemeenten.']);
  });

  it('starts a new paragraph after a short line that ends a sentence, even without extra white space', () => {
    const p = page(
      body('Dit is een lange regel met tekst die bijna tot aan de rechterkant van de bladzijde loopt,'),
      body('en hier eindigt de eerste alinea.'),
      body('Hier begint de tweede alinea, direct op de volgende regel, zonder witruimte ertussen.'),
    );
    expect(pdfPagesToDocument([p], { fileName: 'a.pdf' }).blocks.map((b) => b.text)).toEqual([
      'Dit is een lange regel met tekst die bijna tot aan de rechterkant van de bladzijde loopt, en hier eindigt de eerste alinea.',
      'Hier begint de tweede alinea, direct op de volgende regel, zonder witruimte ertussen.',
    ]);
  });

  it('makes list items from bullets, with their run-on lines', () => {
    const p = page(
      body('Wat we gaan doen:'),
      ['•', { x: 85 }],
      ['minder formulieren voor de hulpverleners, zodat er meer tijd is', { x: 99, y: 95 }],
      ['voor de gezinnen zelf;', { x: 99 }],
      ['• een jongerenraad in elke gemeente.', { x: 85 }],
      body('Daarna kijken we samen of het werkt.', { gap: 10 }),
    );
    const doc = pdfPagesToDocument([p], { fileName: 'a.pdf' });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Wat we gaan doen:'],
      ['listItem', 'minder formulieren voor de hulpverleners, zodat er meer tijd is voor de gezinnen zelf;'],
      ['listItem', 'een jongerenraad in elke gemeente.'],
      ['paragraph', 'Daarna kijken we samen of het werkt.'],
    ]);
  });

  it('takes a short single line in another font (bold) than the body as a heading', () => {
    const p = page(
      ['Wat gaan we doen?', { font: 'bold' }],
      body('We maken de wachtlijsten korter en we houden contact met gezinnen die wachten.'),
      body('Zo staat niemand er alleen voor.'),
    );
    const doc = pdfPagesToDocument([p], { fileName: 'a.pdf' });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(doc.blocks[1]!.heading).toBe('Wat gaan we doen?');
  });

  it('finds the body size as the size with the most text, also when smaller print adds up to more', () => {
    const letter = page(
      ['Ons advies', { size: 13 }],
      body('Wij vragen u om de regiovisie aan te vullen op de punten die nog ontbreken.', { size: 10 }),
      body('Ook vragen wij u om jongeren en ouders blijvend te laten meepraten.', { size: 10 }),
      body('Met vriendelijke groet', { size: 10, gap: 10 }),
      body('De cliëntenraad van Voorbeeldstad', { size: 10 }),
      body('Een tabel in kleine letters met de uitkomst van de toets per thema en per punt.', { size: 8.5, gap: 10 }),
      body('Nog een rij van de tabel in kleine letters met een toelichting van de raad.', { size: 7.5 }),
      body('Een derde rij van de tabel, ook in kleine letters, met een passage uit de visie.', { size: 8 }),
    );
    const doc = pdfPagesToDocument([letter], { fileName: 'brief.pdf' });
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Ons advies']);
  });

  it('does not take large print that reads like running text for a heading', () => {
    const p = page(
      ['Samen zorgen we voor goede hulp aan alle kinderen in de regio.', { size: 16 }],
      body('De gemeenten werken samen aan de jeugdhulp. Dat doen ze al jaren, en ze blijven het doen.'),
      body('Iedereen kan meedoen.'),
    );
    expect(pdfPagesToDocument([p], { fileName: 'a.pdf' }).blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps a line that repeats on every page when it is not at the top or bottom', () => {
    const mk = (n: number) =>
      page(
        ...header(n, 3),
        body(`Hoofdstuk ${n} gaat over de regio en over de hulp aan gezinnen met kinderen.`, { y: 100 }),
        body(`Inleiding bij deel ${n} van het plan voor de regio.`, { y: 125 }),
        body('Wat vinden jongeren ervan?', { y: 150 }),
        body('Jongeren vinden dat de hulp sneller moet en dat ze beter gehoord moeten worden.', { y: 175 }),
        body('Daarom praten zij mee in de jongerenraad van de regio.', { y: 200 }),
        body('De raad komt vier keer per jaar bij elkaar.', { y: 225 }),
      );
    const doc = pdfPagesToDocument([mk(1), mk(2), mk(3)], { fileName: 'a.pdf' });
    expect(doc.blocks.filter((b) => b.text === 'Wat vinden jongeren ervan?')).toHaveLength(3);
    expect(doc.blocks.some((b) => /Pagina|^Regiovisie/.test(b.text))).toBe(false);
  });

  it('drops bare page numbers at the foot of the page, in several forms', () => {
    const forms = ['3', '- 4 -', 'Pagina 5 van 12', 'blz. 6', '7 / 12'];
    const pages = forms.map((num) =>
      page(
        body('Een regel tekst op deze bladzijde, over de jeugdhulp in de regio.', { y: 100 }),
        body('Nog een regel tekst, ook over de jeugdhulp.', { y: 115 }),
        body('En een derde regel met iets anders erin.', { y: 130 }),
        body('De vierde regel staat er ook nog.', { y: 145 }),
        [num, { y: 810, x: 290 }],
      ),
    );
    const doc = pdfPagesToDocument(pages, { fileName: 'a.pdf' });
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toMatch(/\d/);
  });
});

describe('pdfPagesToDocument: scans', () => {
  it('gives no blocks and marks a PDF without a text layer as a scan', () => {
    const doc = pdfPagesToDocument([{ ...PAGE, items: [] }, { ...PAGE, items: [item('12', 290, 810, 9)] }], { fileName: 'scan.pdf' });
    expect(doc.blocks).toEqual([]);
    expect(doc).toMatchObject({ scanned: true, words: 0, characters: 0, title: 'scan.pdf', language: '', pages: 2 });
    expect(documentProblems(doc)).toEqual(['empty', 'scanned']);
    // Shown to the user: only the scan message, which says why there is no text.
    expect(documentNotices(doc)).toEqual([{ problem: 'scanned', kind: 'error', message: { key: 'error.scanned' } }]);
  });

  it('uses a sensible metadata title for a scan too', () => {
    expect(pdfPagesToDocument([{ ...PAGE, items: [] }], { fileName: 'scan.pdf', title: 'Regiovisie Jeugd Noordkust' }).title).toBe('Regiovisie Jeugd Noordkust');
  });

  it('does not call a document with text on every page a scan', () => {
    const p = page(body('Een bladzijde met genoeg gewone tekst om te lezen, over jeugdhulp in de regio.'));
    expect(pdfPagesToDocument([p, p], { fileName: 'a.pdf' }).scanned).toBeUndefined();
  });
});

describe('joinLines', () => {
  it.each([
    [['jeugd-', 'hulp in de regio'], 'jeugdhulp in de regio'],
    [['zorg-', 'en welzijnspartners'], 'zorg- en welzijnspartners'],
    [['jeugd-', 'of gezinscoach'], 'jeugd- of gezinscoach'],
    [['de GGZ-', 'instelling'], 'de GGZ-instelling'],
    [['in Noord-', 'Holland'], 'in Noord-Holland'],
    [['voor 18-', 'jarigen'], 'voor 18-jarigen'],
    [['een auto-', 'ongeluk'], 'een auto-ongeluk'],
    [['een zin', 'en nog een'], 'een zin en nog een'],
    [['een gedachte –', 'met een streep'], 'een gedachte – met een streep'],
    [['ervarings\u00AD', 'deskundige'], 'ervaringsdeskundige'],
  ])('%j → %s', (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });
});

describe('sensiblePdfTitle', () => {
  it.each([
    ['Regiovisie Jeugd 2025-2028', 'Regiovisie Jeugd 2025-2028'],
    ['Microsoft Word - Regiovisie jeugdhulp Zuid', 'Regiovisie jeugdhulp Zuid'],
    ['Microsoft Word - regiovisie_def.docx', undefined],
    ['regiovisie_def_v3', undefined],
    ['Naamloos', undefined],
    ['untitled', undefined],
    ['Document1', undefined],
    ['  ', undefined],
    [undefined, undefined],
  ])('%j → %j', (raw, expected) => {
    expect(sensiblePdfTitle(raw)).toBe(expected);
  });
});
