// The one entry of the bundle (scripts/bundle.mjs): the command line, the Node API and the worker of --jobs
// share one compiled file, so that the package ships one copy of the code and one V8 code cache.
export { main } from './main.js';
export * as api from '../api/index.js';
export { startWorker } from '../pipeline/worker-main.js';
