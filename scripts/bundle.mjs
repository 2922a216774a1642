// Bundles the compiled modules (dist/, from tsc) into a few files under dist/bundle/, which bin/concord
// loads: Node starts the command line from a handful of modules about 70 ms sooner than from the hundred
// or so that tsc writes (a quarter of the start-up). Modules loaded on demand (the analyses, the text
// formatters) stay separate chunks, loaded on demand; dependencies are not bundled.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => id.startsWith('node:') || dependencies.some((d) => id === d || id.startsWith(`${d}/`));

const out = path.join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  // The worker of --jobs and the Node API are entries of their own, so that the package needs nothing of dist/
  // but the bundle (and the declaration files, for the API's types).
  input: {
    concord: path.join(root, 'dist', 'cli', 'main.js'),
    worker: path.join(root, 'dist', 'pipeline', 'worker.js'),
    api: path.join(root, 'dist', 'api', 'index.js'),
  },
  platform: 'node',
  external: isExternal,
  logLevel: 'warn',
});
await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
await bundle.close();
