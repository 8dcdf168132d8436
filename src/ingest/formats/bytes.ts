/**
 * Checks on the raw bytes of a document before any parsing: size limit, binary content, encoding
 * (UTF-8, or UTF-16 when a byte-order mark says so). Each failure names the file and, where it can,
 * the line.
 */
import { ValidationError } from '../../model/index.js';

/** Documents larger than this are refused (a book-length PDF is a few MB; 50 MB of text is a mistake). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function unreadable(file: string, message: string): ValidationError {
  return new ValidationError([{ where: file, message }], `cannot read ${file}`);
}

export function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function checkSize(file: string, size: number, max = DEFAULT_MAX_BYTES): void {
  if (size === 0) throw unreadable(file, 'the file is empty');
  if (size > max) {
    throw unreadable(
      file,
      `the file is ${mb(size)}; documents over ${mb(max)} are refused (split it, or raise the limit with --max-size)`,
    );
  }
}

const MAGIC: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Why the bytes are not a text document, or null. PDFs are recognised before this is asked. */
export function binaryProblem(bytes: Uint8Array): string | null {
  for (const [what, magic] of MAGIC)
    if (magic.every((b, i) => bytes[i] === b)) return `binary file (${what}), not text, Markdown, HTML or PDF`;
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0) return `binary file (a NUL byte at offset ${nul}), not text, Markdown, HTML or PDF`;
  return null;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function invalidUtf8At(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** Decode UTF-8 strictly (a leading byte-order mark is dropped); invalid bytes are an error naming the line. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = invalidUtf8At(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw unreadable(
      file,
      `invalid UTF-8 at line ${line} (byte ${at}); convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)`,
    );
  }
}

/** The encoding a byte-order mark announces, or undefined (UTF-8's own mark is handled by decodeUtf8). */
export function bomEncoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4 ? 'utf-32' : 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32';
  return undefined;
}

/**
 * The text of a document's bytes. A UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian)
 * means UTF-16, decoded strictly (the mark is dropped; an odd length or a lone surrogate is an error
 * naming the byte); otherwise the bytes must be text, not binary, in UTF-8.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-32')
    throw unreadable(
      file,
      'the file is UTF-32 (by its byte-order mark); convert it to UTF-8 first (e.g. iconv -f utf-32 -t utf-8)',
    );
  if (bom) {
    if (bytes.length % 2 !== 0)
      throw unreadable(
        file,
        `invalid ${bom.toUpperCase()}: an odd number of bytes (${bytes.length}); the last character is cut`,
      );
    try {
      return new TextDecoder(bom, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw unreadable(file, `invalid ${bom.toUpperCase()} (a lone surrogate); convert the file to UTF-8 first`);
    }
  }
  const problem = binaryProblem(bytes);
  if (problem) throw unreadable(file, problem);
  return decodeUtf8(file, bytes);
}
