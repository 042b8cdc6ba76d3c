/**
 * Text clean-up shared by every extractor, so block text is the same whichever way a
 * document came in: soft hyphens and zero-width characters removed, every run of white
 * space (including NBSP and line breaks) collapsed to one space, trimmed.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACE = /[\s\u00A0\u2007\u202F]+/g;

export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

/** Words as a reader counts them: runs of letters or digits (hyphenated compounds count once). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/**
 * Line-based input (text files, PDF text): join a word broken over a line end
 * ("jeugd-\nzorg" → "jeugdzorg"), but keep "jeugd- en gezinsteams". Run before cleanText.
 */
export function joinBrokenWords(raw: string): string {
  return raw.replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1$2');
}
