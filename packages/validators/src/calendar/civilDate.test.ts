import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberFromIsoDate, isoDateFromDayNumber, weekdayOfDayNumber } from './civilDate.js';

const DAY = 86_400_000;

describe('civil dates as day numbers', () => {
  it('agrees with Date.UTC on every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (dayNumber) => {
        const date = new Date(dayNumber * DAY);
        expect(isoDateFromDayNumber(dayNumber)).toEqual(date.toISOString().slice(0, 10));
        expect(dayNumberFromIsoDate(date.toISOString().slice(0, 10))).toEqual(dayNumber);
        expect(weekdayOfDayNumber(dayNumber)).toEqual(date.getUTCDay());
      }),
    );
  });

  it.each([
    ['2024-02-29', 19_782],
    ['2000-02-29', 11_016],
    ['1970-01-01', 0],
  ])('reads %s as day %i', (date, dayNumber) => {
    expect(dayNumberFromIsoDate(date)).toEqual(dayNumber);
  });

  it.each([
    '2023-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-4-01',
    '2026-04-01T00:00:00Z',
    '',
    'yyyy-mm-dd',
    '２０２６-04-01',
  ])('rejects %j', (text) => {
    expect(dayNumberFromIsoDate(text)).toBeUndefined();
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) => dayNumberFromIsoDate(text) === undefined || typeof dayNumberFromIsoDate(text) === 'number',
      ),
    );
  });
});
