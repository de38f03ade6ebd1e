import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { bundledProfiles, parseRecordText, ruleCatalogue, validateRecord } from '@strategy-record/validators';
import packageJson from '../package.json' with { type: 'json' };
import {
  addAuthentication,
  addCors,
  addRequestLog,
  addSecurityHeaders,
  type RequestNotes,
  type RouteConfig,
} from './httpHooks.js';
import { buildOpenApiDocument, PUBLISHED_SCHEMAS } from './openApiDocument.js';
import { batchedLines } from './lineWriter.js';
import { ProblemError, type ProblemKind } from './problem.js';
import { RenderPool } from './renderPool.js';
import { namedTemplate, readMinutesRequest, readValidateRequest, TEMPLATE_IDS } from './requestOptions.js';
import { templateDocument } from '@strategy-record/render';
import { resolveServerOptions, type ServerOptions } from './serverOptions.js';

/** A running (or ready to run) service. */
export interface StrategyRecordServer {
  /**
   * Starts listening; resolves to the base URL (`http://127.0.0.1:8080`). Validations are served at
   * once; `GET /readyz` answers 200 once every render thread has loaded its engine and fonts.
   */
  listen(): Promise<string>;
  /**
   * Stops taking connections and requests (new ones on open connections get 503), waits until
   * every accepted request has been answered, renders included, then stops the render threads.
   */
  close(): Promise<void>;
}

// A request id sent by a load balancer is kept when it is short and plain, so log lines join up.
const FORWARDED_REQUEST_ID = /^[\w.:-]{1,64}$/;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const;

/** Fastify's own errors, as the problems the service answers with. */
const FASTIFY_PROBLEMS: Readonly<Record<string, ProblemKind>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid-request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-json',
};

/**
 * The validation and minutes service over HTTP (see the package README for the endpoints). It keeps
 * no state between requests, so copies behind a load balancer need nothing shared. Throws when the
 * options are unusable, for example no API keys on an address other machines can reach.
 */
export async function createServer(options: ServerOptions = {}): Promise<StrategyRecordServer> {
  const settings = resolveServerOptions(options, new URL('./renderWorker.js', import.meta.url));
  const pool = new RenderPool({
    workerFile: settings.renderWorkerFile,
    threads: settings.renderThreads,
    queue: settings.renderQueue,
    timeoutMs: settings.renderTimeoutMs,
  });
  const notes = new WeakMap<FastifyRequest, RequestNotes>();
  const note = (request: FastifyRequest, noted: RequestNotes) =>
    notes.set(request, { ...notes.get(request), ...noted });
  let closing = false;
  const log = batchedLines(settings.log);
  let warm = false;

  const app = Fastify({
    logger: false,
    bodyLimit: settings.bodyLimit,
    requestIdHeader: false,
    genReqId: (request) => {
      const forwarded = request.headers['x-request-id'];
      return typeof forwarded === 'string' && FORWARDED_REQUEST_ID.test(forwarded) ? forwarded : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  addSecurityHeaders(app);
  // Once closing, every answer closes its connection: a keep-alive connection left open would hold
  // the shutdown until the client or the keep-alive timeout ends it.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  addCors(app, settings.corsOrigins);
  addAuthentication(app, settings.apiKeys);
  addRequestLog(app, log.line, notes);

  // JSON only, parsed by the validators' reader so that malformed JSON is named by line and column.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const parsed = parseRecordText(body as string);
    if (parsed.ok) return done(null, parsed.value);
    const { message, line, column } = parsed.error;
    done(
      new ProblemError('malformed-json', message.replace(/^The file/, 'The request body'), {
        ruleIds: ['SD-STR-JSON'],
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
      }),
    );
  });

  app.setErrorHandler((error: FastifyError | ProblemError, request, reply) => {
    const problem = asProblem(error);
    note(request, { problem: problem.kind, ...(problem.extra.ruleIds ? { ruleIds: problem.extra.ruleIds } : {}) });
    const body = problem.toProblem(request.id);
    void reply.code(body.status).headers(problem.headers).type('application/problem+json').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    note(request, { problem: 'not-found' });
    const problem = new ProblemError('not-found', 'No endpoint has this path; GET /v1/openapi.json lists them.');
    void reply.code(404).type('application/problem+json').send(problem.toProblem(request.id));
  });

  const openApi = buildOpenApiDocument(packageJson.version);
  const rules = Object.entries(ruleCatalogue).map(([id, rule]) => ({ id, ...rule }));
  const profiles = Object.values(bundledProfiles);
  const route = (
    method: 'GET' | 'POST',
    url: string,
    config: RouteConfig,
    handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
  ) => {
    app.route({ method, url, config, handler });
    const allowed = method === 'GET' ? ['GET', 'HEAD'] : [method];
    app.route({
      method: METHODS.filter((other) => !allowed.includes(other)),
      url,
      handler: async () => {
        throw new ProblemError(
          'method-not-allowed',
          `${url} answers ${allowed.join(' and ')} only.`,
          {},
          { allow: allowed.join(', ') },
        );
      },
    });
  };

  route('POST', '/v1/validate', { scope: 'validate' }, async (request) => {
    const { record, mode, profile } = readValidateRequest(request.body);
    const report = validateRecord(record, { mode, ...(profile === undefined ? {} : { profile }) });
    note(request, { ruleIds: [...new Set(report.findings.map((finding) => finding.ruleId))] });
    return report;
  });
  route('POST', '/v1/minutes', { scope: 'minutes' }, async (request, reply) => {
    const minutesRequest = readMinutesRequest(request.body);
    const outcome = await pool.render(minutesRequest);
    note(request, { ruleIds: outcome.ruleIds });
    const pdf = typeof outcome.document !== 'string';
    void reply
      .type(pdf ? 'application/pdf' : 'text/html; charset=utf-8')
      .header('content-disposition', `inline; filename="minutes.${pdf ? 'pdf' : 'html'}"`)
      .header('x-minutes-status', outcome.final ? 'final' : 'draft');
    const { document } = outcome;
    return typeof document === 'string'
      ? document
      : Buffer.from(document.buffer, document.byteOffset, document.byteLength);
  });
  route('GET', '/v1/rules', { scope: 'validate' }, async () => rules);
  route('GET', '/v1/templates', { scope: 'minutes' }, async () =>
    TEMPLATE_IDS.map((id) => {
      const { name, description } = namedTemplate(id)!;
      return { id, name, ...(description === undefined ? {} : { description }) };
    }),
  );
  route('GET', '/v1/templates/:id', { scope: 'minutes' }, async (request) => {
    const { id } = request.params as { id: string };
    const document = TEMPLATE_IDS.includes(id) ? templateDocument(id) : undefined;
    if (document === undefined)
      throw new ProblemError(
        'not-found',
        `There is no template "${id.slice(0, 40)}"; the templates are ${TEMPLATE_IDS.join(', ')}.`,
      );
    return document;
  });
  route('GET', '/v1/profiles', { scope: 'validate' }, async () => profiles);
  route('GET', '/v1/schemas/:name', { scope: 'validate' }, async (request, reply) => {
    const { name } = request.params as { name: string };
    if (!Object.hasOwn(PUBLISHED_SCHEMAS, name))
      throw new ProblemError(
        'not-found',
        `There is no schema "${name.slice(0, 40)}"; the schemas are ${Object.keys(PUBLISHED_SCHEMAS).join(', ')}.`,
      );
    void reply.type('application/schema+json');
    return JSON.stringify(PUBLISHED_SCHEMAS[name as keyof typeof PUBLISHED_SCHEMAS]);
  });
  route('GET', '/v1/openapi.json', {}, async () => openApi);
  route('GET', '/livez', {}, async () => ({ status: 'ok' }));
  route('GET', '/readyz', {}, async () => {
    if (closing) throw new ProblemError('shutting-down', 'The service is shutting down.', {}, { 'retry-after': '1' });
    if (!warm) throw new ProblemError('starting', 'The render threads are loading.', {}, { 'retry-after': '1' });
    return { status: 'ok' };
  });

  return {
    async listen() {
      const address = await app.listen({ host: settings.host, port: settings.port });
      // Validations are served at once; /readyz says ready once every render thread is warm.
      pool.warmUp().then(
        () => {
          warm = true;
        },
        // A thread that cannot warm up fails its renders one by one (500), not the whole service.
        () => {
          warm = true;
        },
      );
      log.line(JSON.stringify({ time: new Date().toISOString(), level: 'info', event: 'listening', address }));
      log.flush();
      return address;
    },
    async close() {
      closing = true;
      await app.close();
      await pool.close();
      log.line(JSON.stringify({ time: new Date().toISOString(), level: 'info', event: 'closed' }));
      log.flush();
    },
  };
}

function asProblem(error: FastifyError | ProblemError): ProblemError {
  if (error instanceof ProblemError) return error;
  const kind = FASTIFY_PROBLEMS[error.code];
  if (kind !== undefined)
    return new ProblemError(
      kind,
      kind === 'too-large' ? 'The request body is larger than the service accepts.' : describeFastifyError(kind),
    );
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500)
    return new ProblemError('invalid-request', 'The request could not be read.');
  return new ProblemError('server-error', 'The service failed to answer; the request has been logged by its id.');
}

function describeFastifyError(kind: ProblemKind): string {
  if (kind === 'unsupported-media-type') return 'Send the request body as application/json.';
  if (kind === 'malformed-json') return 'The request body is empty: it is a JSON object with a "record" field.';
  return 'The request could not be read.';
}
