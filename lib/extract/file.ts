/**
 * Local files the product reads (the CLI, and "Kies een bestand" in the side panel): which
 * reader a file needs, from its name. Pure.
 */

/** The reader a file needs: pdf.js, a DOM with Readability, or the plain-text reader. */
export type FileKind = 'pdf' | 'html' | 'text';

const KINDS: Readonly<Record<string, FileKind>> = { '.pdf': 'pdf', '.html': 'html', '.htm': 'html', '.txt': 'text' };

/** The file-name extensions that can be read, lower case with their dot. */
export const FILE_EXTENSIONS: readonly string[] = Object.keys(KINDS);

/** The reader for a file name ("Regiovisie.PDF" → "pdf"); undefined for anything else. */
export function fileKind(name: string): FileKind | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  return KINDS[name.slice(dot).toLowerCase()];
}

/** The largest file the side panel reads (a regiovisie PDF is a few MB; bigger is a mistake). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
