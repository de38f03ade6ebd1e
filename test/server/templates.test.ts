import { readFileSync } from 'node:fs';
import templateSchema from '@strategy-record/schemas/template.schema.json' with { type: 'json' };
import { BUNDLED_TEMPLATE_IDS, bundledTemplate, DEFAULT_TEMPLATE_ID } from '@strategy-record/render';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfImages, pdfText } from '../render/support/pdfTools.js';
import { REPO_ROOT } from '../support/runCli.js';
import { openApiChecker, type SeenResponse } from './openApiResponses.js';
import { exampleRecord, serviceClient } from './serviceClient.js';
import { startService, untilReady, type ServiceProcess } from './serviceProcess.js';

// One service (`strategy-record serve`, the built command) on 127.0.0.1 without keys, one render
// thread; every answer is checked against the service's own OpenAPI document.
const seen: SeenResponse[] = [];
let check: (answer: SeenResponse) => void = (answer) => seen.push(answer);
let service: ServiceProcess;
const call = serviceClient(
  () => service.url,
  (answer) => check(answer),
);
const record = exampleRecord('final/pre-birth-unborn-baby');
const northshire = JSON.parse(readFileSync(`${REPO_ROOT}schemas/templates/northshire.json`, 'utf8')) as Record<
  string,
  unknown
>;
const northshireLogo = readFileSync(`${REPO_ROOT}schemas/templates/northshire-logo.png`).toString('base64');

beforeAll(async () => {
  service = await startService(['--render-threads', '1']);
  check = openApiChecker((await (await fetch(`${service.url}/v1/openapi.json`)).json()) as Record<string, unknown>);
  for (const answer of seen) check(answer);
  await untilReady(service.url);
});

afterAll(async () => {
  expect(await service?.stop()).toBe(0);
});

describe('minutes templates over HTTP', () => {
  it('lists the templates, serves each as its document and the template schema', async () => {
    const list = (await call('GET', '/v1/templates')).json() as unknown as { id: string; name: string }[];
    expect(list.map((entry) => [entry.id, entry.name])).toEqual(
      [DEFAULT_TEMPLATE_ID, ...BUNDLED_TEMPLATE_IDS].map((id) => [
        id,
        id === DEFAULT_TEMPLATE_ID ? list[0]?.name : bundledTemplate(id)?.name,
      ]),
    );
    const document = (await call('GET', '/v1/templates/northshire', { template: '/v1/templates/{id}' })).json();
    expect(document).toEqual(Object.fromEntries(Object.entries(northshire).filter(([key]) => key !== '$schema')));
    const schema = await call('GET', '/v1/schemas/template', { template: '/v1/schemas/{name}' });
    expect(schema.json()).toEqual(templateSchema);
    expect((await call('GET', '/v1/templates/atlantis', { template: '/v1/templates/{id}' })).status).toBe(404);
  });

  it('writes minutes with a bundled template, and with a template document and its logo', async () => {
    const bundled = await call('POST', '/v1/minutes', { body: { record, template: 'east-vale' } });
    expect(bundled.status).toBe(200);
    expect(pdfText(bundled.body)).toContain('East Vale Borough Council');
    const own = {
      ...northshire,
      id: 'harbourside',
      identity: { ...(northshire['identity'] as object), organisationName: 'Harbourside Ward Council' },
    };
    const withLogo = await call('POST', '/v1/minutes', {
      body: { record, template: own, templateLogo: northshireLogo },
    });
    expect(withLogo.status).toBe(200);
    expect(pdfText(withLogo.body)).toContain('Harbourside Ward Council');
    expect(pdfImages(withLogo.body).filter((image) => image.page === 1)).toContainEqual({
      page: 1,
      width: 120,
      height: 120,
    });
  });

  it.each([
    ['an unknown template id', { template: 'atlantis' }, ['/template']],
    ['a document with its logo missing', { template: northshire }, ['/template/identity/logo/path']],
    [
      'a document the schema refuses (a logo without alt text)',
      {
        template: {
          id: 'pale',
          name: 'Pale',
          style: { accentColour: '#ffff00' },
          identity: { logo: { path: 'x.png' } },
        },
      },
      ['/template/identity/logo/alt'],
    ],
    ['a logo that is not base64', { template: northshire, templateLogo: '<svg onload=alert(1)>' }, ['/templateLogo']],
    [
      'a logo that is not an image',
      { template: northshire, templateLogo: Buffer.from('GIF89a').toString('base64') },
      ['/template/identity/logo/path'],
    ],
  ])('answers %s with a 400 problem naming the field', async (_, fields, pointers) => {
    const answer = await call('POST', '/v1/minutes', { body: { record, ...fields } });
    const problem = answer.json();
    expect([answer.status, problem['type']]).toEqual([400, 'urn:strategy-record:problem:invalid-template']);
    expect((problem['issues'] as { pointer: string }[]).map((issue) => issue.pointer)).toEqual(pointers);
    expect(String(problem['detail'])).not.toMatch(/\n\s+at /);
  });
});
