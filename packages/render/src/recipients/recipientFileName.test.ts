import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recipientFileName } from './recipientFileName.js';

describe('recipientFileName', () => {
  it.each([
    ['Siobhán Ní Bhriain', 1, '01-siobhan-ni-bhriain.pdf'],
    ['Zuzanna Wójcik-Łukasiewicz', 2, '02-zuzanna-wojcik-lukasiewicz.pdf'],
    ['Nguyễn Thị Hương', 3, '03-nguyen-thi-huong.pdf'],
    ['Đặng Văn Đức', 4, '04-dang-van-duc.pdf'],
    ['Ștefan Bălănescu', 5, '05-stefan-balanescu.pdf'],
    ['Dr 王秀英 (Wang Xiuying)', 6, '06-dr-wang-xiuying.pdf'],
    ['مريم الحسن', 7, '07-recipient.pdf'],
    ['Cabdi Maxamed Xasan', 8, '08-cabdi-maxamed-xasan.pdf'],
    ['../../etc/passwd', 9, '09-etc-passwd.pdf'],
    ['C:\\Windows\\system32 ', 10, '10-c-windows-system32.pdf'],
  ])('names the copy for %s (position %i) %s', (name, position, file) => {
    expect(recipientFileName(name, position, 12, 'pdf')).toBe(file);
  });

  it('pads the position to the width of the largest, so the files sort in circulation order', () => {
    expect(recipientFileName('Mark Holden', 7, 500, 'pdf')).toBe('007-mark-holden.pdf');
  });

  it('gives any name a short plain file name, unique by position (seed printed on failure)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { minLength: 1, maxLength: 8 }), (names) => {
        const files = names.map((name, index) => recipientFileName(name, index + 1, names.length, 'pdf'));
        for (const file of files) {
          expect(file).toMatch(/^\d{2,}-[a-z0-9]+(-[a-z0-9]+)*\.pdf$/);
          expect(file.length).toBeLessThanOrEqual(60);
        }
        expect(new Set(files).size).toBe(files.length);
      }),
      { numRuns: 50 },
    );
  });
});
