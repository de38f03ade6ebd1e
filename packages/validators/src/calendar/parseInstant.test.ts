import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDateTime } from '../formats.js';
import { parseInstant } from './parseInstant.js';

describe('parseInstant', () => {
  it.each([
    ['2026-03-14T09:30:00Z', Date.UTC(2026, 2, 14, 9, 30)],
    ['2026-07-01T16:45:00+01:00', Date.UTC(2026, 6, 1, 15, 45)],
    ['2026-07-01t16:45:00.5-05:30', Date.UTC(2026, 6, 1, 22, 15, 0, 500)],
    ['2026-07-01T16:45:00.123456789Z', Date.UTC(2026, 6, 1, 16, 45, 0, 123)],
    ['2016-12-31T23:59:60Z', Date.UTC(2016, 11, 31, 23, 59, 59, 999)],
    // Regression D3 (silent skips): schema-valid date-times the parser used to refuse, so that the
    // timescale rules passed over them without a word.
    ['2026-07-01T16:45:00.1234567891Z', Date.UTC(2026, 6, 1, 16, 45, 0, 123)],
    ['2026-07-01T16:45:00.12345678912345+01:00', Date.UTC(2026, 6, 1, 15, 45, 0, 123)],
    [`2026-07-01T16:45:00.${'9'.repeat(200)}Z`, Date.UTC(2026, 6, 1, 16, 45, 0, 999)],
    ['2026-07-01T16:45:00+0100', Date.UTC(2026, 6, 1, 15, 45)],
    ['2026-07-01T16:45:00-05', Date.UTC(2026, 6, 1, 21, 45)],
    ['2026-07-01 16:45:00Z', Date.UTC(2026, 6, 1, 16, 45)],
    ['2026-07-01\t16:45:00Z', Date.UTC(2026, 6, 1, 16, 45)],
  ])('reads %j', (text, expected) => {
    expect(parseInstant(text)).toEqual(expected);
  });

  it.each([
    '2026-03-14T09:30:00',
    '2026-03-14',
    '2026-02-30T09:30:00Z',
    '2026-03-14T24:00:00Z',
    '2026-03-14T09:60:00Z',
    '2026-03-14T09:30:00+24:00',
    'Sat, 14 Mar 2026 09:30:00 GMT',
    ' 2026-03-14T09:30:00Z',
    '2026-03-14T09:30:00.Z',
    '2026-03-14T09:30:00+1:00',
    '2026-03-14T09:30:00+01:0',
    '2026-03-14T09:30:00+01:00:00',
    '2026-03-14T09:30:00Zz',
    '2026-03-14T24:59:00+01:00',
  ])('rejects %j, which has no offset or is not a real date-time', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });

  it('agrees with Date.parse on every RFC 3339 instant it accepts', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const magnitude = Math.abs(offsetMinutes);
          const text = `${local}${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}:${String(magnitude % 60).padStart(2, '0')}`;
          expect(parseInstant(text)).toEqual(Date.parse(text));
          expect(parseInstant(text)).toEqual(date.getTime());
        },
      ),
    );
  });

  // Regression D3: whatever the record schema lets through as a date-time, the timescale rules can read.
  it('reads every date-time the schema accepts', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const nearDateTime = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom('T', 't', ' ', '\t', '\n', '\u00a0', 'X'),
        // Hours and minutes within range: ajv-formats' leap-second branch lets through such as
        // 24:59:00+01:00, which RFC 3339 does not allow; those are refused here and the rules say so.
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 61 }),
        fc.oneof(fc.constant(''), fc.constant('.'), fc.stringMatching(/^\.\d{1,30}$/)),
        fc.constantFrom('Z', 'z', '+01:00', '-05:30', '+0100', '+01', '-1230', '+24:00', '+23:60', '', '+1:00'),
      )
      .map(
        ([y, mo, d, separator, h, mi, s, fraction, zone]) =>
          `${pad(y, 4)}-${pad(mo)}-${pad(d)}${separator}${pad(h)}:${pad(mi)}:${pad(s)}${fraction}${zone}`,
      );
    fc.assert(
      fc.property(nearDateTime, (text) => {
        if (isDateTime(text)) expect(parseInstant(text), text).toBeTypeOf('number');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseInstant(text);
        return result === undefined || Number.isFinite(result);
      }),
    );
  });
});
