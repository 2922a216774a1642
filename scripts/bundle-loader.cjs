'use strict';
// Loads the bundle (concord.cjs, beside this file as dist/bundle/load.cjs) with the V8 code cache that the
// build wrote for it (concord.cjs.cache): most of a short run is V8 compiling the code, and the cache hands it
// the bytecode of every function a report run needs. A cache from another Node or V8 version is rejected by
// V8 itself (cachedDataRejected), and the code then compiles as it would without one.
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { Module } = require('node:module');
const { isAscii } = require('node:buffer');

const CODE = path.join(__dirname, 'concord.cjs');
const CACHE = `${CODE}.cache`;

/** Compile and run the bundle; `withCache: false` compiles it afresh (the build, writing the cache). */
function compile(withCache) {
  const cachedData = withCache && existsSync(CACHE) ? readFileSync(CACHE) : undefined;
  const script = new vm.Script(Module.wrap(readSource()), {
    filename: CODE,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const mod = { exports: {} };
  const localRequire = Module.createRequire(CODE);
  script.runInThisContext()(mod.exports, localRequire, mod, CODE, __dirname);
  return { script, exports: mod.exports };
}

/** The bundle's text: the build writes it in ASCII, read then as Latin-1 (a one-byte string, no UTF-8 decoding). */
function readSource() {
  const bytes = readFileSync(CODE);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

let loaded;
/** The bundle's exports: main (the command line), api (the Node API), startWorker. */
function load() {
  return (loaded ??= compile(true).exports);
}

/** Build only: run `argv` through a fresh compile, then write the cache of what ran. */
function writeCodeCache(argv) {
  const { script, exports } = compile(false);
  process.on('exit', () => writeFileSync(CACHE, script.createCachedData()));
  return exports.main(argv);
}

module.exports = { load, writeCodeCache };
