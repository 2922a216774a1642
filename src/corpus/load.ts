import { createReadStream, openSync, promises as fsp, rmdirSync, constants as fsConstants, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  byteOrderMark,
  checkReadable,
  decodeDocument,
  DEFAULT_MAX_DOC_BYTES,
  InputError,
  jsonlLines,
  readFileBounded,
  readStreamBounded,
} from './read.js';
import { decodeHtml, isHtmlName, loadHtmlParser, renderHtml } from './html.js';
import type { Document } from './types.js';
import { walkDirectory } from './walk.js';

export { InputError, DEFAULT_MAX_DOC_BYTES };

export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'text', 'jsonl', 'html', 'htm'];
const DOCUMENT_NAME = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join('|')})$`, 'i');
const isDocumentName = (name: string) => DOCUMENT_NAME.test(name);

export interface LoadOptions {
  /** Standard input, when the user gave `-` or no input with data piped in. */
  stdin?: Readable;
  /** Whether standard input is an interactive terminal (no data to read). */
  stdinIsTTY?: boolean;
  /** Read standard input as JSONL documents. */
  jsonlStdin?: boolean;
  /** Receives warnings (skipped inputs, renamed duplicate ids, decoding fallbacks). */
  warn?: (message: string) => void;
  /** Largest document, in bytes (a file, stdin, or one JSONL line): DEFAULT_MAX_DOC_BYTES unless given. */
  maxDocBytes?: number;
  /** Characters of text kept in memory between passes (KEEP_CHARS unless given; tests make it small). */
  keepChars?: number;
}

/** One input to read, after arguments are resolved. `named` inputs were given by the user by name. */
export type InputSource =
  | { kind: 'stdin' }
  | { kind: 'file'; path: string; named: boolean; id: string };

const isGlob = (s: string) => /[*?[\]{}!]/.test(s) || /\(.*\|.*\)/.test(s);

/**
 * Resolve arguments to the inputs to read, checking every named path before anything is read or written:
 * missing or unreadable paths, directories without documents and globs without matches are errors.
 */
/** fast-glob, loaded only when a directory or a pattern is given: loading it costs more than reading a file. */
async function fastGlob() {
  return (await import('fast-glob')).default;
}

export async function resolveInputs(args: string[], opts: LoadOptions = {}): Promise<InputSource[]> {
  const out: InputSource[] = [];
  if (args.length === 0) {
    if (opts.stdinIsTTY || !opts.stdin) {
      throw new InputError('no input: give files, directories or glob patterns, or pipe text on stdin (see --help)');
    }
    return [{ kind: 'stdin' }];
  }
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    const stat = await fsp.stat(arg).catch(() => null);
    if (stat?.isDirectory()) {
      const files = await walkDirectory(arg, isDocumentName);
      if (files.length === 0) {
        throw new InputError(`${arg}: directory has no documents (*.${DOCUMENT_EXTENSIONS.join(', *.')}; node_modules/, .git/ and .gitignore'd files are skipped)`);
      }
      for (const f of files) out.push({ kind: 'file', path: f.path, named: false, id: f.id });
      continue;
    }
    if (stat) {
      checkReadable(arg, stat);
      try {
        await fsp.access(arg, fsConstants.R_OK);
      } catch {
        throw new InputError(`${arg}: permission denied; make the file readable, or leave it out`);
      }
      out.push({ kind: 'file', path: arg, named: true, id: path.basename(arg) });
      continue;
    }
    if (isGlob(arg)) {
      // Links are not followed (a link loop would never end), nor are installed packages and .git read.
      const files = await (await fastGlob())(arg, { onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (files.length === 0) throw new InputError(`${arg}: no files match this pattern`);
      files.sort();
      for (const f of files) out.push({ kind: 'file', path: f, named: false, id: path.basename(f) });
      continue;
    }
    throw new InputError(`${arg}: no such file or directory`);
  }
  return out;
}

/** True for content that is not text: NUL bytes, or mostly control characters (UTF-16 with a BOM is text). */
export function looksBinary(buf: Uint8Array): boolean {
  const bom = byteOrderMark(buf);
  if (bom === 'utf-16le' || bom === 'utf-16be') return false;
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Decode a document's bytes (see decodeDocument: UTF-8 repaired byte by byte, or UTF-16 with a BOM). */
export const decodeText = decodeDocument;

/** One JSONL line's fields, checked; `html` is the page's HTML when the line gives a page instead of text. */
interface JsonlRecord {
  id: string;
  source: string | null;
  given: Pick<Document, 'date' | 'title' | 'url'>;
  text: string | null;
  html: string | null;
}

/** Parse one JSONL line into a document; `where` is `file:line` for messages. A page needs loadHtmlParser first. */
export function parseJsonlLine(line: string, where: string, fallbackId: string): Omit<Document, 'origin'> {
  return recordDocument(readJsonlRecord(line, where, fallbackId));
}

function recordDocument(r: JsonlRecord): Omit<Document, 'origin'> {
  if (r.html !== null) return pageDocument(r.id, r.source, stripBom(r.html), r.given);
  return { id: r.id, text: stripBom(r.text!), source: r.source, ...r.given };
}

function readJsonlRecord(line: string, where: string, fallbackId: string): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(`${where}: invalid JSONL line (${(e as Error).message.split('\n')[0]})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`${where}: invalid JSONL line (expected an object with "text")`);
  }
  const rec = value as Record<string, unknown>;
  const html = typeof rec.text !== 'string' && typeof rec.html === 'string' ? rec.html : null;
  if (typeof rec.text !== 'string' && html === null) throw new InputError(`${where}: invalid JSONL line ("text" must be a string)`);
  const id = typeof rec.id === 'string' && rec.id ? rec.id : typeof rec.id === 'number' ? String(rec.id) : fallbackId;
  const source = typeof rec.source === 'string' && rec.source ? rec.source : null;
  const given = { date: optionalString(rec.date), title: optionalString(rec.title), url: optionalString(rec.url) };
  return { id, source, given, text: html === null ? (rec.text as string) : null, html };
}

const optionalString = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** A document from an HTML page: its rendered text; metadata given by the user wins over the page's. */
function pageDocument(id: string, source: string | null, html: string, given: Partial<Pick<Document, 'date' | 'title' | 'url'>> = {}): Omit<Document, 'origin'> {
  const page = renderHtml(html);
  return {
    id,
    text: page.text,
    // The host groups one outlet's pages more surely than its site name, which varies ("WSJ", a URL).
    source: source ?? hostOf(page.url) ?? hostOf(page.siteName) ?? page.siteName,
    date: given.date ?? page.date,
    title: given.title ?? page.title,
    url: given.url ?? page.url,
    layout: page.layout,
  };
}

const hostOf = (url: string | null) => {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
};

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

async function* readJsonl(stream: AsyncIterable<Buffer | string>, name: string, opts: LoadOptions): AsyncGenerator<Document> {
  const base = path.basename(name).replace(/\.jsonl$/i, '');
  for await (const { text, number } of jsonlLines(stream, name, maxBytes(opts), opts.warn)) {
    if (!text.trim()) continue;
    const record = readJsonlRecord(text, `${name} line ${number}`, `${base}:${number}`);
    if (record.html !== null) await loadHtmlParser();
    yield { ...recordDocument(record), origin: `${name}:${number}` };
  }
}

const maxBytes = (opts: LoadOptions) => opts.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;

/** A read error in words, with what to do. */
function cannotRead(file: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file (it went away while reading)' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'a directory, not a document' : `cannot read (${code ?? 'read error'})`;
  return new InputError(`${file}: ${why}; check the path, or leave it out`);
}

async function* readSource(src: InputSource, opts: LoadOptions): AsyncGenerator<Document> {
  const warn = opts.warn;
  if (src.kind === 'stdin') {
    if (!opts.stdin) throw new InputError('stdin: not available');
    if (opts.jsonlStdin) {
      let any = false;
      for await (const d of readJsonl(opts.stdin, 'stdin', opts)) {
        any = true;
        yield d;
      }
      if (!any) throw new InputError('stdin: no JSONL documents on standard input');
      return;
    }
    const buf = await readStreamBounded(opts.stdin, 'stdin', maxBytes(opts));
    if (buf.length === 0) throw new InputError('stdin: no input (standard input was empty)');
    if (looksBinary(buf)) throw new InputError('stdin: binary data, not text');
    yield { id: 'stdin', source: null, text: decodeDocument(buf, 'stdin', warn), origin: 'stdin' };
    return;
  }
  const file = src.path;
  if (/\.jsonl$/i.test(file)) {
    let binary = false;
    // The first chunk is judged as it arrives: a FIFO cannot be read twice.
    async function* unlessBinary(): AsyncGenerator<Buffer> {
      let first = true;
      for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
        if (first && looksBinary(chunk)) {
          binary = true;
          return;
        }
        first = false;
        yield chunk;
      }
    }
    try {
      yield* readJsonl(unlessBinary(), file, opts);
    } catch (e) {
      throw cannotRead(file, e);
    }
    if (binary) {
      if (src.named) throw new InputError(`${file}: binary file, not JSONL`);
      warn?.(`${file}: skipped (binary file)`);
    }
    return;
  }
  let buf: Buffer;
  try {
    buf = await readFileBounded(file, maxBytes(opts));
  } catch (e) {
    const err = cannotRead(file, e);
    if (src.named || /max-doc-size/.test(err.message)) throw err;
    warn?.(`${err.message.replace(/;.*$/, '')}; skipped`);
    return;
  }
  if (looksBinary(buf)) {
    if (src.named) throw new InputError(`${file}: binary file, not text`);
    warn?.(`${file}: skipped (binary file)`);
    return;
  }
  if (isHtmlName(file)) {
    await loadHtmlParser();
    yield { ...pageDocument(src.id, null, stripBom(decodeHtml(buf, file, warn))), origin: file };
    return;
  }
  yield { id: src.id, source: null, text: decodeDocument(buf, file, warn), origin: file };
}

/**
 * Documents of the given arguments, in order, streamed: JSONL is read line by line. Ids are unique:
 * a repeated id gets `#2`, `#3` and a warning.
 */
export async function* loadDocuments(args: string[], opts: LoadOptions = {}): AsyncGenerator<Document> {
  yield* documentsOf(await resolveInputs(args, opts), opts);
}

async function* documentsOf(sources: InputSource[], opts: LoadOptions): AsyncGenerator<Document> {
  const seen = new Map<string, number>();
  let stdinUsed = false;
  for (const src of sources) {
    if (src.kind === 'stdin') {
      if (stdinUsed) continue;
      stdinUsed = true;
    }
    for await (const doc of readSource(src, opts)) {
      const count = (seen.get(doc.id) ?? 0) + 1;
      seen.set(doc.id, count);
      if (count > 1) {
        const renamed = `${doc.id}#${count}`;
        opts.warn?.(`${doc.origin}: duplicate id "${doc.id}" renamed to "${renamed}"`);
        seen.set(renamed, 1);
        yield { ...doc, id: renamed };
      } else yield doc;
    }
  }
}

/** All documents of the arguments (see loadDocuments). */
export async function loadCorpus(args: string[], opts: LoadOptions = {}): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const d of loadDocuments(args, opts)) docs.push(d);
  return docs;
}

/**
 * The documents of the arguments, readable more than once: a large corpus of files is read again on each
 * pass (so it never has to sit in memory), a small one and stdin are kept after the first pass. Arguments
 * are resolved and checked at once; warnings are given on the first pass only.
 */
export interface CorpusSource {
  documents(): AsyncIterable<Document>;
}

export async function openCorpus(args: string[], opts: LoadOptions = {}): Promise<CorpusSource> {
  const sources = await resolveInputs(args, opts);
  // Files are kept while their text is small, which saves reading and parsing them again, and read again on
  // each pass otherwise. stdin can be read only once: past the same size it goes to a spool file (never
  // held whole in memory), which later passes read.
  const fromStdin = sources.some((s) => s.kind === 'stdin');
  let kept: Document[] | null = [];
  let keptChars = 0;
  let spool: Spool | null = null;
  let firstPassDone = false;
  let passes = 0;
  async function* firstPass(): AsyncGenerator<Document> {
    for await (const doc of documentsOf(sources, opts)) {
      if (kept && (keptChars += doc.text.length) > (opts.keepChars ?? KEEP_CHARS)) {
        if (fromStdin) {
          spool = await openSpool();
          for (const d of kept) spool.write(d);
        }
        kept = null;
      }
      if (kept) kept.push(doc);
      else spool?.write(doc);
      yield doc;
    }
    firstPassDone = true;
  }
  return {
    documents() {
      if (passes++ === 0) return firstPass();
      if (kept && firstPassDone) return fromArray(kept);
      if (spool) return spool.read();
      return documentsOf(sources, { ...opts, warn: undefined });
    },
  };
}

interface Spool {
  write(doc: Document): void;
  read(): AsyncGenerator<Document>;
}

/**
 * A temporary file of documents, one JSON line each. It is removed as soon as it is open (the open file
 * stays readable), so nothing is left behind however the run ends.
 */
async function openSpool(): Promise<Spool> {
  const dir = await fsp.mkdtemp(path.join(tmpdir(), 'concord-'));
  const file = path.join(dir, 'stdin.jsonl');
  const fd = openSync(file, 'w+');
  try {
    unlinkSync(file);
    rmdirSync(dir);
  } catch {
    // Systems that cannot remove an open file: it stays in the temporary folder.
  }
  return {
    write(doc) {
      writeSync(fd, JSON.stringify(doc) + '\n');
    },
    async *read() {
      const stream = createReadStream('', { fd, start: 0, autoClose: false });
      for await (const { text } of jsonlLines(stream, 'spool', Number.MAX_SAFE_INTEGER)) if (text) yield JSON.parse(text) as Document;
    },
  };
}

/** Text (in characters) of a corpus of files small enough to keep in memory between passes. */
const KEEP_CHARS = 8 * 1024 * 1024;

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
