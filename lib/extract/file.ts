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

/**
 * The text of a saved web page or text file, from its bytes. A byte-order mark or, for a web
 * page, a `<meta charset>` in its first 1024 bytes names the encoding (as browsers read it);
 * otherwise UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (what older Windows
 * programs save: "financi\xEBle" must not become "financi�le").
 */
export function decodeFileText(bytes: Uint8Array, kind: FileKind): string {
  const declared = bomEncoding(bytes) ?? (kind === 'html' ? metaCharset(bytes) : undefined);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // A label the decoder does not know: read it as if nothing was declared.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (the HTML standard reads it as UTF-8).
  return label?.startsWith('utf-16') ? 'utf-8' : label;
}
