import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { scopesOfToken, type ApiKey, type ApiScope } from './apiKeys.js';
import { ProblemError } from './problem.js';

/** What a route declares in its `config`: the scope a key needs (none: public). */
export interface RouteConfig {
  readonly scope?: ApiScope;
}

/** What the log line of a request says beyond its route and status: never a value from a record. */
export interface RequestNotes {
  ruleIds?: readonly string[];
  problem?: string;
}

const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
} as const;
// Nothing an answer holds needs to load anything; the HTML minutes need their inline style and
// embedded (data:) fonts, and nothing else.
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'none'";

/** Security headers on every answer, errors and 404s included. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(BASE_HEADERS);
    reply.header('x-request-id', request.id);
    const type = String(reply.getHeader('content-type') ?? '');
    reply.header('content-security-policy', type.startsWith('text/html') ? HTML_CSP : API_CSP);
    return payload;
  });
}

/**
 * CORS for the configured origins only: an origin not listed gets no CORS header, so a browser
 * refuses it the answer. A preflight (`OPTIONS` with `Access-Control-Request-Method`) is answered here.
 */
export function addCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    reply.header('access-control-expose-headers', 'x-request-id, x-minutes-status, retry-after');
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', 'authorization, content-type');
      reply.header('access-control-max-age', '600');
      await reply.code(204).send();
    }
  });
}

/**
 * Bearer-key checks, before the body is read (so an unknown client cannot make the service parse
 * 2 MB): 401 without a known key, 403 when the key lacks the route's scope. With no keys configured
 * (allowed only on a loopback address), every request passes.
 */
export function addAuthentication(app: FastifyInstance, keys: readonly ApiKey[]): void {
  if (keys.length === 0) return;
  app.addHook('onRequest', async (request) => {
    const scope = (request.routeOptions.config as RouteConfig | undefined)?.scope;
    if (scope === undefined) return;
    const [kind, token] = (request.headers.authorization ?? '').split(' ', 2);
    const scopes = kind?.toLowerCase() === 'bearer' && token ? scopesOfToken(token, keys) : undefined;
    if (scopes === undefined)
      throw new ProblemError(
        'unauthorized',
        'Send an API key the service knows as "Authorization: Bearer <key>".',
        {},
        { 'www-authenticate': 'Bearer realm="strategy-record"' },
      );
    if (!scopes.has(scope)) throw new ProblemError('forbidden', `This API key does not have the "${scope}" scope.`);
  });
}

/**
 * One JSON line per answered request: request id, method, route pattern (never the URL as sent),
 * status, duration, and the rule ids or problem kind noted by the handler. No header, body, query or
 * message is ever written, so no value from a record can reach the log.
 */
export function addRequestLog(
  app: FastifyInstance,
  log: (line: string) => void,
  notes: WeakMap<FastifyRequest, RequestNotes>,
): void {
  app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    const noted = notes.get(request);
    log(
      JSON.stringify({
        time: new Date().toISOString(),
        level: reply.statusCode === 500 ? 'error' : reply.statusCode >= 500 ? 'warn' : 'info',
        requestId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        ...(noted?.ruleIds === undefined ? {} : { ruleIds: noted.ruleIds }),
        ...(noted?.problem === undefined ? {} : { problem: noted.problem }),
      }),
    );
  });
}
