/**
 * Small, pure text helpers for the letter: safe text for Word (no control characters, no
 * lone surrogates, no line breaks inside a run), cutting on grapheme boundaries, Dutch dates
 * and numbers, and a short stable hash. No locale data is assumed to be present.
 */

import { firstGraphemes, truncateText } from '../text/graphemes';

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** "22 november 2026", in the local time zone of the machine. */
export function formatDutchDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getDate()} ${MONTHS_NL[date.getMonth()]} ${date.getFullYear()}`;
}

/**
 * A date as written in a source ("2022-02", "2022-02-15", "februari 2022") in Dutch words.
 * Unknown shapes are returned as they are.
 */
export function formatLooseDutchDate(text: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (!m) return text.trim();
  const month = MONTHS_NL[Number(m[2]) - 1];
  if (!month) return text.trim();
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** Parse an ISO date string; undefined when it is not a date. */
export function parseDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Dutch number: decimal comma, no thousands separator below 10 000. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = value.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const intPart = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, (int ?? '').replace('-', '').length > 4 ? '.' : '');
  return frac ? `${intPart},${frac}` : intPart;
}

/** A share in [0, 1] as a Dutch percentage: "12 %" / "3,5 %". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const pct = share * 100;
  const decimals = pct > 0 && pct < 10 && Math.round(pct) !== pct ? 1 : 0;
  return `${formatNumber(pct, decimals)} %`;
}

/** FNV-1a 32-bit hash as 6 upper-case base-36 characters: short and stable. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).toUpperCase().padStart(7, '0').slice(-6);
}

/**
 * Make text safe for a Word run: drop lone surrogates and control characters (except line
 * breaks and tabs), normalise line breaks to "\n". Line breaks are split off by `toParagraphs`.
 * Not lib/extract/clean.ts's cleanText, which joins lines: here the council's line breaks
 * become paragraphs, and text that never went through extraction (notes, edits) is made safe.
 */
export function cleanText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      }
      continue; // lone high surrogate: dropped
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // lone low surrogate: dropped
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) !== 0x0a) out += '\n';
      continue;
    }
    if (c === 0x0a) {
      out += '\n';
      continue;
    }
    if (c === 0x09) {
      out += ' ';
      continue;
    }
    // C0 and C1 controls, and the Unicode line/paragraph separators, are not valid in runs.
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff) continue;
    if (c === 0x2028 || c === 0x2029) {
      out += '\n';
      continue;
    }
    out += text[i]!;
  }
  return out;
}

/** Collapse runs of spaces inside one line and trim. */
export function collapseSpaces(line: string): string {
  return line.replace(/[ \u00a0]{2,}/g, ' ').trim();
}

/**
 * Split free text (a note, an edited paragraph) into paragraphs: one per non-empty line.
 * The result never contains "\n".
 */
export function toParagraphs(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map(collapseSpaces)
    .filter((line) => line.length > 0);
}

/** One line of safe text: line breaks become spaces. */
export function oneLine(text: string): string {
  return collapseSpaces(cleanText(text).replace(/\n+/g, ' '));
}

/**
 * One line of safe text for a name, title or address line, cut (with "…", on a grapheme
 * boundary) to at most `max` user-perceived characters and 2 × `max` UTF-16 code units. Text
 * the council typed as a name can be anything; a letter needs a line, not 50,000 characters
 * (which LibreOffice could not lay out in minutes, and which made a file name of 42,000).
 */
export function shortLine(text: string, max: number): string {
  const line = truncateText(oneLine(text), max);
  if (line.length <= max * 2) return line;
  let out = '';
  for (const g of firstGraphemes(line, max)) {
    if (out.length + g.length > max * 2 - 1) break;
    out += g;
  }
  return `${out}…`;
}

// Grapheme-safe cutting lives with the other text tools; the letter stage uses it too.
export { fallbackGraphemes, firstGraphemes, graphemes, truncateText } from '../text/graphemes';
