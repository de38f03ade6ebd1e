import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberFromIsoDate, isoDateFromDayNumber } from './civilDate.js';
import { londonDateOf, londonTimeToInstant, londonWallClockOf, toLondonIsoString } from './londonTime.js';

// An independent reading of the time zone database, to check the rule-based conversion against.
const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
function intlWallClock(epochMs: number): string {
  const parts = Object.fromEntries(intl.formatToParts(epochMs).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
const wallClock = (instant: string | number): string | undefined => {
  const clock = londonWallClockOf(instant);
  if (clock === undefined) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${clock.date} ${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
};

describe('London date and time of an instant', () => {
  it.each([
    // Late evening, summer: the UTC date is still 30 June, London is already in 1 July.
    ['2026-06-30T23:30:00Z', '2026-07-01 00:30:00'],
    ['2026-07-01T00:30:00+01:00', '2026-07-01 00:30:00'],
    // Late evening, winter: London is on UTC, so only an instant written with another offset differs.
    ['2026-01-15T23:30:00Z', '2026-01-15 23:30:00'],
    ['2026-01-16T00:30:00+01:00', '2026-01-15 23:30:00'],
    ['2026-01-15T23:30:00-01:00', '2026-01-16 00:30:00'],
    ['2026-12-31T23:59:59Z', '2026-12-31 23:59:59'],
    // The night the clocks go forward (Sunday 29 March 2026, 01:00 GMT becomes 02:00 BST).
    ['2026-03-28T23:30:00Z', '2026-03-28 23:30:00'],
    ['2026-03-29T00:59:59Z', '2026-03-29 00:59:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29 02:00:00'],
    ['2026-03-29T23:30:00Z', '2026-03-30 00:30:00'],
    // The night the clocks go back (Sunday 25 October 2026, 02:00 BST becomes 01:00 GMT).
    ['2026-10-24T23:30:00Z', '2026-10-25 00:30:00'],
    ['2026-10-25T00:30:00Z', '2026-10-25 01:30:00'],
    ['2026-10-25T01:30:00Z', '2026-10-25 01:30:00'],
    ['2026-10-25T23:30:00Z', '2026-10-25 23:30:00'],
  ])('%s is %s in London', (instant, expected) => {
    expect(wallClock(instant)).toEqual(expected);
    expect(londonDateOf(instant)).toEqual(expected.slice(0, 10));
  });

  it('agrees with the time zone database at any instant from 2000 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31, 23, 59, 59) }), (epochMs) => {
        expect(wallClock(epochMs)).toEqual(intlWallClock(epochMs));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the time zone database in the hours around every clock change from 2000 to 2100', () => {
    for (let year = 2000; year <= 2100; year += 1) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0));
        const lastSunday = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
        for (let minutes = -90; minutes <= 180; minutes += 15) {
          const epochMs = lastSunday + minutes * 60_000;
          expect(wallClock(epochMs)).toEqual(intlWallClock(epochMs));
        }
      }
    }
  });

  it.each(['2026-06-30T23:30:00', 'tomorrow', '', '2026-06-31T10:00:00Z'])(
    'gives undefined for %j, which is not an instant with an offset',
    (text) => {
      expect(londonDateOf(text)).toBeUndefined();
      expect(londonWallClockOf(text)).toBeUndefined();
    },
  );
});

describe('the instant for a London wall-clock time', () => {
  it.each([
    ['2026-07-01', '16:45', '2026-07-01T16:45:00+01:00'],
    ['2026-01-15', '09:00', '2026-01-15T09:00:00+00:00'],
    ['2026-03-29', '00:30', '2026-03-29T00:30:00+00:00'],
    // 01:30 does not exist on the night the clocks go forward: it means 02:30 BST.
    ['2026-03-29', '01:30', '2026-03-29T02:30:00+01:00'],
    ['2026-03-29', '03:00', '2026-03-29T03:00:00+01:00'],
    // 01:30 happens twice on the night the clocks go back: it means the first, in BST.
    ['2026-10-25', '01:30', '2026-10-25T01:30:00+01:00'],
    ['2026-10-25', '02:30', '2026-10-25T02:30:00+00:00'],
    ['2026-10-25', '23:59:59', '2026-10-25T23:59:59+00:00'],
  ])('%s %s in London is %s', (date, time, expected) => {
    expect(londonTimeToInstant(date, time)).toEqual(expected);
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-03-01', '24:00'],
    ['2026-03-01', '9:00'],
  ])('gives undefined for %s %s', (date, time) => {
    expect(londonTimeToInstant(date, time)).toBeUndefined();
  });

  it('round-trips every wall-clock time that exists, 2000 to 2100', () => {
    const first = dayNumberFromIsoDate('2000-01-01') as number;
    const last = dayNumberFromIsoDate('2100-12-31') as number;
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (day, hour, minute) => {
          const date = isoDateFromDayNumber(day);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const instant = londonTimeToInstant(date, time) as string;
          const clock = londonWallClockOf(instant);
          const skipped = clock !== undefined && clock.hour !== hour;
          // Only the hour skipped in March may move, and then by exactly one hour.
          if (skipped) expect([hour, clock.hour]).toEqual([1, 2]);
          else expect([clock?.date, clock?.hour, clock?.minute]).toEqual([date, hour, minute]);
          expect(toLondonIsoString(Date.parse(instant))).toEqual(instant);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
