import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { InputError } from '../corpus/load.js';
import type { Claim } from '../figures/types.js';
import type { DocumentInfo } from '../pipeline/survey.js';

export interface ShardDocument extends DocumentInfo {
  origin?: string;
}

/**
 * Claims and documents from earlier `figures --format jsonl` (or check/report) outputs. A document seen
 * in two shards is kept once, with a warning.
 */
export async function readShards(files: string[], warn: (m: string) => void): Promise<{ documents: ShardDocument[]; claims: Claim[] }> {
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    if (!info) throw new InputError(`${file}: no such file; --merge takes the files written by figures --format jsonl`);
    if (info.isDirectory()) {
      throw new InputError(`${file}: a directory; --merge takes only shard files (figures --format jsonl outputs): analyse documents without --merge`);
    }
    if (!info.isFile() && !info.isFIFO()) throw new InputError(`${file}: not a regular file; --merge takes the files written by figures --format jsonl`);
  }
  const documents: ShardDocument[] = [];
  const claims: Claim[] = [];
  const docShard = new Map<string, string>();
  for (const file of files) {
    const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let n = 0;
    let sawMeta = false;
    const skipped = new Set<string>();
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      let rec: Record<string, unknown>;
      try {
        rec = JSON.parse(line);
      } catch {
        throw new InputError(`${file} line ${n}: not a JSON record (expected concord --format jsonl output)`);
      }
      if (!rec || typeof rec !== 'object') throw new InputError(`${file} line ${n}: not a JSON record`);
      const { type, ...fields } = rec;
      if (type === 'meta') {
        if (fields.schemaVersion !== 1) throw new InputError(`${file} line ${n}: unsupported schemaVersion ${String(fields.schemaVersion)}`);
        sawMeta = true;
      } else if (type === 'document') {
        const id = String(fields.id);
        const seen = docShard.get(id);
        if (seen !== undefined) {
          warn(`${file}: document "${id}" also in ${seen}; kept once`);
          skipped.add(id);
          continue;
        }
        docShard.set(id, file);
        documents.push(fields as unknown as ShardDocument);
      } else if (type === 'claim') {
        const claim = fields as unknown as Claim;
        if (typeof claim.id !== 'string' || typeof claim.document !== 'string') {
          throw new InputError(`${file} line ${n}: claim record without "id" and "document"`);
        }
        if (!skipped.has(claim.document)) claims.push(claim);
      }
    }
    if (!sawMeta) throw new InputError(`${file}: no meta record; not a concord --format jsonl output`);
  }
  return { documents, claims: inDocumentOrder(claims, documents) };
}

/**
 * Claims in the order of a single run: by document, then by their number in it (`<document>#<n>`). A shard
 * writes a document's final claims beside its record and those that waited for the corpus stage after all
 * documents, so its lines are not in that order.
 */
function inDocumentOrder(claims: Claim[], documents: ShardDocument[]): Claim[] {
  const docIndex = new Map(documents.map((d, i) => [String(d.id), i]));
  const keyed = claims.map((claim, line) => {
    if (!docIndex.has(claim.document)) docIndex.set(claim.document, docIndex.size);
    const n = Number(claim.id.slice(claim.id.lastIndexOf('#') + 1));
    return { claim, doc: docIndex.get(claim.document)!, n: Number.isFinite(n) ? n : Infinity, line };
  });
  keyed.sort((a, b) => a.doc - b.doc || (a.n === b.n ? 0 : a.n < b.n ? -1 : 1) || a.line - b.line);
  return keyed.map((k) => k.claim);
}
