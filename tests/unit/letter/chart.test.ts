/**
 * The chart of verdicts per theme: its data (the same effective counts as the text, the user's
 * own verdict wins), its layout, the PNG it draws (opened with node:zlib, not trusted) and its
 * place in the .docx appendix, beside the numbers as text.
 */
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist, Verdict } from '../../../lib/checklist/types';
import { letterToBuffer } from '../../../lib/docx/render';
import { BAR_IMAGE, barPng, barSegments, chartMax, chartRows, SWATCH_IMAGE, swatchPng, VERDICT_FILL } from '../../../lib/letter/chart';
import { composeLetter, countPhrase } from '../../../lib/letter/compose';
import { encodePng, zlibStored } from '../../../lib/letter/image';
import type { LetterModel, TableBlock } from '../../../lib/letter/model';
import { getTemplate } from '../../../lib/letter/templates';
import { countsByTheme, type VerdictCounts } from '../../../lib/review/model';
import { attr, findAll, parseXml, unzipDocx, xmlText } from '../docx/docx-helpers';
import { councilSettings, loadChecklist, makeReview, mixed, NOW } from './fixtures';

let checklist: Checklist;
beforeAll(async () => {
  ({ checklist } = await loadChecklist());
});

const counts = (aanwezig: number, deels: number, ontbreekt: number): VerdictCounts => ({
  aanwezig,
  deels,
  ontbreekt,
  total: aanwezig + deels + ontbreekt,
});

/** A PNG opened by hand: every chunk with its CRC checked, IDAT inflated by node:zlib. */
function readPng(png: Uint8Array) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; data: Uint8Array }[] = [];
  let o = 8;
  while (o < png.length) {
    const len = dv.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    const data = png.subarray(o + 8, o + 8 + len);
    expect(dv.getUint32(o + 8 + len), `CRC of ${type}`).toBe(zlibCrc32(png.subarray(o + 4, o + 8 + len)));
    chunks.push({ type, data });
    o += 12 + len;
  }
  expect(o).toBe(png.length);
  expect(chunks.map((c) => c.type).filter((t) => t !== 'tRNS')).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  const trns = chunks.find((c) => c.type === 'tRNS');
  if (trns) expect(chunks.indexOf(trns)).toBe(2); // after PLTE, before IDAT
  const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, 13);
  const width = ihdr.getUint32(0);
  const height = ihdr.getUint32(4);
  expect([...chunks[0]!.data.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
  const colours = chunks[1]!.data.length / 3;
  const raw = inflateSync(chunks.find((c) => c.type === 'IDAT')!.data);
  expect(raw.length).toBe(height * (width + 1));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)], 'filter type of a row').toBe(0);
    pixels.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  expect(pixels.every((p) => p < colours)).toBe(true);
  return { width, height, pixels, palette: chunks[1]!.data, alpha: trns ? [...trns.data] : [] };
}

describe('chart data: the verdicts per theme', () => {
  it('counts per theme in checklist order, with the user’s own verdict winning over the automatic one', () => {
    const first = checklist.items[0]!;
    const review = makeReview(checklist, () => 'ontbreekt', {
      decisions: { [first.id]: { verdict: 'aanwezig', updatedAt: '2026-11-21T10:00:00Z' } },
    });
    const rows = chartRows(checklist.themes, countsByTheme(review));
    expect(rows.map((r) => r.themeId)).toEqual(checklist.themes.filter((t) => checklist.items.some((i) => i.theme === t.id)).map((t) => t.id));
    const firstRow = rows.find((r) => r.themeId === first.theme)!;
    const inTheme = checklist.items.filter((i) => i.theme === first.theme).length;
    expect(firstRow.counts).toEqual({ aanwezig: 1, deels: 0, ontbreekt: inTheme - 1, total: inTheme });
    for (const r of rows.filter((x) => x.themeId !== first.theme)) expect(r.counts.aanwezig).toBe(0);
    expect(rows.reduce((n, r) => n + r.counts.total, 0)).toBe(checklist.items.length);
  });

  it('leaves out themes without items', () => {
    const rows = chartRows(
      [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      { a: counts(1, 0, 0), b: counts(0, 0, 0) },
    );
    expect(rows.map((r) => r.themeId)).toEqual(['a']);
    expect(chartMax(rows)).toBe(1);
    expect(chartMax([])).toBe(1);
  });

  it('lays a bar out as total/max of the track, segments in verdict order, whole widths that add up', () => {
    const segs = barSegments(counts(1, 1, 1), 6, 100);
    expect(segs.map((s) => s.verdict)).toEqual(['aanwezig', 'deels', 'ontbreekt']);
    expect(segs.map((s) => [s.x, s.width])).toEqual([
      [0, 17],
      [17, 16],
      [33, 17],
    ]);
    // A verdict with no items has no segment; the longest bar fills the track.
    const full = barSegments(counts(3, 0, 4), 7, 132);
    expect(full.map((s) => s.verdict)).toEqual(['aanwezig', 'ontbreekt']);
    expect(full[1]!.x + full[1]!.width).toBe(132);
    for (let n = 1; n <= 20; n++) {
      const s = barSegments(counts(n, n + 1, 2 * n), 100, 131);
      for (let i = 1; i < s.length; i++) expect(s[i]!.x).toBe(s[i - 1]!.x + s[i - 1]!.width);
      expect(s[s.length - 1]!.x + s[s.length - 1]!.width).toBe(Math.round(((4 * n + 1) / 100) * 131));
    }
    expect(barSegments(counts(0, 0, 0), 5, 100)).toEqual([]);
  });
});

describe('the PNG encoder', () => {
  it('writes a valid indexed PNG whose pixels come back unchanged', () => {
    const width = 7;
    const height = 5;
    const pixels = Uint8Array.from({ length: width * height }, (_, i) => (i * 7) % 3);
    const png = encodePng({ width, height, palette: [[255, 255, 255], [0, 0, 0], [200, 10, 10]], pixels });
    const read = readPng(png);
    expect(read).toMatchObject({ width, height });
    expect([...read.pixels]).toEqual([...pixels]);
    expect([...read.palette]).toEqual([255, 255, 255, 0, 0, 0, 200, 10, 10]);
    expect(read.alpha).toEqual([]);
    // A see-through first colour: a tRNS chunk with its opacity.
    expect(readPng(encodePng({ width, height, palette: [[255, 255, 255], [0, 0, 0]], alpha: [0], pixels: pixels.map((p) => p % 2) })).alpha).toEqual([0]);
  });

  it('splits large data over several stored blocks that inflate back', () => {
    const data = Uint8Array.from({ length: 150_000 }, (_, i) => (i * 31) % 251);
    expect(Buffer.compare(inflateSync(zlibStored(data)), Buffer.from(data))).toBe(0);
    expect(inflateSync(zlibStored(new Uint8Array(0))).length).toBe(0);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng({ width: 2, height: 2, palette: [[0, 0, 0]], pixels: new Uint8Array(3) })).toThrow();
  });
});

describe('the bar and swatch images', () => {
  /** Is the display pixel (x, y) of a bar drawn in ink? The middle of the image pixel block. */
  const inkAt = (img: ReturnType<typeof readPng>, x: number, y: number) => {
    const res = img.width / BAR_IMAGE.width;
    return img.pixels[Math.floor((y + 0.5) * res) * img.width + Math.floor((x + 0.5) * res)] === 1;
  };

  it('draws at four times the display size, solid for aanwezig, an open box for ontbreekt, nothing past the bar', () => {
    const img = readPng(barPng(counts(2, 1, 1), 8));
    // Paper is see-through, ink is opaque: no white box around a bar on a coloured or JPEG'd page.
    expect(img.alpha).toEqual([0]);
    expect(img.width).toBe(BAR_IMAGE.width * 4);
    expect(img.height).toBe(BAR_IMAGE.height * 4);
    const mid = BAR_IMAGE.height / 2;
    const segs = barSegments(counts(2, 1, 1), 8, BAR_IMAGE.width - 2);
    const [a, d, o] = segs.map((s) => ({ from: 1 + s.x, to: 1 + s.x + s.width }));
    for (let x = a!.from; x < a!.to - 1; x++) expect(inkAt(img, x, mid), `aanwezig at ${x}`).toBe(true);
    // Deels is hatched: some ink, some paper across its middle row.
    const deels = Array.from({ length: d!.to - d!.from - 3 }, (_, i) => inkAt(img, d!.from + 2 + i, mid));
    expect(deels.some(Boolean) && !deels.every(Boolean)).toBe(true);
    // Ontbreekt: ink on its edges, paper inside.
    expect(inkAt(img, o!.from, mid)).toBe(true);
    expect(inkAt(img, o!.to - 1, mid)).toBe(true);
    for (let x = o!.from + 2; x < o!.to - 2; x++) expect(inkAt(img, x, mid), `ontbreekt at ${x}`).toBe(false);
    // Half of the longest bar: the right half is paper.
    for (let x = o!.to + 1; x < BAR_IMAGE.width; x++) expect(inkAt(img, x, mid)).toBe(false);
    expect(o!.to).toBe(1 + Math.round((BAR_IMAGE.width - 2) / 2));
  });

  it('draws each verdict’s swatch like its part of the bar', () => {
    const ink = (v: Verdict) => {
      const img = readPng(swatchPng(v));
      expect(img).toMatchObject({ width: SWATCH_IMAGE.width * 4, height: SWATCH_IMAGE.height * 4 });
      return img.pixels.filter((p) => p === 1).length / img.pixels.length;
    };
    const share = { aanwezig: ink('aanwezig'), deels: ink('deels'), ontbreekt: ink('ontbreekt') };
    // Clearly different in black and white: most ink for solid, least for the open box.
    expect(VERDICT_FILL).toEqual({ aanwezig: 'solid', deels: 'hatch', ontbreekt: 'open' });
    expect(share.aanwezig).toBeGreaterThan(share.deels + 0.2);
    expect(share.deels).toBeGreaterThan(share.ontbreekt + 0.1);
  });
});

describe('the chart in the letter’s appendix', () => {
  let letter: LetterModel;
  let overview: TableBlock;
  beforeAll(() => {
    const first = checklist.items[0]!;
    // The automatic verdict of the first item is "aanwezig" (mixed); the council says "ontbreekt".
    const review = makeReview(checklist, mixed, {
      decisions: { [first.id]: { verdict: 'ontbreekt', updatedAt: '2026-11-21T10:00:00Z' } },
    });
    letter = composeLetter(review, checklist, councilSettings(), getTemplate('adviesbrief-gemeenteraad')!, NOW);
    overview = letter.appendix.blocks.find((b): b is TableBlock => b.type === 'table' && b.id === 'bijlage.overzicht')!;
  });

  it('puts one bar per theme beside the same numbers as text, with the council’s verdict counted', () => {
    expect(overview.columns.map((c) => c.header)).toEqual(['Thema', 'Verdeling', 'Aanwezig', 'Deels', 'Ontbreekt']);
    expect(overview.columns.map((c) => c.swatch)).toEqual([undefined, undefined, 'aanwezig', 'deels', 'ontbreekt']);
    const themeRows = overview.rows.slice(0, -1);
    expect(themeRows).toHaveLength(checklist.themes.length);
    const expected = new Map<string, VerdictCounts>();
    checklist.items.forEach((it, i) => {
      const c = expected.get(it.theme) ?? counts(0, 0, 0);
      const v: Verdict = i === 0 ? 'ontbreekt' : mixed(it, i);
      c[v]++;
      c.total++;
      expected.set(it.theme, c);
    });
    const longest = Math.max(...[...expected.values()].map((c) => c.total));
    checklist.themes.forEach((theme, i) => {
      const row = themeRows[i]!;
      const c = expected.get(theme.id)!;
      expect(row[0]!.paragraphs[0]!.text).toBe(theme.title);
      expect(row[1]!.bar).toEqual({ counts: c, max: longest, alt: `Balk voor ${theme.title}: ${countPhrase(c)}.` });
      expect(row.slice(2).map((cell) => cell.paragraphs[0]!.text)).toEqual([String(c.aanwezig), String(c.deels), String(c.ontbreekt)]);
    });
    expect(overview.rows[overview.rows.length - 1]![1]!.bar).toBeUndefined();
  });

  it('embeds the bars and swatches as PNGs in the .docx, with alt text and the counts as text', async () => {
    const buffer = await letterToBuffer(letter);
    const files = unzipDocx(buffer);
    const media = Object.keys(files).filter((n) => /^word\/media\/.+\.png$/.test(n));
    const sizes = media.map((n) => readPng(files[n]!)).map((p) => `${p.width}x${p.height}`);
    const bars = checklist.themes.length;
    expect(sizes.filter((s) => s === `${BAR_IMAGE.width * 4}x${BAR_IMAGE.height * 4}`).length).toBeGreaterThanOrEqual(1);
    expect(sizes.every((s) => s === `${BAR_IMAGE.width * 4}x${BAR_IMAGE.height * 4}` || s === `${SWATCH_IMAGE.width * 4}x${SWATCH_IMAGE.height * 4}`)).toBe(true);

    const doc = parseXml(xmlText(files, 'word/document.xml'));
    const descr = findAll(doc, 'wp:docPr').map((d) => attr(d, 'descr') ?? '');
    expect(descr.filter((d) => d.startsWith('Balk voor '))).toHaveLength(bars);
    expect(descr.filter((d) => d.startsWith('Legenda: '))).toEqual(['Legenda: Aanwezig', 'Legenda: Deels', 'Legenda: Ontbreekt']);
    // Each bar is drawn at its display size (EMU: 9525 per pixel).
    const extents = findAll(doc, 'wp:extent').map((e) => `${attr(e, 'cx')}x${attr(e, 'cy')}`);
    expect(extents.filter((e) => e === `${BAR_IMAGE.width * 9525}x${BAR_IMAGE.height * 9525}`)).toHaveLength(bars);
    // Every bar's alt text names its theme and agrees with the numbers in its row.
    for (const row of overview.rows.slice(0, -1)) expect(descr).toContain(row[1]!.bar!.alt);

    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('Elke balk is een thema.');
    expect(value).toContain('Verdeling');
  });
});
