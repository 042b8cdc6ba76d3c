/**
 * Grapheme-safe text cutting, shared by every stage that shortens text for people (titles,
 * quotes, letter lines): never splits a surrogate pair, an accent or an emoji sequence.
 */
interface SegmenterLike {
  segment(text: string): Iterable<{ segment: string }>;
}

function graphemeSegmenter(): SegmenterLike | undefined {
  const Seg = (Intl as unknown as { Segmenter?: new (l?: string, o?: { granularity: string }) => SegmenterLike })
    .Segmenter;
  if (!Seg) return undefined;
  try {
    return new Seg('nl', { granularity: 'grapheme' });
  } catch {
    return undefined;
  }
}

/**
 * Fallback grapheme splitting without Intl.Segmenter: code points, with combining marks,
 * variation selectors, skin-tone modifiers, tags and zero-width-joiner sequences kept together.
 */
export function fallbackGraphemes(text: string): string[] {
  const out: string[] = [];
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
    if (out.length > 0 && (extend || joinNext || (regional && prevRegional))) {
      out[out.length - 1] += cp;
      prevRegional = false; // a flag is two regional indicators
    } else {
      out.push(cp);
      prevRegional = regional;
    }
    joinNext = code === 0x200d;
  }
  return out;
}

/** Split into user-perceived characters (Intl.Segmenter when present, else the fallback). */
export function graphemes(text: string, useSegmenter = true): string[] {
  const seg = useSegmenter ? graphemeSegmenter() : undefined;
  if (!seg) return fallbackGraphemes(text);
  return Array.from(seg.segment(text), (s) => s.segment);
}

/**
 * Cut text to at most `max` graphemes, preferring a word boundary in the last fifth, and add
 * "…" when cut. Never splits a surrogate pair or an emoji sequence.
 */
export function truncateText(text: string, max: number, useSegmenter = true): string {
  if (text.length <= max) return text; // a string of ≤ max code units has ≤ max graphemes
  const parts = graphemes(text, useSegmenter);
  if (parts.length <= max) return text;
  let cut = parts.slice(0, max);
  const minKeep = Math.floor(max * 0.8);
  for (let i = cut.length - 1; i >= minKeep; i--) {
    if (/\s/.test(cut[i]!)) {
      cut = cut.slice(0, i);
      break;
    }
  }
  return `${cut.join('').replace(/[\s,;:.-]+$/u, '')}…`;
}
