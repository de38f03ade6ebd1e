import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfFileName } from './pdfFileName.js';

describe('pdfFileName', () => {
  it.each([
    ['SD-2026-000311', 'family', 'SD-2026-000311-family.pdf'],
    ['  SD 2026/000311 ', 'professionals', 'SD-2026-000311-professionals.pdf'],
    ['Łódź-7', 'family', 'odz-7-family.pdf'],
    ['Nguyễn!', 'professionals', 'Nguyen-professionals.pdf'],
    ['../../etc/passwd', 'family', 'etc-passwd-family.pdf'],
    ['.hidden', 'professionals', 'hidden-professionals.pdf'],
    ['', 'family', 'strategy-discussion-family.pdf'],
    [undefined, 'professionals', 'strategy-discussion-professionals.pdf'],
    [42, 'family', 'strategy-discussion-family.pdf'],
  ] as const)('names the PDF of record id %j for %s %j', (recordId, audience, expected) => {
    expect(pdfFileName(recordId, audience)).toEqual(expected);
  });

  it('always gives a short, visible file name of safe characters, whatever the record id', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('professionals' as const, 'family' as const),
        (recordId, audience) => {
          const name = pdfFileName(recordId, audience);
          expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*-(professionals|family)\.pdf$/);
          expect(name.length).toBeLessThanOrEqual(80 + '-professionals.pdf'.length);
        },
      ),
    );
  });
});
