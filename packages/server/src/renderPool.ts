import { Piscina } from 'piscina';
import { ProblemError } from './problem.js';
import type { MinutesRequest } from './requestOptions.js';
import type { RenderOutcome } from './renderWorker.js';

export interface RenderPoolOptions {
  /** The worker module (its `renderMinutesTask` export): an absolute path or a file URL. */
  readonly workerFile: string | URL;
  readonly threads: number;
  /** Renders waiting for a thread beyond this many are refused with 503. */
  readonly queue: number;
  /** A render not finished this long after its request arrived is stopped (its thread is replaced) and answered with 504. */
  readonly timeoutMs: number;
}

/** Seconds a client refused for a full queue is told to wait (`Retry-After`). */
const RETRY_AFTER_SECONDS = 2;

/**
 * The worker threads that write minutes, so that a render (tens to hundreds of milliseconds of CPU)
 * never holds up validations on the main thread. The queue is bounded: past it the service says 503
 * at once rather than letting latency grow without limit.
 */
export class RenderPool {
  readonly #pool: Piscina<MinutesRequest, RenderOutcome>;
  readonly #timeoutMs: number;
  readonly #threads: number;
  readonly #capacity: number;
  #pending = 0;

  constructor(options: RenderPoolOptions) {
    this.#timeoutMs = options.timeoutMs;
    this.#threads = options.threads;
    this.#capacity = options.threads + options.queue;
    this.#pool = new Piscina({
      filename: options.workerFile instanceof URL ? options.workerFile.href : options.workerFile,
      name: 'renderMinutesTask',
      minThreads: options.threads,
      maxThreads: options.threads,
      // The queue is bounded here, not by piscina's maxQueue: piscina keeps tasks with an abort
      // signal (every render, for its time limit) outside the queue that maxQueue counts.
      // Each thread keeps its engine and fonts loaded between renders.
      idleTimeout: Number.POSITIVE_INFINITY,
    });
  }

  /** Renders in a worker thread; a full queue is a 503 problem, a render past the time limit a 504 problem. */
  async render(request: MinutesRequest): Promise<RenderOutcome> {
    if (this.#pending >= this.#capacity)
      throw new ProblemError(
        'busy',
        `Every render thread is busy and the queue is full; try again in ${RETRY_AFTER_SECONDS} seconds.`,
        {},
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      );
    this.#pending += 1;
    try {
      return await this.#pool.run(request, { signal: AbortSignal.timeout(this.#timeoutMs) });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError')
        throw new ProblemError(
          'render-timeout',
          `The minutes were not written within the service's limit of ${this.#timeoutMs} ms.`,
        );
      throw error;
    } finally {
      this.#pending -= 1;
    }
  }

  /**
   * Renders an empty record as DRAFT minutes in every thread, so that the engine's code and fonts
   * (seconds on a cold thread) are loaded before the first client waits for them.
   */
  async warmUp(): Promise<void> {
    const empty: MinutesRequest = { record: {}, audience: 'professionals', engine: 'pdfmake' };
    await Promise.all(Array.from({ length: this.#threads }, () => this.#pool.run(empty)));
  }

  /** Stops the threads; call only once no request is waiting for a render. */
  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}
