import { createReadStream, promises as fsp, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decodeHtml, isHtmlName, renderHtml } from './html.js';
import type { Document } from './types.js';

/** A problem with what the user gave (exit code 2). The message names the input. */
export class InputError extends Error {
  override name = 'InputError';
}

export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'text', 'jsonl', 'html', 'htm'];
const DOC_GLOB = `**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`;

export interface LoadOptions {
  /** Standard input, when the user gave `-` or no input with data piped in. */
  stdin?: Readable;
  /** Whether standard input is an interactive terminal (no data to read). */
  stdinIsTTY?: boolean;
  /** Read standard input as JSONL documents. */
  jsonlStdin?: boolean;
  /** Receives warnings (skipped inputs, renamed duplicate ids, decoding fallbacks). */
  warn?: (message: string) => void;
}

/** One input to read, after arguments are resolved. `named` inputs were given by the user by name. */
export type InputSource =
  | { kind: 'stdin' }
  | { kind: 'file'; path: string; named: boolean };

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
      const files = await (await fastGlob())(DOC_GLOB, { cwd: arg, onlyFiles: true, dot: false, followSymbolicLinks: true, caseSensitiveMatch: false });
      if (files.length === 0) {
        throw new InputError(`${arg}: directory has no documents (*.${DOCUMENT_EXTENSIONS.join(', *.')})`);
      }
      files.sort();
      for (const f of files) out.push({ kind: 'file', path: path.join(arg, f), named: false });
      continue;
    }
    if (stat) {
      try {
        await fsp.access(arg, fsConstants.R_OK);
      } catch {
        throw new InputError(`${arg}: permission denied`);
      }
      out.push({ kind: 'file', path: arg, named: true });
      continue;
    }
    if (isGlob(arg)) {
      const files = await (await fastGlob())(arg, { onlyFiles: true, dot: false, followSymbolicLinks: true });
      if (files.length === 0) throw new InputError(`${arg}: no files match this pattern`);
      files.sort();
      for (const f of files) out.push({ kind: 'file', path: f, named: false });
      continue;
    }
    throw new InputError(`${arg}: no such file or directory`);
  }
  return out;
}

/** True for content that is not text: NUL bytes, or mostly control characters. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin = new TextDecoder('windows-1252');

/** Decode bytes as UTF-8 (BOM dropped); invalid UTF-8 falls back to Windows-1252 with a warning. */
export function decodeText(buf: Uint8Array, name: string, warn?: (m: string) => void): string {
  try {
    return utf8.decode(buf);
  } catch {
    warn?.(`${name}: not valid UTF-8; read as Windows-1252`);
    return latin.decode(buf);
  }
}

/** Parse one JSONL line into a document; `where` is `file:line` for messages. */
export function parseJsonlLine(line: string, where: string, fallbackId: string): Omit<Document, 'origin'> {
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
  if (html !== null) return pageDocument(id, source, stripBom(html), given);
  return { id, text: stripBom(rec.text as string), source, ...given };
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

async function* readJsonl(stream: Readable, name: string): AsyncGenerator<Document> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  const base = path.basename(name).replace(/\.jsonl$/i, '');
  for await (const raw of rl) {
    n++;
    if (!raw.trim()) continue;
    const where = `${name}:${n}`;
    const rec = parseJsonlLine(raw, `${name} line ${n}`, `${base}:${n}`);
    yield { ...rec, origin: where };
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

async function* readSource(src: InputSource, opts: LoadOptions): AsyncGenerator<Document> {
  const warn = opts.warn;
  if (src.kind === 'stdin') {
    if (!opts.stdin) throw new InputError('stdin: not available');
    if (opts.jsonlStdin) {
      let any = false;
      for await (const d of readJsonl(opts.stdin, 'stdin')) {
        any = true;
        yield d;
      }
      if (!any) throw new InputError('stdin: no JSONL documents on standard input');
      return;
    }
    const buf = await readAll(opts.stdin);
    if (buf.length === 0) throw new InputError('stdin: no input (standard input was empty)');
    if (looksBinary(buf)) throw new InputError('stdin: binary data, not text');
    yield { id: 'stdin', source: null, text: stripBom(decodeText(buf, 'stdin', warn)), origin: 'stdin' };
    return;
  }
  const file = src.path;
  if (/\.jsonl$/i.test(file)) {
    const head = await readHead(file);
    if (looksBinary(head)) {
      if (src.named) throw new InputError(`${file}: binary file, not JSONL`);
      warn?.(`${file}: skipped (binary file)`);
      return;
    }
    yield* readJsonl(createReadStream(file, { encoding: 'utf8' }), file);
    return;
  }
  let buf: Buffer;
  try {
    buf = await fsp.readFile(file);
  } catch (e) {
    const msg = `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    if (src.named) throw new InputError(msg);
    warn?.(`${msg}; skipped`);
    return;
  }
  if (looksBinary(buf)) {
    if (src.named) throw new InputError(`${file}: binary file, not text`);
    warn?.(`${file}: skipped (binary file)`);
    return;
  }
  if (isHtmlName(file)) {
    yield { ...pageDocument(path.basename(file), null, stripBom(decodeHtml(buf, file, warn))), origin: file };
    return;
  }
  yield { id: path.basename(file), source: null, text: stripBom(decodeText(buf, file, warn)), origin: file };
}

async function readHead(file: string): Promise<Buffer> {
  const fh = await fsp.open(file, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
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
  // stdin can be read only once, so it is always kept; files are kept while their text is small, which
  // saves reading and parsing them again, and read again on each pass otherwise.
  const limit = sources.some((s) => s.kind === 'stdin') ? Infinity : KEEP_CHARS;
  let kept: Document[] | null = [];
  let keptChars = 0;
  let firstPassDone = false;
  let passes = 0;
  async function* firstPass(): AsyncGenerator<Document> {
    for await (const doc of documentsOf(sources, opts)) {
      if (kept && (keptChars += doc.text.length) <= limit) kept.push(doc);
      else kept = null;
      yield doc;
    }
    firstPassDone = true;
  }
  return {
    documents() {
      if (passes++ === 0) return firstPass();
      if (kept && firstPassDone) return fromArray(kept);
      return documentsOf(sources, { ...opts, warn: undefined });
    },
  };
}

/** Text (in characters) of a corpus of files small enough to keep in memory between passes. */
const KEEP_CHARS = 8 * 1024 * 1024;

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
