import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDate, isDateTime, isEmail } from './formats.js';

const ajvDate = (fullFormats.date as { validate: (s: string) => boolean }).validate;
const ajvDateTime = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;

/** Strings near the valid shapes: each position is a digit, a separator or a stray character. */
const nearDateTime = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.constantFrom('T', 't', ' ', 'X', ''),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom('', '.5', '.123456789', '.1234567890', '.'),
    fc.constantFrom('Z', 'z', '+01:00', '-05:30', '+0100', '+01', '+24:00', '+23:60', '', '+1:00'),
  )
  .map(([y, mo, d, sep, h, mi, s, frac, tz]) => {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(y, 4)}-${p(mo)}-${p(d)}${sep}${p(h)}:${p(mi)}:${p(s)}${frac}${tz}`;
  });

describe('record formats', () => {
  it('judge date-times exactly as ajv-formats does', () => {
    fc.assert(
      fc.property(fc.oneof(nearDateTime, fc.string()), (text) => {
        expect(isDateTime(text)).toBe(ajvDateTime(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('judge dates exactly as ajv-formats does', () => {
    const nearDate = nearDateTime.map((text) => text.slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string()), (text) => {
        expect(isDate(text)).toBe(ajvDate(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('judge email addresses exactly as ajv-formats does', () => {
    const ajvEmail = fullFormats.email as RegExp;
    const nearEmail = fc
      .tuple(fc.string(), fc.constantFrom('@', '@@', ''), fc.domain())
      .map(([user, at, domain]) => `${user}${at}${domain}`);
    fc.assert(
      fc.property(fc.oneof(nearEmail, fc.emailAddress(), fc.string()), (text) => {
        expect(isEmail(text)).toBe(ajvEmail.test(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['2024-02-29T12:00:00Z', true],
    ['2023-02-29T12:00:00Z', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-03-29T01:30:00+00:00', true],
    ['2026-06-30T23:59:60Z', true], // a leap second, accepted by RFC 3339 and ajv-formats
    ['2026-04-31', false],
  ])('%s is %s', (text, valid) => {
    expect(text.length === 10 ? isDate(text) : isDateTime(text)).toBe(valid);
  });
});
