import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import jointEnquiry from '../../../../schemas/examples/final/joint-s47-physical-injury.json' with { type: 'json' };
import { toMinutes } from '../model/toMinutes.js';
import { renderHtml } from './renderHtml.js';

// jsdom ships no type declarations; only its constructor and the standard DOM are used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };

/** Markup that would run script if a template let it through unescaped, in HTML, attributes, CSS and URLs. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><script>alert(2)</script>',
  "'><img src=x onerror=alert(3)>",
  '<img src="x" onerror="alert(4)">',
  '<svg onload=alert(5)>',
  'javascript:alert(6)',
  '<a href="javascript:alert(7)">click</a>',
  '</style><script>alert(8)</script>',
  '</title><script>alert(9)</script>',
  '<iframe src="javascript:alert(10)"></iframe>',
  '<body onload=alert(11)>',
  '" onmouseover="alert(12)" x="',
  '{{constructor.constructor("alert(13)")()}}',
  '&lt;script&gt;alert(14)&lt;/script&gt;',
  '<math><mi xlink:href="javascript:alert(15)">x</mi></math>',
  '<style>@import url(javascript:alert(16))</style>',
  '\u2028<script>alert(17)</script>\u2029',
  '<form action="javascript:alert(18)"><button>go</button></form>',
];

/** The example record with every string in it, whatever the field, replaced by a payload. */
function recordOfPayloads(): StrategyDiscussionRecord {
  let next = 0;
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return PAYLOADS[next++ % PAYLOADS.length];
    if (Array.isArray(value)) return value.map(replace);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, replace(field)]));
    return value;
  };
  return replace(jointEnquiry) as StrategyDiscussionRecord;
}

function render(record: StrategyDiscussionRecord, audience: 'professionals' | 'family'): string {
  return renderHtml(toMinutes(record, { audience, report: validateRecord(record, { mode: 'final' }) }));
}

describe('renderHtml', () => {
  it.each(['professionals', 'family'] as const)(
    'makes script, event handlers and javascript: URLs in any field inert (%s)',
    (audience) => {
      const html = render(recordOfPayloads(), audience);
      const { document } = new JSDOM(html).window;
      const elements = [...document.querySelectorAll('*')];
      expect(
        document.querySelectorAll(
          'script, iframe, object, embed, svg, math, form, img, link, base, meta[http-equiv="refresh"]',
        ).length,
      ).toBe(0);
      expect(
        elements.flatMap((element) =>
          [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name),
        ),
      ).toEqual([]);
      expect(
        elements.flatMap((element) =>
          [...element.attributes]
            .filter((attribute) => /^\s*javascript:/i.test(attribute.value))
            .map((attribute) => `${element.tagName} ${attribute.name}`),
        ),
      ).toEqual([]);
      expect(document.querySelectorAll('style').length).toBe(1);
      // The payloads are shown to the reader as the text they are.
      expect(document.body.textContent).toContain('<script>alert(1)</script>');
    },
  );

  it('sets a Content-Security-Policy that allows no script and no request', () => {
    const { document } = new JSDOM(render(jointEnquiry as StrategyDiscussionRecord, 'professionals')).window;
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:",
    );
    expect(document.documentElement.getAttribute('lang')).toBe('en-GB');
  });

  it.each([
    [
      'several categories of harm as a bulleted list, an item each, escaped',
      ['sexual', 'child-on-child', '<b>written by hand</b>'],
      ['Sexual abuse', 'Child-on-child abuse', '<b>written by hand</b>'],
    ],
    ['one category of harm as plain text', ['neglect'], 'Neglect'],
  ])('shows %s', (_case, categories, shown) => {
    const record = { ...jointEnquiry, concerns: { ...jointEnquiry.concerns, categories } } as StrategyDiscussionRecord;
    const { document } = new JSDOM(render(record, 'professionals')).window;
    const value = [...document.querySelectorAll('.key-value')]
      .find((pair) => pair.querySelector('dt')?.textContent === 'Category of harm')
      ?.querySelector('dd');
    const list = value?.querySelector('ul');
    expect(list ? [...list.children].map((item) => `${item.tagName} ${item.textContent}`) : value?.textContent).toEqual(
      Array.isArray(shown) ? shown.map((item) => `LI ${item}`) : shown,
    );
    expect(value?.querySelectorAll('b')).toHaveLength(0);
  });

  it('gives the same HTML for the same record', () => {
    expect(render(jointEnquiry as StrategyDiscussionRecord, 'family')).toBe(
      render(structuredClone(jointEnquiry) as StrategyDiscussionRecord, 'family'),
    );
  });
});
