import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { recordSchema } from '@strategy-record/schemas';
import profileSchema from '@strategy-record/schemas/profile.schema.json' with { type: 'json' };
import { createServer, hashApiKey } from '@strategy-record/server';
import { bundledProfiles, ruleCatalogue, validateRecord } from '@strategy-record/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../render/support/pdfTools.js';
import { openApiChecker, type SeenResponse } from './openApiResponses.js';
import { builtRenderWorker, exampleRecord, serviceClient } from './serviceClient.js';
import { startService, type ServiceProcess } from './serviceProcess.js';

// Two services (`strategy-record serve`, the built command) on 127.0.0.1, started and stopped here: `main` with keys, one render thread and a
// queue of one (so a handful of renders fills it); `strict` with a render time limit far below a
// render's time and CORS for one origin. Every answer is checked against the service's own OpenAPI
// document (serviceClient → openApiChecker) and for its security headers.

const FULL_KEY = 'full-key-0123456789abcdefghij';
const VALIDATE_KEY = 'validate-only-key-0123456789';
const CANARY = 'CANARY-q7Zx-ŁódźNguyễn';
const ALLOWED_ORIGIN = 'https://case-system.example.org';

const seen: SeenResponse[] = [];
let check: (answer: SeenResponse) => void = (answer) => seen.push(answer);
let main: ServiceProcess;
let strict: ServiceProcess;
let folder = '';
const call = serviceClient(
  () => main.url,
  (answer) => check(answer),
);
const callStrict = serviceClient(
  () => strict.url,
  (answer) => check(answer),
);
const joint = exampleRecord('final/joint-s47-physical-injury');

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'service-'));
  writeFileSync(join(folder, 'keys'), `# test keys\n${hashApiKey(FULL_KEY)}\n${VALIDATE_KEY} validate\n`);
  [main, strict] = await Promise.all([
    startService(['--keys-file', join(folder, 'keys'), '--render-threads', '1', '--render-queue', '1']),
    startService(['--render-threads', '1', '--render-timeout', '20', '--cors-origin', ALLOWED_ORIGIN]),
  ]);
  const document = (await (await fetch(`${main.url}/v1/openapi.json`)).json()) as Record<string, unknown>;
  const checker = openApiChecker(document);
  for (const answer of seen) checker(answer);
  check = checker;
});

afterAll(async () => {
  expect(await Promise.all([main?.stop(), strict?.stop()])).toEqual([0, 0]);
  rmSync(folder, { recursive: true, force: true });
});

async function untilReady(): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if ((await call('GET', '/readyz')).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service never became ready');
}

describe('the service over HTTP', () => {
  it('is alive at once, and ready once its render thread is warm', async () => {
    expect((await call('GET', '/livez')).json()).toEqual({ status: 'ok' });
    await untilReady();
    expect((await call('GET', '/readyz')).json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3.1 document that an OpenAPI validator accepts, with the published schemas embedded', async () => {
    const document = (await call('GET', '/v1/openapi.json')).json();
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const schemas = (document['components'] as { schemas: Record<string, unknown> }).schemas;
    expect(schemas['Record']).toEqual(recordSchema);
    expect(schemas['Profile']).toEqual(profileSchema);
  });

  it.each([
    ['final/joint-s47-physical-injury', 'final', undefined],
    ['incomplete/no-police-attendee', 'final', 'lancashire'],
    ['incomplete/no-risk-analysis', 'draft', undefined],
  ] as const)('gives %s (%s mode, profile %s) the same report as the library', async (name, mode, profile) => {
    const record = exampleRecord(name);
    const answer = await call('POST', '/v1/validate', {
      key: VALIDATE_KEY,
      body: { record, mode, ...(profile === undefined ? {} : { profile }) },
    });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual(
      JSON.parse(JSON.stringify(validateRecord(record, { mode, ...(profile === undefined ? {} : { profile }) }))),
    );
  });

  it('writes the minutes as a PDF a reader opens, and as family HTML without what is withheld from the family', async () => {
    const pdf = await call('POST', '/v1/minutes', { key: FULL_KEY, body: { record: joint } });
    expect([pdf.status, pdf.contentType, pdf.headers.get('x-minutes-status')]).toEqual([
      200,
      'application/pdf',
      'final',
    ]);
    expect(pdfText(pdf.body)).toContain('Zofia Wójcik');
    const html = await call('POST', '/v1/minutes', {
      key: FULL_KEY,
      body: { record: exampleRecord('incomplete/no-risk-analysis'), engine: 'html', audience: 'family' },
    });
    expect([html.status, html.contentType, html.headers.get('x-minutes-status')]).toEqual([
      200,
      'text/html; charset=utf-8',
      'draft',
    ]);
    expect(html.body.toString('utf8')).toContain('DRAFT');
  });

  it('lists the rule catalogue, the bundled profiles and the published schemas', async () => {
    const rules = (await call('GET', '/v1/rules', { key: VALIDATE_KEY })).json() as unknown as { id: string }[];
    expect(rules.map((rule) => rule.id)).toEqual(Object.keys(ruleCatalogue));
    const profiles = (await call('GET', '/v1/profiles', { key: VALIDATE_KEY })).json() as unknown as { id: string }[];
    expect(profiles.map((profile) => profile.id)).toEqual(Object.keys(bundledProfiles));
    for (const [name, schema] of [
      ['record', recordSchema],
      ['profile', profileSchema],
    ] as const) {
      const answer = await call('GET', `/v1/schemas/${name}`, { key: VALIDATE_KEY, template: '/v1/schemas/{name}' });
      expect([answer.contentType, answer.json()]).toEqual(['application/schema+json; charset=utf-8', schema]);
    }
  });

  it.each([
    [
      'malformed JSON, named by line and column',
      'POST',
      '/v1/validate',
      { key: FULL_KEY, body: '{"record": {\n  "meeting": }\n}' },
      400,
      'malformed-json',
      { ruleIds: ['SD-STR-JSON'], line: 2, column: 14 },
    ],
    [
      'an unknown field',
      'POST',
      '/v1/validate',
      { key: FULL_KEY, body: { record: {}, format: 'pdf' } },
      400,
      'invalid-request',
      { ruleIds: ['SD-STR-OPTIONS'] },
    ],
    [
      'an unknown mode',
      'POST',
      '/v1/validate',
      { key: FULL_KEY, body: { record: {}, mode: 'strict' } },
      400,
      'invalid-request',
      { ruleIds: ['SD-STR-OPTIONS'] },
    ],
    [
      'an unknown profile',
      'POST',
      '/v1/validate',
      { key: FULL_KEY, body: { record: {}, profile: 'atlantis' } },
      400,
      'invalid-request',
      { ruleIds: ['SD-STR-PROFILE'] },
    ],
    [
      'an unknown engine',
      'POST',
      '/v1/minutes',
      { key: FULL_KEY, body: { record: {}, engine: 'react-pdf' } },
      400,
      'invalid-request',
      { ruleIds: ['SD-STR-OPTIONS'] },
    ],
    ['no API key', 'POST', '/v1/validate', { body: { record: {} } }, 401, 'unauthorized', {}],
    ['an unknown API key', 'GET', '/v1/rules', { key: `${FULL_KEY}x` }, 401, 'unauthorized', {}],
    [
      'a key without the minutes scope',
      'POST',
      '/v1/minutes',
      { key: VALIDATE_KEY, body: { record: joint } },
      403,
      'forbidden',
      {},
    ],
    ['an unknown path', 'GET', '/v1/nothing-here', { key: FULL_KEY }, 404, 'not-found', {}],
    [
      'an unknown schema',
      'GET',
      '/v1/schemas/nothing',
      { key: FULL_KEY, template: '/v1/schemas/{name}' },
      404,
      'not-found',
      {},
    ],
    ['a wrong method', 'GET', '/v1/validate', { key: FULL_KEY }, 405, 'method-not-allowed', {}],
    [
      'a body over the 2 MiB limit',
      'POST',
      '/v1/validate',
      { key: FULL_KEY, announcedLength: 2 * 1024 * 1024 + 1 },
      413,
      'too-large',
      {},
    ],
    [
      'a body that is not JSON',
      'POST',
      '/v1/validate',
      { key: FULL_KEY, body: 'record', headers: { 'content-type': 'text/plain' } },
      415,
      'unsupported-media-type',
      {},
    ],
    [
      'minutes of a record that is not an object',
      'POST',
      '/v1/minutes',
      { key: FULL_KEY, body: { record: [] } },
      422,
      'not-a-record',
      { ruleIds: ['SD-STR-TYPE'] },
    ],
  ] as const)('answers %s with a problem document', async (_what, method, path, options, status, kind, extra) => {
    const answer = await call(method, path, options);
    expect(answer.status).toBe(status);
    expect(answer.contentType).toBe('application/problem+json; charset=utf-8');
    expect(answer.json()).toMatchObject({ type: `urn:strategy-record:problem:${kind}`, status, ...extra });
    expect(answer.json()['requestId']).toBe(answer.headers.get('x-request-id'));
    if (status === 401) expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="strategy-record"');
    if (status === 405) expect(answer.headers.get('allow')).toBe('POST');
  });

  it('answers 503 with Retry-After when the render queue is full, and keeps answering validations meanwhile', async () => {
    const renders = Array.from({ length: 6 }, () =>
      call('POST', '/v1/minutes', { key: FULL_KEY, body: { record: joint } }).then((answer) => ({
        answer,
        at: performance.now(),
      })),
    );
    const validations: { status: number; at: number }[] = [];
    for (let index = 0; index < 5; index += 1) {
      const answer = await call('POST', '/v1/validate', { key: VALIDATE_KEY, body: { record: joint } });
      validations.push({ status: answer.status, at: performance.now() });
    }
    const finished = await Promise.all(renders);
    const statuses = finished.map(({ answer }) => answer.status).sort();
    // One thread and a queue of one: the first two are taken, the rest refused at once.
    expect(statuses).toEqual([200, 200, 503, 503, 503, 503]);
    for (const { answer } of finished.filter(({ answer }) => answer.status === 503))
      expect(answer.headers.get('retry-after')).toBe('2');
    expect(validations.map(({ status }) => status)).toEqual([200, 200, 200, 200, 200]);
    const lastRender = Math.max(...finished.map(({ at }) => at));
    expect(validations.every(({ at }) => at < lastRender)).toBe(true);
  });

  it('stops a render past its time limit with 504, and the service goes on answering', async () => {
    const long = {
      ...joint,
      actions: Array.from({ length: 120 }, (_, index) => ({ ...(joint['actions'] as object[])[0], id: `L${index}` })),
    };
    const answer = await callStrict('POST', '/v1/minutes', { body: { record: long } });
    expect(answer.status).toBe(504);
    expect(answer.json()).toMatchObject({ type: 'urn:strategy-record:problem:render-timeout' });
    expect((await callStrict('POST', '/v1/validate', { body: { record: joint } })).status).toBe(200);
  });

  it('sends CORS headers only to a configured origin, and none without configuration', async () => {
    const preflight = await fetch(`${strict.url}/v1/validate`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect([preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([204, ALLOWED_ORIGIN]);
    const other = await callStrict('GET', '/livez', { headers: { origin: 'https://elsewhere.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const unconfigured = await call('GET', '/livez', { headers: { origin: ALLOWED_ORIGIN } });
    expect(unconfigured.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses to start on an address other machines reach without API keys', async () => {
    await expect(createServer({ host: '0.0.0.0', renderWorkerFile: builtRenderWorker() })).rejects.toThrow(
      /without API keys/,
    );
  });

  it('never writes a value from a record to its log, whatever field holds it', async () => {
    const marked = markEveryString(joint, CANARY) as Record<string, unknown>;
    marked[`${CANARY}-field`] = CANARY;
    // A version the toolkit does not read is refused before anything else is checked (issue 18), so
    // the first bodies keep the record's version for every other field to be read; the last marks it too.
    const readable = { ...marked, schemaVersion: (joint as { schemaVersion: string }).schemaVersion };
    const bodies = [
      { record: readable },
      { record: readable, mode: 'draft' },
      { record: readable, profile: CANARY },
      { record: readable, [CANARY]: 1 },
      { record: marked },
    ];
    const logs = main.logs;
    await new Promise((resolve) => setTimeout(resolve, 200)); // earlier tests' last lines through the pipe
    const before = logs.length;
    for (const body of bodies)
      await call('POST', `/v1/validate?${encodeURIComponent(CANARY)}=1`, {
        key: FULL_KEY,
        body,
        template: '/v1/validate',
        headers: { 'x-note': CANARY.slice(0, 11) },
      });
    for (const [engine, audience] of [
      ['pdfmake', 'family'],
      ['html', 'professionals'],
    ])
      expect(
        (await call('POST', '/v1/minutes', { key: FULL_KEY, body: { record: marked, engine, audience } })).status,
      ).toBe(200);
    await call('POST', '/v1/validate', { key: FULL_KEY, body: `{"record": {"x": "${CANARY}" ${CANARY}}}` });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the last lines through the pipe
    const written = logs.slice(before);
    expect(written.length, written.join('\n')).toBe(bodies.length + 3);
    expect(written.filter((line) => line.includes(CANARY.slice(0, 10)))).toEqual([]);
    // What the log does say: ids, route, status, duration, and the rule ids found.
    const first = JSON.parse(written[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ method: 'POST', route: '/v1/validate', status: 200 });
    expect(first['ruleIds']).toEqual(expect.arrayContaining(['SD-STR-UNKNOWN']));
    expect(Object.keys(first).sort()).toEqual([
      'durationMs',
      'level',
      'method',
      'requestId',
      'route',
      'ruleIds',
      'status',
      'time',
    ]);
  });
});

/** The record with the canary appended to every string and inserted into every object. */
function markEveryString(value: unknown, canary: string): unknown {
  if (typeof value === 'string') return `${value} ${canary}`;
  if (Array.isArray(value)) return value.map((item) => markEveryString(item, canary));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, markEveryString(item, canary)]));
  return value;
}
