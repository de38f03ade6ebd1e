import { availableParallelism } from 'node:os';
import type { ApiKey } from './apiKeys.js';

/** How a service is set up; every field has a default fit for one copy on a small machine. */
export interface ServerOptions {
  /** The address to listen on (default 127.0.0.1). Anything but a loopback address needs `apiKeys`. */
  readonly host?: string;
  /** The port (default 8080; 0 picks a free one). */
  readonly port?: number;
  /** The keys a client may present as `Authorization: Bearer <key>` (see `parseApiKeys`). */
  readonly apiKeys?: readonly ApiKey[];
  /** The largest request body, in bytes (default 2 MiB); larger ones get 413. */
  readonly bodyLimit?: number;
  /** How long a minutes request may take, queue included, in milliseconds (default 10,000); then 504. */
  readonly renderTimeoutMs?: number;
  /** Worker threads that write minutes (default: the number of cores). */
  readonly renderThreads?: number;
  /** Renders that may wait for a thread (default 8 per thread); beyond that, 503 with Retry-After. */
  readonly renderQueue?: number;
  /** Origins a browser may call the service from; none (no CORS headers at all) by default. */
  readonly corsOrigins?: readonly string[];
  /**
   * Where the JSON log lines go (default: standard output). Each call is given one or more whole
   * lines, each ending in a newline: lines are written together once per turn of the event loop.
   */
  readonly log?: (lines: string) => void;
  /** The render worker module; the default is the one beside this package's built code. */
  readonly renderWorkerFile?: string | URL;
}

export type ResolvedServerOptions = Required<ServerOptions>;

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;

/** Whether an address is only reachable from this machine. */
const isLoopback = (host: string): boolean => LOOPBACK.test(host);

/**
 * The options with their defaults. Throws an Error saying what to do when the service would be
 * reachable from other machines with no API key: it refuses to start rather than serve records openly.
 */
export function resolveServerOptions(options: ServerOptions, defaultWorkerFile: URL): ResolvedServerOptions {
  const host = options.host ?? '127.0.0.1';
  const apiKeys = options.apiKeys ?? [];
  if (apiKeys.length === 0 && !isLoopback(host))
    throw new Error(
      `refusing to listen on ${host} without API keys: give keys (a key file or environment variable), or listen on 127.0.0.1.`,
    );
  const renderThreads = positive(options.renderThreads, availableParallelism(), 'renderThreads');
  return {
    host,
    port: options.port ?? 8080,
    apiKeys,
    bodyLimit: positive(options.bodyLimit, 2 * 1024 * 1024, 'bodyLimit'),
    renderTimeoutMs: positive(options.renderTimeoutMs, 10_000, 'renderTimeoutMs'),
    renderThreads,
    renderQueue: positive(options.renderQueue, 8 * renderThreads, 'renderQueue'),
    corsOrigins: options.corsOrigins ?? [],
    log: options.log ?? ((lines) => process.stdout.write(lines)),
    renderWorkerFile: options.renderWorkerFile ?? defaultWorkerFile,
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1.`);
  return value;
}
