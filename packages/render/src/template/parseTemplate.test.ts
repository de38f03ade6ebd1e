import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_SECTIONS } from '@strategy-record/schemas/core';
import { BUNDLED_TEMPLATE_IDS, bundledTemplate } from './bundledTemplates.js';
import { DEFAULT_TEMPLATE } from './MinutesTemplate.js';
import { parseTemplate } from './parseTemplate.js';

const logo = new Uint8Array(
  readFileSync(new URL('../../../../schemas/templates/northshire-logo.png', import.meta.url)),
);
const minimal = { id: 'testshire', name: 'Testshire minutes' };
const withLogo = { ...minimal, identity: { logo: { path: 'logo.png', alt: 'Testshire crest' } } };
const required = RECORD_SECTIONS.filter((section) => 'requiredInMinutes' in section).map((section) => section.id);

/** A JPEG made of its markers only: start of image, a frame header of 40 × 30, start of scan, end of image. */
const tinyJpeg = new Uint8Array([
  0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x1e, 0x00, 0x28, 0x01, 0x01, 0x11, 0x00, 0xff, 0xda, 0x00, 0x08,
  0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0xd9,
]);
const pngOfSize = (width: number, height: number) => {
  const header = Buffer.alloc(25);
  header.writeUInt32BE(13, 0);
  header.write('IHDR', 4, 'ascii');
  header.writeUInt32BE(width, 8);
  header.writeUInt32BE(height, 12);
  const data = deflateSync(Buffer.alloc(10));
  const idat = Buffer.alloc(12 + data.length);
  idat.writeUInt32BE(data.length, 0);
  idat.write('IDAT', 4, 'ascii');
  data.copy(idat, 8);
  const end = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  return new Uint8Array(Buffer.concat([logo.subarray(0, 8), header, idat, end]));
};

describe('parseTemplate', () => {
  it('accepts a template of an id and a name: the default minutes under a new name', () => {
    const result = parseTemplate(JSON.stringify(minimal));
    expect(result.ok && { ...result.template, id: 'default', name: DEFAULT_TEMPLATE.name }).toEqual(DEFAULT_TEMPLATE);
  });

  it.each(BUNDLED_TEMPLATE_IDS)('parses the bundled template %s', (id) => {
    expect(bundledTemplate(id)?.id).toBe(id);
  });

  it('resolves extends: the large-print template keeps northshire’s identity and sections, with 12-point type', () => {
    const large = bundledTemplate('northshire-large-print');
    const northshire = bundledTemplate('northshire');
    expect(large).toEqual({
      ...northshire,
      id: large?.id,
      name: large?.name,
      description: large?.description,
      baseFontSize: 12,
    });
  });

  it('reads a PNG logo and a JPEG logo with their sizes', () => {
    const png = parseTemplate(withLogo, { logo });
    const jpeg = parseTemplate(withLogo, { logo: tinyJpeg });
    expect(png.ok && [png.template.logo?.mediaType, png.template.logo?.width, png.template.logo?.height]).toEqual([
      'image/png',
      120,
      120,
    ]);
    expect(jpeg.ok && [jpeg.template.logo?.mediaType, jpeg.template.logo?.width, jpeg.template.logo?.height]).toEqual([
      'image/jpeg',
      40,
      30,
    ]);
  });

  // Each bad template gives one clear message naming the field (never a throw).
  it.each([
    [
      'text that is not JSON',
      '{"id": "x",\n "name": }',
      {},
      'The template is not valid JSON: a value was expected at line 2, column 10.',
    ],
    ['a list', '[]', {}, 'The template must be an object ({ ... })'],
    ['no name', { id: 'x' }, {}, '/name is required'],
    [
      'a wrong type',
      { ...minimal, style: { baseFontSize: '10' } },
      {},
      '/style/baseFontSize must be a number, not text',
    ],
    ['an unknown key', { ...minimal, colour: 'red' }, {}, '/colour is not a field here; expected one of'],
    [
      'a __proto__ key',
      JSON.parse('{"id":"x","name":"y","identity":{"__proto__":{"organisationName":"z"}}}'),
      {},
      '/identity/__proto__ is not allowed as a field name',
    ],
    [
      'a __proto__ label',
      JSON.parse('{"id":"x","name":"y","labels":{"__proto__":"z"}}'),
      {},
      '/labels/__proto__ is not allowed as a field name',
    ],
    [
      'a bad id',
      { ...minimal, id: 'Test Shire' },
      {},
      '/id "Test Shire" is not written as expected: Lower-case letters',
    ],
    ['an empty notice', { ...minimal, notices: { family: ' \u200b ' } }, {}, '/notices/family must not be empty'],
    [
      '1 MB of notice text',
      { ...minimal, notices: { professionals: 'x'.repeat(1024 * 1024) } },
      {},
      '/notices/professionals must be at most 2000 characters (it has 1048576)',
    ],
    [
      'a missing alt text',
      { ...minimal, identity: { logo: { path: 'logo.png' } } },
      { logo },
      '/identity/logo/alt is required',
    ],
    [
      'a logo that is not an image',
      withLogo,
      { logo: new TextEncoder().encode('<svg onload="alert(1)"/>') },
      '/identity/logo/path ("logo.png") is not a PNG or JPEG image',
    ],
    [
      'a truncated PNG',
      withLogo,
      { logo: logo.subarray(0, 200) },
      '/identity/logo/path ("logo.png") is a truncated PNG image',
    ],
    ['a truncated JPEG', withLogo, { logo: tinyJpeg.subarray(0, 20) }, 'is a truncated JPEG image'],
    [
      'a 20 MB logo',
      withLogo,
      { logo: new Uint8Array(20 * 1024 * 1024) },
      '/identity/logo/path ("logo.png") is 20.0 MB; a logo may be at most 2 MB',
    ],
    [
      'a logo of 10,000 pixels',
      withLogo,
      { logo: pngOfSize(10_000, 10) },
      'is 10000 × 10 pixels; a logo may be at most 4000 pixels each way',
    ],
    ['a logo named but not given', withLogo, {}, '/identity/logo/path names "logo.png", but its bytes were not given'],
    [
      'a logo at a URL',
      { ...minimal, identity: { logo: { path: 'https://example.org/logo.png', alt: 'a' } } },
      { logo },
      '/identity/logo/path must be a file beside the template, never a URL',
    ],
    [
      'a colour below contrast',
      { ...minimal, style: { accentColour: '#aaaaaa' } },
      {},
      '/style/accentColour #aaaaaa has a contrast of 2.32:1 against white; text in it and on it needs at least 4.5:1 (WCAG AA)',
    ],
    [
      'a colour written another way',
      { ...minimal, style: { accentColour: 'navy' } },
      {},
      '/style/accentColour "navy" is not written as expected',
    ],
    [
      'type too small to read',
      { ...minimal, style: { baseFontSize: 6 } },
      {},
      '/style/baseFontSize must be between 9 and 12 (it is 6)',
    ],
    [
      'a dropped required section',
      {
        ...minimal,
        sections: [{ id: 'meeting' }, ...required.filter((id) => id !== 'decisions').map((id) => ({ id }))],
      },
      {},
      '/sections leaves out "decisions" (Decisions), which the record rules require',
    ],
    [
      'an unknown section',
      { ...minimal, sections: [...required.map((id) => ({ id })), { id: 'record' }] },
      {},
      '/sections/6/id "record" is not a section of the minutes',
    ],
    [
      'a section twice',
      { ...minimal, sections: [...required.map((id) => ({ id })), { id: 'actions' }] },
      {},
      '/sections/6/id "actions" is listed twice',
    ],
    [
      'extends of an unknown template',
      { ...minimal, extends: 'westshire' },
      {},
      '/extends names "westshire", which is neither "default", a bundled template',
    ],
    ['extends of itself', { ...minimal, extends: 'testshire' }, {}, '/extends cannot name the template itself'],
  ])('refuses %s with a message naming the field', (_case, input, options, message) => {
    const result = parseTemplate(input, options);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toContain(message);
  });

  it('keeps the marking and DRAFT out of reach: a template has no field for them', () => {
    const result = parseTemplate({ ...minimal, marking: 'OFFICIAL', status: 'FINAL' });
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.pointer)).toEqual(['/marking', '/status']);
  });

  it('never throws, and gives a template or a message, whatever JSON it is given (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.string(),
          fc.record({ id: fc.string(), name: fc.string(), sections: fc.jsonValue() }),
        ),
        (input) => {
          const result = parseTemplate(input);
          expect(result.ok || result.error.message.length > 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
