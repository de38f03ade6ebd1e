import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
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
  /**
   * Announce a body of this many bytes and wait for the answer before sending it, as a client using
   * `Expect: 100-continue` would: a service that refuses the size at once closes the connection,
   * and a client still writing the body would see only a broken pipe.
   */
  readonly announcedLength?: number;
}

/** A request whose headers announce `length` bytes of JSON, answered before any byte of body is sent. */
function announceOnly(url: string, method: string, headers: Record<string, string>, length: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(length) },
    });
    request.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers))
          if (typeof value === 'string') responseHeaders.set(name, value);
        resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers: responseHeaders }));
        request.destroy();
      });
    });
    request.on('error', reject);
    request.flushHeaders();
  });
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
    const response =
      options.announcedLength === undefined
        ? await fetch(`${base()}${path}`, { method, headers, ...(body === undefined ? {} : { body }) })
        : await announceOnly(`${base()}${path}`, method, headers, options.announcedLength);
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
