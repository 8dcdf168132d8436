/**
 * Streaming a data file line by line in bounded memory: the bytes are read in 1 MB pieces and split
 * at line feeds; each line is decoded as UTF-8 (a line that is not valid UTF-8 is flagged, not
 * fatal) and carries its number and its offset in the decoded text (UTF-16 code units), so each
 * imported row can cite itself. Lines arrive in batches to keep the per-line overhead low.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { ValidationError } from '../../model/index.js';

/** A line longer than this is not a row of a data file. */
const MAX_LINE_BYTES = 16 << 20;

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its line feed (a trailing carriage return is removed too). */
  text: string;
  /** Offset of the line's first character in the whole decoded text. */
  start: number;
  /** True when the line's bytes were not valid UTF-8 (the text then holds replacement characters). */
  invalid?: boolean;
}

export interface LineBatch {
  lines: Line[];
  /** The decoded text of the batch, line feeds included: appended in order, the pieces make the whole text. */
  text: string;
  /**
   * The same text as UTF-8, when it is exactly the file's bytes (valid UTF-8 throughout): a copy
   * that owns its buffer, so it can be handed to another thread without copying again.
   */
  bytes?: Uint8Array;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function tooLong(path: string, line: number): ValidationError {
  return new ValidationError(
    [
      {
        where: path,
        record: `line ${line}`,
        message: `a line longer than ${MAX_LINE_BYTES >> 20} MB: not a data file of rows`,
      },
    ],
    `cannot import ${path}`,
  );
}

export async function* readLines(path: string): AsyncGenerator<LineBatch> {
  let rest: Buffer = Buffer.alloc(0);
  let number = 0;
  let offset = 0;
  const decode = (bytes: Buffer, lines: Line[], pieces: string[], withFeed: boolean): void => {
    const invalid = !isUtf8(bytes);
    let text = bytes.toString('utf8');
    pieces.push(withFeed ? `${text}\n` : text);
    const length = text.length;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    number++;
    lines.push(invalid ? { number, text, start: offset, invalid } : { number, text, start: offset });
    offset += length + (withFeed ? 1 : 0);
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    const lines: Line[] = [];
    const end = buf.lastIndexOf(10) + 1;
    if (end > 0 && isUtf8(buf.subarray(0, end))) {
      // The common case, valid UTF-8 throughout: decode the whole piece once and cut lines from it.
      const text = buf.toString('utf8', 0, end);
      for (let from = 0, nl = text.indexOf('\n'); nl >= 0; from = nl + 1, nl = text.indexOf('\n', from)) {
        number++;
        lines.push({
          number,
          text: text.charCodeAt(nl - 1) === 13 && nl > from ? text.slice(from, nl - 1) : text.slice(from, nl),
          start: offset + from,
        });
      }
      offset += text.length;
      const bytes = new Uint8Array(buf.subarray(0, end));
      rest = Buffer.from(buf.subarray(end));
      if (rest.length > MAX_LINE_BYTES) throw tooLong(path, number + 1);
      yield { lines, text, bytes };
      continue;
    }
    const pieces: string[] = [];
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      decode(buf.subarray(from, nl), lines, pieces, true);
      from = nl + 1;
    }
    rest = Buffer.from(buf.subarray(from));
    if (rest.length > MAX_LINE_BYTES) throw tooLong(path, number + 1);
    if (lines.length) yield { lines, text: pieces.join('') };
  }
  if (rest.length) {
    const lines: Line[] = [];
    const pieces: string[] = [];
    decode(rest, lines, pieces, false);
    yield { lines, text: pieces.join('') };
  }
}
