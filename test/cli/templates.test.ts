import { copyFileSync, existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../support/parseHtml.js';
import { runCli } from '../support/runCli.js';

const folder = mkdtempSync(join(tmpdir(), 'strategy-record-templates-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
const crest = readFileSync('schemas/templates/northshire-logo.png');
write('crest.png', crest);
write('truncated.png', crest.subarray(0, 200));
write('not-an-image.png', 'a crest, described in words\n');
copyFileSync(join(folder, 'crest.png'), join(folder, 'huge.png'));
truncateSync(join(folder, 'huge.png'), 20 * 1024 * 1024);

const template = (fields: Record<string, unknown>) =>
  JSON.stringify({
    id: 'wyrmford',
    name: 'Wyrmford Borough Council minutes',
    identity: { organisationName: 'Wyrmford Borough Council', logo: { path: 'crest.png', alt: 'Wyrmford crest' } },
    ...fields,
  });
const logo = (path: string) => ({ identity: { logo: { path, alt: 'Wyrmford crest' } } });

// What an authority's admin might get wrong, and the field the one-line message must name.
const badTemplates: readonly [string, string, string | RegExp][] = [
  ['a number for a name', template({ name: 5 }), '/name must be text'],
  ['a list for the notices', template({ notices: ['for the family'] }), '/notices'],
  ['an unknown top-level field', template({ colour: '#00594f' }), '/colour is not a field here'],
  ['an unknown identity field', template({ identity: { motto: 'Semper' } }), '/identity/motto is not a field here'],
  [
    'a required section dropped',
    template({ sections: [{ id: 'meeting' }, { id: 'attendees' }, { id: 'children' }, { id: 'actions' }] }),
    '/sections leaves out "decisions"',
  ],
  [
    'a logo without alt text',
    template({ identity: { logo: { path: 'crest.png' } } }),
    '/identity/logo/alt is required',
  ],
  ['a logo that is not an image', template(logo('not-an-image.png')), '/identity/logo/path ("not-an-image.png")'],
  ['a truncated PNG', template(logo('truncated.png')), '/identity/logo/path ("truncated.png") is a truncated PNG'],
  ['a 20 MB logo', template(logo('huge.png')), 'huge.png is 20.0 MB; at most 2 MB'],
  ['a logo off the disk', template(logo('missing.png')), '/identity/logo/path ("missing.png")'],
  ['an accent colour below contrast', template({ style: { accentColour: '#ffdd00' } }), '/style/accentColour #ffdd00'],
  [
    '1 MB of text in a notice',
    template({ notices: { family: 'Ùlaanbaatar '.repeat(87_382) } }),
    '/notices/family must be at most',
  ],
  [
    'a template file just over 2 MB',
    template({ description: ' '.repeat(2 * 1024 * 1024) }),
    /template\.json is \d+ bytes; at most 2 MB \(2097152 bytes\)/,
  ],
  ['a __proto__ key at the top', '{"id":"x","name":"X","__proto__":{"polluted":true}}', '/__proto__ is not allowed'],
  ['a __proto__ label', '{"id":"x","name":"X","labels":{"__proto__":"Due"}}', '/labels/__proto__ is not allowed'],
  ['malformed JSON', '{ "id": "x", }', 'line 1, column'],
];

describe('strategy-record render --template with a template an authority got wrong', () => {
  it.each(badTemplates)('exits 2 for %s, naming the field, writing nothing', (_what, content, named) => {
    const output = join(folder, `minutes-${Math.random().toString(36).slice(2)}.html`);
    const run = runCli([
      'render',
      'schemas/examples/final/no-further-action.json',
      '--engine',
      'html',
      '--template',
      write('template.json', content),
      '-o',
      output,
    ]);
    expect(run.status).toBe(2);
    const [first, ...rest] = run.stderr.trimEnd().split('\n');
    expect(first).toMatch(named);
    expect(rest).toEqual(['Run "strategy-record render --help" for usage.']);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(run.stdout).toBe('');
    expect(existsSync(output)).toBe(false);
  });
});

describe('markup in every text field of a template is printed, never run', () => {
  const markup = (field: string) => `<script>window.ran="${field}"</script><img src=x onerror=alert(1)>${field}`;
  const path = write(
    'markup.json',
    template({
      name: markup('name'),
      description: markup('description'),
      identity: {
        organisationName: markup('organisation'),
        logo: { path: 'crest.png', alt: markup('alt') },
        addressLines: [markup('address')],
        contactLines: [markup('contact')],
        caseReferenceLabel: '<i onclick=alert(1)>ref</i>', // at most 40 characters
      },
      notices: { professionals: markup('professionals notice'), family: markup('family notice') },
      cover: { heading: markup('cover heading'), text: markup('cover text') },
      closingStatement: markup('closing'),
      signatureBlock: { heading: markup('signature heading'), lines: [markup('signature line')] },
      sections: [
        { id: 'meeting', heading: markup('meeting heading'), introduction: markup('meeting introduction') },
        { id: 'attendees' },
        { id: 'children' },
        { id: 'decisions' },
        { id: 'actions' },
        { id: 'family' },
        { id: 'signoff' },
      ],
      labels: { 'Due by': markup('due label') },
    }),
  );

  it.each(['professionals', 'family'])(
    'for %s: the HTML has no script or handler, and shows the markup as text',
    (audience) => {
      const output = join(folder, `markup-${audience}.html`);
      const run = runCli([
        'render',
        'schemas/examples/final/joint-s47-physical-injury.json',
        '--engine',
        'html',
        '--audience',
        audience,
        '--template',
        path,
        '-o',
        output,
      ]);
      expect(run.status).toBe(0);
      const document = parseHtml(readFileSync(output, 'utf8'));
      expect(document.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
      const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((name: string) => name.startsWith('on')),
      );
      expect(handlers).toEqual([]);
      expect([...document.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual([markup('alt')]);
      const text = document.body.textContent ?? '';
      const shown = [
        'organisation',
        'address',
        'contact',
        `${audience} notice`,
        'cover heading',
        'cover text',
        'closing',
        'signature heading',
        'signature line',
        'meeting heading',
        'meeting introduction',
        'due label',
      ];
      for (const field of shown) expect(text).toContain(markup(field));
    },
  );
});
