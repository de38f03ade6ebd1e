import type { MinutesDocument } from '../model/MinutesDocument.js';
import { nodeBuiltin } from '../nodeBuiltin.js';
import type { MinutesStyles } from './minutesStyles.js';
import type { ReactPdfWorkerRequest, ReactPdfWorkerResponse } from './reactPdfWorker.js';

type NodeWorker = import('node:worker_threads').Worker;

export interface ReactPdfWorkerPoolOptions {
  /** Renders a worker thread does before it is replaced by a fresh one. Default 50. */
  readonly rendersPerWorker?: number;
}

/** Renders with react-pdf in a worker thread that is replaced after a number of renders. */
export interface ReactPdfWorkerPool {
  render(minutes: MinutesDocument, options?: { readonly styles?: Partial<MinutesStyles> }): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * react-pdf keeps memory from every render in its process (about 1 MB of heap per render of a
 * 4-page document, measured with `npm run bench`), so a service that renders many minutes with it
 * runs it here: one worker thread at a time, renders queued, the thread terminated and replaced after
 * `rendersPerWorker` renders, which returns that memory. Node only.
 */
export function createReactPdfWorkerPool(options: ReactPdfWorkerPoolOptions = {}): ReactPdfWorkerPool {
  const rendersPerWorker = Math.max(1, Math.floor(options.rendersPerWorker ?? 50));
  let worker: Promise<NodeWorker> | undefined;
  let rendered = 0;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const startWorker = async (): Promise<NodeWorker> => {
    const threads = nodeBuiltin('node:worker_threads');
    const nodeModule = nodeBuiltin('node:module');
    if (threads === undefined || nodeModule === undefined)
      throw new Error('The react-pdf worker pool runs in Node only.');
    const { Worker } = threads;
    const { createRequire } = nodeModule;
    // The worker always runs the built file: a worker thread does not go through a test runner's transform.
    const script = createRequire(import.meta.url).resolve('@strategy-record/render/react-pdf-worker');
    const started = new Worker(script);
    started.unref();
    return started;
  };

  const renderOnce = async (request: Omit<ReactPdfWorkerRequest, 'id'>): Promise<Uint8Array> => {
    if (closed) throw new Error('The react-pdf worker pool is closed.');
    if (rendered >= rendersPerWorker && worker !== undefined) {
      await (await worker).terminate();
      worker = undefined;
      rendered = 0;
    }
    worker ??= startWorker();
    const thread = await worker;
    rendered += 1;
    const id = (nextId += 1);
    return new Promise<Uint8Array>((resolve, reject) => {
      const onMessage = (response: ReactPdfWorkerResponse): void => {
        if (response.id !== id) return;
        thread.off('message', onMessage);
        thread.off('error', onError);
        if ('pdf' in response) resolve(new Uint8Array(response.pdf));
        else reject(new Error(response.error));
      };
      const onError = (error: Error): void => {
        thread.off('message', onMessage);
        worker = undefined;
        reject(error);
      };
      thread.on('message', onMessage);
      thread.once('error', onError);
      thread.postMessage({ id, ...request } satisfies ReactPdfWorkerRequest);
    });
  };

  return {
    render(minutes, renderOptions = {}) {
      const result = queue.then(() =>
        renderOnce({ minutes, ...(renderOptions.styles === undefined ? {} : { styles: renderOptions.styles }) }),
      );
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      closed = true;
      await queue;
      if (worker !== undefined) await (await worker).terminate();
      worker = undefined;
    },
  };
}
