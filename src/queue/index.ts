// The distributed run on BullMQ and Redis: an outer layer over the batch's per-document
// pipeline and the sink (docs/queue.md).
export { checkQueueName } from './connection.js';
export { collect } from './collect.js';
export { enqueue } from './enqueue.js';
export { formatStatus, queueStatus } from './status.js';
export { startWorker } from './worker.js';
