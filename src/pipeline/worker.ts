import { startWorker } from './worker-main.js';

// The worker thread's entry (tsc's output; the bundle has a worker.js of its own that starts the same function).
startWorker();
