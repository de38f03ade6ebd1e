import { DATE_TIME_PATTERN } from '@strategy-record/schemas/core';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDate, isDateTime } from './formats.js';

const ajvDate = (fullFormats.date as { validate: (s: string) => boolean }).validate;
const ajvDateTime = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;
const dateTimeShape = new RegExp(DATE_TIME_PATTERN, 'u');

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
  it('judge date-times as the schema does in any validator: ajv-formats date-time and the schema pattern together', () => {
    fc.assert(
      fc.property(fc.oneof(nearDateTime, fc.string()), (text) => {
        expect(isDateTime(text)).toBe(ajvDateTime(text) && dateTimeShape.test(text));
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

  it.each([
    ['2024-02-29T12:00:00Z', true],
    ['2023-02-29T12:00:00Z', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-03-29T01:30:00+00:00', true],
    ['2026-07-01T16:45:00.5+01:00', true],
    ['2026-04-31', false],
    // RFC 3339 does not allow these, though ajv-formats accepts them (issue 16):
    ['2026-03-14 09:30:00Z', false],
    ['2026-03-14T09:30:00+0100', false],
    ['2026-03-14T09:30:00+01', false],
    ['2016-12-31T24:59:60+01:00', false],
    // Allowed by RFC 3339 but outside the schema's documented pattern, on which validators differ:
    ['2026-06-30T23:59:60Z', false],
    ['2026-03-14t09:30:00z', false],
  ])('%s is %s', (text, valid) => {
    expect(text.length === 10 ? isDate(text) : isDateTime(text)).toBe(valid);
  });
});
