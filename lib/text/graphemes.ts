/**
 * Grapheme-safe text cutting, shared by every stage that shortens text for people (titles,
 * quotes, letter lines): never splits a surrogate pair, an accent or an emoji sequence.
 */
interface SegmenterLike {
  segment(text: string): Iterable<{ segment: string }>;
}

let cachedSegmenter: SegmenterLike | null | undefined;

function graphemeSegmenter(): SegmenterLike | undefined {
  if (cachedSegmenter !== undefined) return cachedSegmenter ?? undefined;
  const Seg = (Intl as unknown as { Segmenter?: new (l?: string, o?: { granularity: string }) => SegmenterLike })
    .Segmenter;
  try {
    cachedSegmenter = Seg ? new Seg('nl', { granularity: 'grapheme' }) : null;
  } catch {
    cachedSegmenter = null;
  }
  return cachedSegmenter ?? undefined;
}

/**
 * Fallback grapheme splitting without Intl.Segmenter: code points, with combining marks,
 * variation selectors, skin-tone modifiers, tags and zero-width-joiner sequences kept together.
 */
export function fallbackGraphemes(text: string): string[] {
  return [...fallbackGraphemeIterator(text)];
}

function* fallbackGraphemeIterator(text: string): Generator<string> {
  let current = '';
  let joinNext = false;
  let prevRegional = false;
  for (const cp of text) {
    const code = cp.codePointAt(0)!;
    const extend =
      (code >= 0x0300 && code <= 0x036f) || // combining diacritics
      (code >= 0x1ab0 && code <= 0x1aff) ||
      (code >= 0x1dc0 && code <= 0x1dff) ||
      (code >= 0x20d0 && code <= 0x20ff) ||
      (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
      (code >= 0xfe20 && code <= 0xfe2f) ||
      (code >= 0x1f3fb && code <= 0x1f3ff) || // skin tones
      (code >= 0xe0020 && code <= 0xe007f) || // tags
      code === 0x200d;
    const regional = code >= 0x1f1e6 && code <= 0x1f1ff;
    if (current !== '' && (extend || joinNext || (regional && prevRegional))) {
      current += cp;
      prevRegional = false; // a flag is two regional indicators
    } else {
      if (current !== '') yield current;
      current = cp;
      prevRegional = regional;
    }
    joinNext = code === 0x200d;
  }
  if (current !== '') yield current;
}

/**
 * The user-perceived characters of `text` one by one, from the start: a caller that needs only
 * the first few stops early instead of splitting a long text whole.
 */
export function* graphemeIterator(text: string, useSegmenter = true): Generator<string> {
  const seg = useSegmenter ? graphemeSegmenter() : undefined;
  if (!seg) {
    yield* fallbackGraphemeIterator(text);
    return;
  }
  for (const s of seg.segment(text)) yield s.segment;
}

/**
 * The first `count` user-perceived characters of `text` (fewer when it has fewer). Reads a
 * growing prefix, so the cost follows `count`, not the length of the text: a boundary is
 * certain once the next character is read, and a prefix only ever cuts its last cluster.
 */
export function firstGraphemes(text: string, count: number, useSegmenter = true): string[] {
  for (let window = Math.max(64, count * 8); ; window *= 4) {
    const part = window >= text.length ? text : text.slice(0, window);
    const out: string[] = [];
    for (const g of graphemeIterator(part, useSegmenter)) {
      out.push(g);
      if (out.length > count) break; // the next cluster has started: the first `count` are whole
    }
    if (part === text || out.length > count) return out.slice(0, count);
  }
}

/** Split into user-perceived characters (Intl.Segmenter when present, else the fallback). */
export function graphemes(text: string, useSegmenter = true): string[] {
  const seg = useSegmenter ? graphemeSegmenter() : undefined;
  if (!seg) return fallbackGraphemes(text);
  return Array.from(seg.segment(text), (s) => s.segment);
}

export interface ShortenOptions {
  /**
   * Go back to the last white space when it stands at or after this many characters, so a word
   * is not cut in half. Default four fifths of `max`; `Infinity` cuts mid-word.
   */
  wordFrom?: number;
  /** What is taken off the end of the cut text before the "…". Default white space and , ; : . - */
  trailing?: RegExp;
  /** `max` counts the "…" too (a label of a fixed width); by default the "…" comes after `max` characters. */
  ellipsisInMax?: boolean;
  useSegmenter?: boolean;
}

/**
 * Cut text to `max` graphemes and add "…" when cut: the one way every stage shortens text for
 * people (quotes, titles, labels), with `options` for where a cut may fall. Never splits a
 * surrogate pair or an emoji sequence.
 */
export function shortenText(text: string, max: number, options: ShortenOptions = {}): string {
  if (text.length <= max) return text; // a string of ≤ max code units has ≤ max graphemes
  // Only the first max + 1 graphemes matter: a 50,000-character note is not split whole.
  const parts = firstGraphemes(text, max + 1, options.useSegmenter ?? true);
  if (parts.length <= max) return text;
  let cut = parts.slice(0, options.ellipsisInMax ? max - 1 : max);
  const wordFrom = options.wordFrom ?? Math.floor(max * 0.8);
  for (let i = cut.length - 1; i >= wordFrom; i--) {
    if (/\s/.test(cut[i]!)) {
      cut = cut.slice(0, i);
      break;
    }
  }
  return `${cut.join('').replace(options.trailing ?? /[\s,;:.-]+$/u, '')}…`;
}

/**
 * Cut text to at most `max` graphemes, preferring a word boundary in the last fifth, and add
 * "…" when cut. Never splits a surrogate pair or an emoji sequence.
 */
export function truncateText(text: string, max: number, useSegmenter = true): string {
  return shortenText(text, max, { useSegmenter });
}

/** A label of at most `max` characters, "…" included, cut mid-word (chart and table labels). */
export function shortLabel(text: string, max: number): string {
  return shortenText(text, max, { ellipsisInMax: true, wordFrom: Infinity, trailing: /\s+$/u });
}
