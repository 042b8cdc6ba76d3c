/** Reading the size of a PNG or JPEG logo, and writing a small PNG (the chart), without any image library. */

export function base64ToBytes(data: string): Uint8Array {
  const bin = atob(data.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Pixel size of a PNG or JPEG, or undefined when the header cannot be read. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  // PNG: signature, then the IHDR chunk with width and height as big-endian 32-bit numbers.
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = dv.getUint32(16);
    const height = dv.getUint32(20);
    return width > 0 && height > 0 ? { width, height } : undefined;
  }
  // JPEG: walk the markers up to a start-of-frame marker.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) {
        i++;
        continue;
      }
      const marker = bytes[i + 1]!;
      if (marker === 0xff) {
        i++;
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        i += 2;
        continue;
      }
      const len = (bytes[i + 2]! << 8) | bytes[i + 3]!;
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) {
        const height = (bytes[i + 5]! << 8) | bytes[i + 6]!;
        const width = (bytes[i + 7]! << 8) | bytes[i + 8]!;
        return width > 0 && height > 0 ? { width, height } : undefined;
      }
      if (len < 2) return undefined;
      i += 2 + len;
    }
  }
  return undefined;
}

/** Scale a size down (never up) to fit a box, keeping the aspect ratio. */
export function fitInBox(
  size: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(1, box.width / size.width, box.height / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

let crcTable: Uint32Array | undefined;

/** CRC-32 as PNG chunks use it (polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zlib stream of stored (uncompressed) deflate blocks: valid for every inflater, and no
 * compression library at run time. The .docx zip deflates the image anyway.
 */
export function zlibStored(data: Uint8Array): Uint8Array {
  const MAX = 0xffff;
  const blocks = Math.max(1, Math.ceil(data.length / MAX));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  out[0] = 0x78; // deflate, 32 KB window
  out[1] = 0x01; // no dictionary, lowest level; (0x78 << 8 | 0x01) % 31 === 0
  let o = 2;
  for (let b = 0; b < blocks; b++) {
    const chunk = data.subarray(b * MAX, Math.min(data.length, (b + 1) * MAX));
    out[o++] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00 (stored)
    out[o++] = chunk.length & 0xff;
    out[o++] = chunk.length >>> 8;
    out[o++] = ~chunk.length & 0xff;
    out[o++] = (~chunk.length >>> 8) & 0xff;
    out.set(chunk, o);
    o += chunk.length;
  }
  // Adler-32 of the uncompressed data, big-endian.
  let a = 1;
  let s = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]!) % 65521;
    s = (s + a) % 65521;
  }
  new DataView(out.buffer).setUint32(o, ((s << 16) | a) >>> 0);
  return out;
}

/** A palette image: one palette index per pixel, row by row. */
export interface PaletteImage {
  width: number;
  height: number;
  /** Up to 256 colours as [r, g, b]. */
  palette: [number, number, number][];
  /** Opacity (0–255) of the first palette colours, in order (a tRNS chunk); the others are opaque. */
  alpha?: number[];
  pixels: Uint8Array;
}

/** Encode a palette image as an 8-bit indexed PNG (IHDR, PLTE, tRNS when some colour is see-through, IDAT, IEND). */
export function encodePng(image: PaletteImage): Uint8Array {
  const { width, height, palette, alpha, pixels } = image;
  if (width < 1 || height < 1 || pixels.length !== width * height) throw new Error('encodePng: size and pixels do not match');
  if (palette.length < 1 || palette.length > 256) throw new Error('encodePng: palette needs 1 to 256 colours');
  // Each row starts with filter type 0 (none).
  const raw = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (palette), deflate, filter 0, no interlace
  const chunks: [string, Uint8Array][] = [
    ['IHDR', ihdr],
    ['PLTE', Uint8Array.from(palette.flat())],
    ...(alpha && alpha.length > 0 ? [['tRNS', Uint8Array.from(alpha.slice(0, palette.length))] as [string, Uint8Array]] : []),
    ['IDAT', zlibStored(raw)],
    ['IEND', new Uint8Array(0)],
  ];
  const size = 8 + chunks.reduce((n, [, d]) => n + 12 + d.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let o = 8;
  for (const [type, data] of chunks) {
    view.setUint32(o, data.length);
    for (let i = 0; i < 4; i++) out[o + 4 + i] = type.charCodeAt(i);
    out.set(data, o + 8);
    view.setUint32(o + 8 + data.length, crc32(out, o + 4, o + 8 + data.length));
    o += 12 + data.length;
  }
  return out;
}
