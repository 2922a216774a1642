import type { ParsedDocument } from '../corpus/parsed.js';
import type { Entity } from './types.js';
import { extractDocEntities, type DocEntities } from './extract.js';
import { mergeDocEntities, type MergeOptions } from './merge.js';
export type { MergeOptions };
export * from './types.js';
export type { DocEntities, RawMention, Evidence } from './extract.js';

/** Per-document work: candidate names with typing evidence, roles and positions (plain, cloneable data). */
export function extractEntities(doc: ParsedDocument): DocEntities {
  return extractDocEntities(doc);
}

/** Corpus-level canonicalisation and merging; entities sorted by importance (mentions, then documents). */
export function mergeEntities(parts: DocEntities[], options: MergeOptions = {}): Entity[] {
  return mergeDocEntities(parts, options);
}
