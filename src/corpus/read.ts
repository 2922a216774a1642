import { promises as fsp, type Stats } from 'node:fs';
import type { Readable } from 'node:stream';

/** A problem with what the user gave (exit code 2). The message names the input and says what to do. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Largest document read by default (--max-doc-size): far above any article, far below what fills memory. */
export const DEFAULT_MAX_DOC_BYTES = 64 * 1024 * 1024;

const megabytes = (n: number) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`);

export function tooLarge(name: string, limit: number): InputError {
  return new InputError(`${name}: document larger than --max-doc-size (${megabytes(limit)}); split it, or raise the limit with --max-doc-size <bytes>`);
}

/** What kind of thing a path is, in words, for a file that cannot be read as a document. */
function kindOf(stat: Stats): string {
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/**
 * Check that a path can be read as documents: a regular file or a FIFO (a pipe: `<(cmd)`). Devices such as
 * /dev/zero would never end.
 */
export function checkReadable(name: string, stat: Stats): void {
  if (stat.isFile() || stat.isFIFO()) return;
  throw new InputError(`${name}: ${kindOf(stat)}, not a document; give files, directories, or - for stdin`);
}

/** The whole of a file, at most `limit` bytes: reading stops at the limit (a FIFO may never end). */
export async function readFileBounded(file: string, limit: number): Promise<Buffer> {
  const fh = await fsp.open(file, 'r');
  try {
    const stat = await fh.stat();
    checkReadable(file, stat);
    if (stat.isFile() && stat.size > limit) throw tooLarge(file, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooLarge(file, limit);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}

/** All of a stream, at most `limit` bytes (stdin may be /dev/zero). */
export async function readStreamBounded(stream: Readable, name: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    total += chunk.length;
    if (total > limit) {
      stream.destroy();
      throw tooLarge(name, limit);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** The byte-order mark a buffer starts with, if any. */
export function byteOrderMark(buf: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Replacement characters in a string. */
function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i >= 0; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * UTF-8 bytes as text. Invalid sequences are replaced one by one with U+FFFD (the WHATWG decoder's rule),
 * everything else is kept as written; `onInvalid` hears how many were replaced.
 */
export function decodeUtf8(buf: Uint8Array, onInvalid?: (replaced: number) => void): string {
  try {
    return strictUtf8.decode(buf);
  } catch {
    const text = lenientUtf8.decode(buf);
    // Replacement characters already in the input (valid UTF-8 for U+FFFD) are not counted.
    let given = 0;
    for (let i = buf.indexOf(0xef); i >= 0 && i + 2 < buf.length; i = buf.indexOf(0xef, i + 1)) {
      if (buf[i + 1] === 0xbf && buf[i + 2] === 0xbd) given++;
    }
    onInvalid?.(countReplacements(text) - given);
    return text;
  }
}

/** UTF-16 (the byte-order mark already read) as text; big-endian is swapped to little-endian first. */
export function decodeUtf16(buf: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  let bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.length - (buf.length % 2));
  if (order === 'utf-16be') bytes = Buffer.from(bytes).swap16();
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
}

/**
 * A document's bytes as text: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise UTF-8 (a BOM
 * dropped). Invalid UTF-8 bytes are replaced, with a warning naming the input.
 */
export function decodeDocument(buf: Uint8Array, name: string, warn?: (m: string) => void): string {
  const bom = byteOrderMark(buf);
  if (bom === 'utf-16le' || bom === 'utf-16be') return decodeUtf16(buf.subarray(2), bom);
  return decodeUtf8(bom ? buf.subarray(3) : buf, (n) =>
    warn?.(`${name}: ${n} invalid UTF-8 byte sequence${n === 1 ? '' : 's'} replaced with U+FFFD; save the file as UTF-8 to read it exactly`),
  );
}

/** One line of a text stream, 1-based number, line end removed. */
export interface NumberedLine {
  text: string;
  number: number;
}

/**
 * The lines of a JSONL stream, one at a time (the stream is never held whole; time linear in its size).
 * UTF-8 by default, a UTF-8 BOM dropped; UTF-16 when it starts with a UTF-16 BOM. Invalid UTF-8 bytes are
 * replaced with U+FFFD and reported once, at the end, naming the first line that had them. A line longer
 * than `limit` bytes is an error.
 */
export async function* jsonlLines(stream: AsyncIterable<Buffer | string>, name: string, limit: number, warn?: (m: string) => void): AsyncGenerator<NumberedLine> {
  let number = 0;
  let badLines = 0;
  let firstBad = 0;
  let utf16: InstanceType<typeof TextDecoder> | null = null;
  let carry = '';
  let pieces: Buffer[] = [];
  let pending = 0;
  let started = false;
  const lineOf = (bytes: Buffer): string => {
    const end = bytes.length && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    return decodeUtf8(bytes.subarray(0, end), () => {
      badLines++;
      firstBad ||= number;
    });
  };
  for await (const raw of stream) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (!started) {
      started = true;
      const bom = byteOrderMark(chunk);
      if (bom === 'utf-8') chunk = chunk.subarray(3);
      else if (bom) {
        utf16 = new TextDecoder(bom, { ignoreBOM: true });
        chunk = chunk.subarray(2);
      }
    }
    if (utf16) {
      const lines = (carry + utf16.decode(chunk, { stream: true })).split('\n');
      carry = lines.pop()!;
      if (carry.length > limit) throw tooLarge(`${name} line ${number + 1}`, limit);
      for (const l of lines) yield { text: l.endsWith('\r') ? l.slice(0, -1) : l, number: ++number };
      continue;
    }
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      const part = chunk.subarray(from, nl);
      const bytes = pieces.length ? Buffer.concat([...pieces, part], pending + part.length) : part;
      pieces = [];
      pending = 0;
      from = nl + 1;
      number++;
      if (bytes.length > limit) throw tooLarge(`${name} line ${number}`, limit);
      yield { text: lineOf(bytes), number };
    }
    if (from < chunk.length) {
      pieces.push(chunk.subarray(from));
      pending += chunk.length - from;
      if (pending > limit) throw tooLarge(`${name} line ${number + 1}`, limit);
    }
  }
  if (utf16) {
    const last = carry + utf16.decode();
    if (last) yield { text: last.endsWith('\r') ? last.slice(0, -1) : last, number: ++number };
  } else if (pending) {
    number++;
    yield { text: lineOf(Buffer.concat(pieces, pending)), number };
  }
  if (badLines) {
    warn?.(`${name}: invalid UTF-8 bytes on ${badLines} line${badLines === 1 ? '' : 's'} (first: line ${firstBad}) replaced with U+FFFD; save the file as UTF-8 to read it exactly`);
  }
}
