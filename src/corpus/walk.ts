import { promises as fsp, type Dirent } from 'node:fs';
import path from 'node:path';

/** Folders a walk never enters: installed packages and version-control data are not articles. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A file found by walking a directory: its path, and its id (path relative to the directory, `/`-separated). */
export interface FoundFile {
  path: string;
  id: string;
}

type Matcher = { test(relative: string): { ignored: boolean; unignored: boolean } };

/** The rules of one folder's `.gitignore`, or null when it has none (the `ignore` package, loaded on demand). */
async function gitignoreIn(dir: string): Promise<Matcher | null> {
  let text: string;
  try {
    text = await fsp.readFile(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return null;
  }
  const ignore = (await import('ignore')).default;
  return ignore().add(text);
}

interface Frame {
  /** The folder as reached (through the path the user gave). */
  dir: string;
  /** Its path relative to the walk's root, `/`-separated, '' for the root. */
  rel: string;
  /** `.gitignore` rules of this folder and its ancestors inside the walk, each with the folder it sits in. */
  rules: { base: string; matcher: Matcher }[];
}

const isIgnored = (rules: Frame['rules'], rel: string, isDir: boolean): boolean => {
  let ignored = false;
  for (const { base, matcher } of rules) {
    const inside = base ? rel.slice(base.length + 1) : rel;
    // A deeper file may re-include (`!name`) what an outer one excluded, as in git.
    const verdict = matcher.test(isDir ? `${inside}/` : inside);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
};

/**
 * Files under `root` whose names match `wanted`, sorted by id. The walk skips hidden entries, node_modules/
 * and .git/, and what `.gitignore` files inside the walk exclude. Symbolic links are followed only when
 * their target lies inside the directory given, and every real folder and file is visited once: a link
 * loop (`ln -s .. up`, `ln -s . self`) ends the walk instead of repeating it, and a link never leads the
 * walk out of what the user named.
 */
export async function walkDirectory(root: string, wanted: (name: string) => boolean): Promise<FoundFile[]> {
  const realRoot = await fsp.realpath(root);
  const seen = new Set<string>([realRoot]);
  const found: FoundFile[] = [];
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
  const stack: Frame[] = [{ dir: root, rel: '', rules: [] }];
  while (stack.length) {
    const frame = stack.pop()!;
    const own = await gitignoreIn(frame.dir);
    const rules = own ? [...frame.rules, { base: frame.rel, matcher: own }] : frame.rules;
    let entries: Dirent[];
    let realDir: string;
    try {
      entries = await fsp.readdir(frame.dir, { withFileTypes: true });
      realDir = await fsp.realpath(frame.dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const full = path.join(frame.dir, name);
      const rel = frame.rel ? `${frame.rel}/${name}` : name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const real = await fsp.realpath(full).catch(() => null);
        if (!real || !inside(real) || seen.has(real)) continue;
        const stat = await fsp.stat(real).catch(() => null);
        isDir = !!stat?.isDirectory();
        isFile = !!stat?.isFile();
        seen.add(real);
      } else if (isDir || isFile) {
        // A file or folder reached both by a link and directly is read once.
        const real = path.join(realDir, name);
        if (seen.has(real)) continue;
        seen.add(real);
      }
      if (isIgnored(rules, rel, isDir)) continue;
      if (isDir) stack.push({ dir: full, rel, rules });
      else if (isFile && wanted(name)) found.push({ path: full, id: rel });
    }
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
