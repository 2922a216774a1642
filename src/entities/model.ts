/**
 * The learned typer: an averaged perceptron over candidateFeatures (features.ts), trained by
 * scripts/train-entities.mjs on ../shared/data/entities-train (GUM, open-licence genres; see the README's
 * licence table) and shipped as data/model.generated.ts. Loaded on first use, so commands without
 * entities pay nothing.
 */
import { MODEL_JSON } from './data/model.generated.js';
import { CONTEXT_PAIR_PREFIXES, CONTEXT_PREFIXES, type ContextPairPrefix, type ContextPrefix, type FeatureSink } from './features.js';

/** Classes the model tells apart: the four entity types, and `none` (a capitalised word that names nothing). */
export const MODEL_CLASSES = ['person', 'organization', 'place', 'other', 'none'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

export interface TyperModel {
  classes: ModelClass[];
  /** Weights are stored as integers: divide by `scale`. */
  scale: number;
  /** Feature name → one weight per class. */
  weights: Record<string, number[]>;
}

/** Probabilities of the four types (summing to 1) and of `none`, from a softmax over the class scores. */
export interface TypeScores {
  /** person, organization, place, other. */
  type: [number, number, number, number];
  none: number;
}

let model: TyperModel | null | undefined;

/** Replaces the shipped model (the trainer starts from none: every candidate scores alike). */
export function useModel(m: TyperModel | null): void {
  model = m;
  modelGeneration++;
}

let modelGeneration = 0;
/** Changes whenever useModel replaces the model (caches of scores are kept per generation). */
export const currentModelGeneration = (): number => modelGeneration;

function loaded(): TyperModel | null {
  if (model === undefined) model = MODEL_JSON ? (JSON.parse(MODEL_JSON) as TyperModel) : null;
  return model;
}

/** Raw class scores (the perceptron's dot products), in MODEL_CLASSES order. */
export function classScores(features: readonly string[], m: TyperModel): number[] {
  const s = new Array<number>(m.classes.length).fill(0);
  for (let i = 0; i < features.length; i++) {
    const w = m.weights[features[i]!];
    if (!w) continue;
    for (let c = 0; c < s.length; c++) s[c]! += w[c]!;
  }
  for (let c = 0; c < s.length; c++) s[c]! /= m.scale;
  return s;
}

/**
 * The weights indexed for lookup: by whole name, and the context features by prefix and word(s), so that
 * scoring a candidate's context builds no strings.
 */
interface WeightIndex {
  model: TyperModel;
  byName: Map<string, number[]>;
  /**
   * By prefix, in objects without a prototype whose keys are the prefixes: a property read by the prefix
   * costs less than a Map lookup, and the scoring sink makes one per feature.
   */
  byPrefix: Record<ContextPrefix, Map<string, number[]>>;
  byPair: Record<ContextPairPrefix, Map<string, Map<string, number[]>>>;
  sink?: ScoringSink;
}
let index: WeightIndex | undefined;

function indexOf(m: TyperModel): WeightIndex {
  // (The building is a function of its own: it runs once, and this test runs for every candidate.)
  return index && index.model === m ? index : (index = buildIndex(m));
}

function buildIndex(m: TyperModel): WeightIndex {
  const byName = new Map<string, number[]>();
  const byPrefix = Object.create(null) as WeightIndex['byPrefix'];
  for (const p of CONTEXT_PREFIXES) byPrefix[p] = new Map();
  const byPair = Object.create(null) as WeightIndex['byPair'];
  for (const p of CONTEXT_PAIR_PREFIXES) byPair[p] = new Map();
  // Every prefix ends at its only '=', so a name's prefix is the name up to its first '=' (no search of
  // the prefix lists per weight: this runs on every start-up).
  const prefixes = new Map<string, Map<string, number[]>>(Object.entries(byPrefix));
  const pairPrefixes = new Map<string, Map<string, Map<string, number[]>>>(Object.entries(byPair));
  const weights = m.weights;
  // Names by index, not for-in: V8 optimises this loop while it runs, and its for-in deoptimised it again.
  const names = Object.keys(weights);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const w = weights[name]!;
    byName.set(name, w);
    const eq = name.indexOf('=');
    if (eq < 0) continue;
    const prefix = name.slice(0, eq + 1);
    prefixes.get(prefix)?.set(name.slice(eq + 1), w);
    const byFirst = pairPrefixes.get(prefix);
    if (!byFirst) continue;
    const rest = name.slice(eq + 1);
    const space = rest.indexOf(' ');
    // Context words hold no spaces, so a pair name splits at its only space.
    if (space < 0 || rest.indexOf(' ', space + 1) >= 0) continue;
    const a = rest.slice(0, space);
    let inner = byFirst.get(a);
    if (!inner) byFirst.set(a, (inner = new Map()));
    inner.set(rest.slice(space + 1), w);
  }
  return { model: m, byName, byPrefix, byPair };
}

function addWeights(into: number[], w: number[] | undefined): void {
  if (!w) return;
  for (let c = 0; c < into.length; c++) into[c]! += w[c]!;
}

/** Adds the class scores of `features` (raw, before dividing by the scale) into `into`. */
export function addScores(into: number[], features: readonly string[]): void {
  const m = loaded();
  if (!m) return;
  const byName = indexOf(m).byName;
  for (let i = 0; i < features.length; i++) addWeights(into, byName.get(features[i]!));
}

/** A sink that adds the scores of the features it is given into `into`, as addScores would of their names. */
export function scoringSink(into: number[]): FeatureSink | undefined {
  const m = loaded();
  if (!m) return undefined;
  const idx = indexOf(m);
  // One sink per index, pointed at `into`: typing asks for one per candidate, and one class keeps the
  // feature functions' calls monomorphic. Valid until the next call.
  const sink = (idx.sink ??= new ScoringSink(idx));
  sink.into = into;
  return sink;
}

class ScoringSink implements FeatureSink {
  into: number[] = [];
  constructor(private readonly idx: WeightIndex) {}
  flag(name: string): void {
    addWeights(this.into, this.idx.byName.get(name));
  }
  one(prefix: ContextPrefix, value: string): void {
    addWeights(this.into, this.idx.byPrefix[prefix].get(value));
  }
  pair(prefix: ContextPairPrefix, a: string, b: string): void {
    addWeights(this.into, this.idx.byPair[prefix].get(a)?.get(b));
  }
}

/** The typer's answer for raw summed scores (see addScores). */
export function scoresToTypes(raw: number[]): TypeScores {
  const m = loaded();
  if (!m) return { type: [...UNIFORM.type], none: UNIFORM.none };
  let max = -Infinity;
  for (let c = 0; c < raw.length; c++) if (raw[c]! > max) max = raw[c]!;
  const e = raw.map((v) => Math.exp((v - max) / m.scale));
  const all = e[0]! + e[1]! + e[2]! + e[3]! + e[4]!;
  const types = e[0]! + e[1]! + e[2]! + e[3]!;
  return { type: [e[0]! / types, e[1]! / types, e[2]! / types, e[3]! / types], none: e[4]! / all };
}

const UNIFORM: TypeScores = { type: [0.25, 0.25, 0.25, 0.25], none: 0 };

/** What the model says of a candidate with these features. */
export function scoreCandidate(features: readonly string[]): TypeScores {
  const m = loaded();
  if (!m) return { type: [...UNIFORM.type], none: UNIFORM.none };
  const s = classScores(features, m);
  const max = Math.max(...s);
  const e = s.map((v) => Math.exp(v - max));
  const all = e.reduce((a, b) => a + b, 0);
  const types = e[0]! + e[1]! + e[2]! + e[3]!;
  return { type: [e[0]! / types, e[1]! / types, e[2]! / types, e[3]! / types], none: e[4]! / all };
}
