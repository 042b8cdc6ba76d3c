/**
 * Reviews of files the user chose in the side panel. A file has no address, only a name, and
 * names say little ("download.pdf", "Regiovisie.pdf"): another region's file with the same name
 * must get its own review, not overwrite this one's notes. A new version of the same file (most
 * of the old quotes are still in it) is a re-check.
 */
import type { SavedReview } from './types';
import { matchKey } from './anchor';
import { isFileKey, normaliseUrl } from './url';

/** The address a chosen file's review is kept under: its name, or "file:NAME" when the name looks like a URL ("v2:regiovisie.pdf"). */
export function chosenFileUrl(name: string): string {
  return isFileKey(normaliseUrl(name)) ? name : `file:${name}`;
}

/** The n-th name for files that share a name: "download.pdf" → "download (2).pdf". */
export function numberedFileName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

/**
 * True when a document is (a version of) the one the stored review was made from: at least half
 * of the review's quotes (automatic and the council's own) are still in its text. A review with
 * fewer than three quotes is compared by title.
 */
export function isSameDocument(saved: SavedReview, doc: { title: string; blocks: readonly { text: string }[] }): boolean {
  const quotes = [
    ...saved.automatic.items.flatMap((item) => item.evidence.map((e) => e.quote)),
    ...Object.values(saved.decisions).flatMap((d) => (d.ownEvidence ?? []).map((e) => e.quote)),
  ]
    .map(matchKey)
    .filter((q) => q !== '');
  if (quotes.length < 3) return matchKey(saved.title) === matchKey(doc.title);
  const text = matchKey(doc.blocks.map((b) => b.text).join(' \n '));
  const found = quotes.filter((q) => text.includes(q)).length;
  return found * 2 >= quotes.length;
}
