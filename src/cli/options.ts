import { DEFAULT_CONFIG, FAIL_LEVELS, findConfigFile, readConfig, type Config, type FailLevel } from './config.js';
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
  explain?: boolean;
  rates?: string;
  minDocs?: string;
  type?: string;
  speaker?: string;
  demonyms?: boolean;
}

export const FORMATS: Record<string, string[]> = {
  strip: ['text', 'json', 'jsonl'],
  entities: ['text', 'json', 'jsonl', 'tsv'],
  quotes: ['text', 'json', 'jsonl', 'tsv'],
  figures: ['text', 'json', 'jsonl', 'tsv'],
  check: ['text', 'json', 'jsonl', 'github', 'sarif'],
  report: ['text', 'json', 'jsonl'],
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
  explain: boolean;
  /** `--rates FILE`: currency rates for comparing money across currencies. */
  ratesFile: string | null;
  minDocs: number;
  types: string[] | null;
  speaker: string | null;
  demonyms: boolean;
  colorFlag: boolean;
}

function number(value: string, option: string, { integer = false, min = 0 } = {}): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min) {
    throw new UsageError(`option ${option}: "${value}" is not ${integer ? 'a whole number' : 'a number'} >= ${min}`);
  }
  return n;
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
    explain: !!raw.explain,
    ratesFile: raw.rates ?? null,
    minDocs: raw.minDocs !== undefined ? number(raw.minDocs, '--min-docs', { integer: true, min: 1 }) : 1,
    types,
    speaker: raw.speaker ?? null,
    demonyms: !!raw.demonyms,
    colorFlag: raw.color !== false,
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
