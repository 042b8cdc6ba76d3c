/**
 * Does a sentence speak of regions in general ("regio's", "elke regio", "een regio die …", "alle
 * jeugdregio's")? The analyzer asks this of every sentence with a region as subject, so it is
 * answered without a slice of the sentence or a pattern tried at every position of it. It keeps
 * the last place found in the last block between calls (sentences come in order), nothing else.
 */

/** The rule, as a regular expression: genericRegionsIn answers exactly what GENERIC_REGIONS.test(text.slice(from, to)) does. */
export const GENERIC_REGIONS = /\b(?:jeugd)?regio(?:'|’)s\b|\b(?:elke|iedere|een|welke|andere) (?:jeugd)?regio\b/i;

/** The words that make "… regio" general (lower case). */
const GENERAL_WORDS = ['elke', 'iedere', 'een', 'welke', 'andere'];

/** A character of the regular-expression class \w (without the u flag: ASCII only). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Is text[at, at + word.length) the ASCII word `word` (lower case), in any case? */
function isWordAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    // a letter matches itself and its capital only (as /i without the u flag does)
    if (c !== word.charCodeAt(i) && c !== word.charCodeAt(i) - 32) return false;
  }
  return true;
}

/** Does a word start at `at` within [from, …) (\b before a word character)? */
function startsWord(text: string, from: number, at: number): boolean {
  return at === from || !isWordCode(text.charCodeAt(at - 1));
}

/** Does a word end at `at` within [… , to) (\b after a word character)? */
function endsWord(text: string, at: number, to: number): boolean {
  return at === to || !isWordCode(text.charCodeAt(at));
}

/** Does one of GENERAL_WORDS and a space end right before `at` (within [from, at))? */
function generalWordBefore(text: string, from: number, at: number): boolean {
  if (at - 1 < from || text.charCodeAt(at - 1) !== 32) return false;
  for (const word of GENERAL_WORDS) {
    const start = at - 1 - word.length;
    if (start >= from && isWordAt(text, start, word) && startsWord(text, from, start)) return true;
  }
  return false;
}

/** Every "regio" in any case, as GENERIC_REGIONS reads it (/i without the u flag). */
const REGIO = /regio/gi;
/** The last answer of regioFrom: the sentences of a block ask in order, so most questions are answered by it. */
let lastText = '';
let lastFrom = 0;
let lastAt = -1;

/** Index of the first "regio" (any case) at or after `from`, -1 when there is none. */
function regioFrom(text: string, from: number): number {
  if (text === lastText && from >= lastFrom && (lastAt < 0 || lastAt >= from)) return lastAt;
  REGIO.lastIndex = from;
  const at = REGIO.test(text) ? REGIO.lastIndex - 5 : -1;
  lastText = text;
  lastFrom = from;
  lastAt = at;
  return at;
}

/** GENERIC_REGIONS.test(text.slice(from, to)), without the slice: every match holds a "regio", so only those places are looked at. */
export function genericRegionsIn(text: string, from: number, to: number): boolean {
  for (let p = regioFrom(text, from); p >= 0 && p + 5 <= to; p = regioFrom(text, p + 5)) {
    // "regio" may follow "jeugd" ("jeugdregio's"): the match then starts there
    const jeugd = p - 5 >= from && isWordAt(text, p - 5, 'jeugd');
    const end = p + 5;
    // regio's, regio’s
    if (end + 2 <= to && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && (text.charCodeAt(end + 1) | 32) === 115 && endsWord(text, end + 2, to)) {
      if (startsWord(text, from, p) || (jeugd && startsWord(text, from, p - 5))) return true;
    }
    // elke regio, een jeugdregio
    if (endsWord(text, end, to) && (generalWordBefore(text, from, p) || (jeugd && generalWordBefore(text, from, p - 5)))) return true;
  }
  return false;
}
