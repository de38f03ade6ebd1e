// The service's render worker, built as its own file beside the command (dist/renderWorker.cjs), where
// `strategy-record serve` tells the thread pool to find it.
export { renderMinutesTask } from '@strategy-record/server/render-worker';
