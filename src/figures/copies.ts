import type { Claim, Decision } from './types.js';

// Syndication: two outlets printing one text are one source. Documents whose claims, beyond the first
// lines (headlines and datelines are rewritten), read the same are copies; the first in corpus order is
// the original. Computed from claims alone, so `--merge` finds the same copies.

/** Claims a document needs before its claims can show it is a copy (a short text says too little). */
const MIN_CLAIMS = 3;
const HEADER_LINES = 2;

/** Document → its original, for every document that copies an earlier one. */
export function findCopies(claims: Claim[]): Map<string, string> {
  // Claims by document; each document's claim keys are made only when its turn comes, so that they die young
  // (made all at once, they were a string per claim of the corpus held at the same time).
  const byDoc = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.line <= HEADER_LINES) continue;
    const list = byDoc.get(c.document);
    if (list) list.push(c);
    else byDoc.set(c.document, [c]);
  }
  const firstWith = new Map<string, string>();
  const copyOf = new Map<string, string>();
  for (const doc of [...byDoc.keys()].sort()) {
    const list = byDoc.get(doc)!;
    if (list.length < MIN_CLAIMS) continue;
    const key = list.map(claimKey).sort().join('\u0001');
    const original = firstWith.get(key);
    if (original) copyOf.set(doc, original);
    else firstWith.set(key, doc);
  }
  for (const original of new Set(copyOf.values())) copyOf.set(original, original);
  return copyOf;
}

const claimKey = (c: Claim) => `${c.text.toLowerCase()}\u0000${JSON.stringify(c.value)}\u0000${c.measure ?? ''}`;

/** One decision per copy: its claims are not an independent confirmation of the original's. */
export function copyDecisions(claims: Claim[], ctx: { copyOf: Map<string, string> }): Decision[] {
  const firstClaim = new Map<string, Claim>();
  for (const c of claims) if (c.measure && !firstClaim.has(c.document)) firstClaim.set(c.document, c);
  const out: Decision[] = [];
  for (const [doc, original] of [...ctx.copyOf.entries()].sort()) {
    const a = firstClaim.get(doc);
    const b = firstClaim.get(original);
    if (doc !== original && a && b) out.push({ measure: a.measure!, claims: [a.id, b.id], compared: false, reason: 'copy' });
  }
  return out;
}
