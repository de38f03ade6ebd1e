import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlText } from './xmpInfo.js';

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('xmlText', () => {
  it.each([
    ['Brighton & Hove City Council', 'Brighton &amp; Hove City Council'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Nguyễn Thị Hương, عائشہ خان, 王秀英', 'Nguyễn Thị Hương, عائشہ خان, 王秀英'],
    ['bell\u0007, lone \uD800 surrogate, \uFFFE', 'bell\uFFFD, lone \uFFFD surrogate, \uFFFD'],
  ])('%j becomes %j', (text, xml) => {
    expect(xmlText(text)).toBe(xml);
  });

  it('gives character data XML can hold, from which unescaping gives back every character XML allows', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const xml = xmlText(text);
        expect(xml).not.toMatch(NOT_XML);
        expect(xml).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
        const back = xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        expect(back).toBe(text.replace(new RegExp(NOT_XML.source, 'gu'), '\uFFFD'));
      }),
    );
  });
});
