/**
 * The verdicts per theme as a picture: one horizontal stacked bar per theme (aanwezig, deels,
 * ontbreekt). Pure data and layout, used by the panel's summary (as SVG) and by the letter's
 * appendix (as PNG, drawn here without any image library, so the CLI makes the same image).
 *
 * Readable in black and white: aanwezig is solid, deels is hatched, ontbreekt is an open box.
 * The numbers always stand beside the picture as text; the picture only helps the eye.
 */
import { VERDICTS, type Theme, type Verdict } from '../checklist/types';
import type { VerdictCounts } from '../review/model';
import { encodePng } from './image';

export interface ChartRow {
  themeId: string;
  title: string;
  counts: VerdictCounts;
}

/** The themes that have items, in checklist order, with their counts (effective verdicts: the user's own verdict wins). */
export function chartRows(themes: Pick<Theme, 'id' | 'title'>[], counts: Record<string, VerdictCounts>): ChartRow[] {
  return themes.flatMap((th) => {
    const c = counts[th.id];
    return c && c.total > 0 ? [{ themeId: th.id, title: th.title, counts: c }] : [];
  });
}

/** The longest bar: every bar is measured against it, so the bars compare by number of items. */
export function chartMax(rows: { counts: VerdictCounts }[]): number {
  return Math.max(1, ...rows.map((r) => r.counts.total));
}

export interface BarSegment {
  verdict: Verdict;
  count: number;
  /** Start and width in track units; whole numbers that add up without gaps. */
  x: number;
  width: number;
}

/**
 * The segments of one bar on a track `track` units long: the bar is total/max of the track,
 * each verdict its share of it, in the order aanwezig, deels, ontbreekt. Verdicts with 0 items
 * have no segment. Edges are rounded from the running total, so widths always add up.
 */
export function barSegments(counts: VerdictCounts, max: number, track: number): BarSegment[] {
  const scale = track / Math.max(1, max, counts.total);
  const out: BarSegment[] = [];
  let done = 0;
  for (const verdict of VERDICTS) {
    const count = counts[verdict];
    if (count <= 0) continue;
    const x = Math.round(done * scale);
    done += count;
    const end = Math.round(done * scale);
    out.push({ verdict, count, x, width: end - x });
  }
  return out;
}

/** How each verdict is drawn, so the chart reads without colour too. */
export const VERDICT_FILL: Record<Verdict, 'solid' | 'hatch' | 'open'> = {
  aanwezig: 'solid',
  deels: 'hatch',
  ontbreekt: 'open',
};

/** Display sizes in pixels at 96 dpi: a bar in the appendix table, and a legend swatch. */
export const BAR_IMAGE = { width: 132, height: 16 };
export const SWATCH_IMAGE = { width: 12, height: 12 };
/** Pixels per display pixel: sharp when printed. */
const RES = 4;

/**
 * Paper and ink: see-through white (so a PDF export that turns the image into a JPEG leaves no
 * grey box around a bar) and the letter's heading blue (dark in black and white).
 */
const PALETTE: [number, number, number][] = [
  [255, 255, 255],
  [0x1f, 0x3a, 0x5f],
];
const ALPHA = [0];
const PAPER = 0;
const INK = 1;

/** Paint one segment into `pixels` (width `w`): [x0, x1) × [y0, y1), in image pixels. */
function paintSegment(pixels: Uint8Array, w: number, verdict: Verdict, x0: number, x1: number, y0: number, y1: number): void {
  const fill = VERDICT_FILL[verdict];
  const line = RES; // outline: one display pixel
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const edge = x - x0 < line || x1 - 1 - x < line || y - y0 < line || y1 - 1 - y < line;
      let ink = edge;
      if (fill === 'solid') ink = true;
      // Diagonal hatching: a line of 1.5 display pixels every 4 display pixels.
      else if (fill === 'hatch') ink = edge || (x - x0 + (y1 - y)) % (4 * RES) < 1.5 * RES;
      pixels[y * w + x] = ink ? INK : PAPER;
    }
  }
}

/** One theme's bar as a PNG: BAR_IMAGE in size (times RES pixels), bar length total/max of the width. */
export function barPng(counts: VerdictCounts, max: number): Uint8Array {
  const width = BAR_IMAGE.width * RES;
  const height = BAR_IMAGE.height * RES;
  const pixels = new Uint8Array(width * height); // PAPER
  // A margin of one display pixel: an outline on the image's edge can get lost when scaled.
  const m = 1;
  const segments = barSegments(counts, max, BAR_IMAGE.width - 2 * m);
  segments.forEach((s, i) => {
    // A white gap of one display pixel between segments, so solid and hatched never merge.
    const gap = i < segments.length - 1 ? 1 : 0;
    const x1 = Math.max(s.x + 1, s.x + s.width - gap);
    paintSegment(pixels, width, s.verdict, (m + s.x) * RES, (m + x1) * RES, m * RES, height - m * RES);
  });
  return encodePng({ width, height, palette: PALETTE, alpha: ALPHA, pixels });
}

/** A legend square for one verdict, drawn the same way as its segments. */
export function swatchPng(verdict: Verdict): Uint8Array {
  const width = SWATCH_IMAGE.width * RES;
  const height = SWATCH_IMAGE.height * RES;
  const pixels = new Uint8Array(width * height);
  paintSegment(pixels, width, verdict, RES, width - RES, RES, height - RES);
  return encodePng({ width, height, palette: PALETTE, alpha: ALPHA, pixels });
}
