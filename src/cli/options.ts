import { DEFAULT_CONFIG, FAIL_LEVELS, findConfigFile, readConfig, type Config, type FailLevel } from './config.js';
import { DEFAULT_MAX_DOC_BYTES } from '../corpus/read.js';
import { UsageError } from './errors.js';

/** Options as commander gives them (strings until validated). */
export interface RawOptions {
  format?: string;
  color?: boolean;
  quiet?: boolean;
  keepBoilerplate?: boolean;
  jsonl?: boolean;
  jobs?: string;
  config?: string;
  printConfig?: boolean;
  tolerance?: string;
  failOn?: string;
  merge?: string[];
  outDir?: string;
  force?: boolean;
  maxDocSize?: string;
  explain?: boolean;
  rates?: string;
  minDocs?: string;
  type?: string;
  speaker?: string;
  demonyms?: boolean;
  out?: string;
  baseline?: string;
  updateBaseline?: boolean;
}

export const FORMATS: Record<string, string[]> = {
  strip: ['text', 'json', 'jsonl'],
  entities: ['text', 'json', 'jsonl', 'tsv'],
  quotes: ['text', 'json', 'jsonl', 'tsv'],
  figures: ['text', 'json', 'jsonl', 'tsv'],
  check: ['text', 'json', 'jsonl', 'github', 'sarif', 'markdown'],
  report: ['text', 'json', 'jsonl', 'html', 'markdown'],
};

export const ENTITY_TYPES = ['person', 'organization', 'place', 'other'];

/** Validated options of one run: the config file's settings overridden by the command line. */
export interface RunOptions extends Config {
  command: string;
  format: string;
  quiet: boolean;
  jsonlStdin: boolean;
  configFile: string | null;
  printConfig: boolean;
  merge: string[] | null;
  outDir: string | null;
  /** strip --out-dir: write into a folder that holds or lies inside the inputs (never over an input file). */
  force: boolean;
  /** Largest document read, in bytes. */
  maxDocBytes: number;
  explain: boolean;
  /** `--rates FILE`: currency rates for comparing money across currencies. */
  ratesFile: string | null;
  minDocs: number;
  types: string[] | null;
  speaker: string | null;
  demonyms: boolean;
  colorFlag: boolean;
  /** --out: write the output to this file instead of stdout. */
  out: string | null;
  /** --update-baseline: write the current findings to the baseline file. */
  updateBaseline: boolean;
}

function number(value: string, option: string, { integer = false, min = 0 } = {}): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min) {
    throw new UsageError(`option ${option}: "${value}" is not ${integer ? 'a whole number' : 'a number'} >= ${min}`);
  }
  return n;
}

/** A size in bytes: a whole number, optionally with K, M or G (1024-based). */
function byteSize(value: string): number {
  const m = /^\s*(\d+)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m || Number(m[1]) < 1) throw new UsageError(`option --max-doc-size: "${value}" is not a size in bytes (e.g. 67108864 or 64M)`);
  return Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase());
}

export function resolveOptions(command: string, raw: RawOptions, cwd: string): RunOptions {
  const format = raw.format ?? 'text';
  const formats = FORMATS[command]!;
  if (!formats.includes(format)) {
    throw new UsageError(`option --format: unknown format "${format}" for ${command} (use ${formats.join(', ')})`);
  }
  const configFile = raw.config ?? findConfigFile(cwd);
  const fromFile = configFile ? readConfig(configFile) : {};
  const config: Config = { ...DEFAULT_CONFIG, ...fromFile };
  if (raw.tolerance !== undefined) config.tolerance = number(raw.tolerance, '--tolerance');
  if (raw.failOn !== undefined) {
    if (!FAIL_LEVELS.includes(raw.failOn as FailLevel)) {
      throw new UsageError(`option --fail-on: unknown level "${raw.failOn}" (use ${FAIL_LEVELS.join(', ')})`);
    }
    config.failOn = raw.failOn as FailLevel;
  }
  if (raw.keepBoilerplate) config.keepBoilerplate = true;
  if (raw.baseline !== undefined) config.baseline = raw.baseline;
  if (raw.updateBaseline && !config.baseline) throw new UsageError('option --update-baseline: needs --baseline FILE (or "baseline" in the config)');
  if (raw.jobs !== undefined) config.jobs = number(raw.jobs, '--jobs', { integer: true, min: 1 });
  let types: string[] | null = null;
  if (raw.type !== undefined) {
    types = raw.type.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
    const unknown = types.filter((t) => !ENTITY_TYPES.includes(t));
    if (unknown.length || !types.length) {
      throw new UsageError(`option --type: unknown type "${unknown.join(',') || raw.type}" (use ${ENTITY_TYPES.join(', ')})`);
    }
  }
  return {
    ...config,
    command,
    format,
    quiet: !!raw.quiet,
    jsonlStdin: !!raw.jsonl,
    configFile: configFile ?? null,
    printConfig: !!raw.printConfig,
    merge: raw.merge?.length ? raw.merge : null,
    outDir: raw.outDir ?? null,
    force: !!raw.force,
    maxDocBytes: raw.maxDocSize !== undefined ? byteSize(raw.maxDocSize) : DEFAULT_MAX_DOC_BYTES,
    explain: !!raw.explain,
    ratesFile: raw.rates ?? null,
    minDocs: raw.minDocs !== undefined ? number(raw.minDocs, '--min-docs', { integer: true, min: 1 }) : 1,
    types,
    speaker: raw.speaker ?? null,
    demonyms: !!raw.demonyms,
    colorFlag: raw.color !== false,
    out: raw.out ?? null,
    updateBaseline: !!raw.updateBaseline,
  };
}

/**
 * Colour for text output: off with --no-color, a non-empty NO_COLOR, or a stdout that is not a terminal;
 * FORCE_COLOR (other than 0/false) turns it on.
 */
export function wantsColor(colorFlag: boolean, env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): boolean {
  if (!colorFlag) return false;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stdoutIsTTY;
}
