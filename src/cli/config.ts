import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

export const CONFIG_FILE = 'concord.config.json';
export type FailLevel = 'error' | 'warning' | 'never';
export const FAIL_LEVELS: FailLevel[] = ['error', 'warning', 'never'];

/** Settings a project can fix in concord.config.json; command-line options override them. */
export interface Config {
  tolerance: number;
  failOn: FailLevel;
  ignoreMeasures: string[];
  keepBoilerplate: boolean;
  jobs: number | null;
  /** check: findings recorded in this file are accepted (a path relative to the config file). */
  baseline: string | null;
}

export const DEFAULT_CONFIG: Config = { tolerance: 5, failOn: 'error', ignoreMeasures: [], keepBoilerplate: false, jobs: null, baseline: null };

/** concord.config.json in `dir` or the nearest parent directory, if any. */
export function findConfigFile(dir: string): string | null {
  let at = path.resolve(dir);
  for (;;) {
    const candidate = path.join(at, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(at);
    if (parent === at) return null;
    at = parent;
  }
}

/** Read and validate a config file; every problem is a UsageError naming the file. */
export function readConfig(file: string): Partial<Config> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message.split('\n')[0];
    throw new UsageError(`${file}: invalid config (${why})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`${file}: invalid config (expected a JSON object)`);
  const out: Partial<Config> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const bad = (want: string) => new UsageError(`${file}: invalid config: "${key}" must be ${want}`);
    switch (key) {
      case '$schema':
        break;
      case 'tolerance':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw bad('a number >= 0 (percent)');
        out.tolerance = value;
        break;
      case 'failOn':
        if (!FAIL_LEVELS.includes(value as FailLevel)) throw bad(FAIL_LEVELS.map((l) => `"${l}"`).join(', '));
        out.failOn = value as FailLevel;
        break;
      case 'ignoreMeasures':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw bad('an array of strings');
        out.ignoreMeasures = value as string[];
        break;
      case 'keepBoilerplate':
        if (typeof value !== 'boolean') throw bad('true or false');
        out.keepBoilerplate = value;
        break;
      case 'jobs':
        if (!Number.isInteger(value) || (value as number) < 1) throw bad('a whole number >= 1');
        out.jobs = value as number;
        break;
      case 'baseline':
        if (typeof value !== 'string' || !value.trim()) throw bad('a file name');
        out.baseline = path.resolve(path.dirname(file), value);
        break;
      default:
        throw new UsageError(`${file}: invalid config: unknown setting "${key}" (known: tolerance, failOn, ignoreMeasures, keepBoilerplate, jobs, baseline)`);
    }
  }
  return out;
}
