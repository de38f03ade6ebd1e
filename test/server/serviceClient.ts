import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { REPO_ROOT } from '../support/runCli.js';
import type { SeenResponse } from './openApiResponses.js';

/** The built render worker: the pool loads it in worker threads, where TypeScript sources cannot run. */
export function builtRenderWorker(): string {
  const file = `${REPO_ROOT}packages/server/dist/renderWorker.js`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  return file;
}

export const exampleRecord = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${REPO_ROOT}schemas/examples/${name}.json`, 'utf8')) as Record<string, unknown>;

/** The headers every answer carries, whatever its status. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

export interface Answer extends SeenResponse {
  readonly headers: Headers;
  json(): Record<string, unknown>;
}

export interface CallOptions {
  readonly body?: string | object;
  readonly key?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The operation's path template, when the path has parameters. */
  readonly template?: string;
}

/**
 * One real HTTP request to the service: checks the security headers, hands the answer to `seen`
 * (the OpenAPI check), and returns it.
 */
export function serviceClient(base: () => string, seen: (answer: SeenResponse) => void) {
  return async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.key !== undefined) headers['authorization'] = `Bearer ${options.key}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${base()}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const answer: Answer = {
      method,
      path: options.template ?? path,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: bytes,
      headers: response.headers,
      json: () => JSON.parse(bytes.toString('utf8')) as Record<string, unknown>,
    };
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name), `${method} ${path}: ${name}`).toBe(value);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    seen(answer);
    return answer;
  };
}
