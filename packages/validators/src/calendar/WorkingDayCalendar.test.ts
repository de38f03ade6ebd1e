import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberFromIsoDate, isoDateFromDayNumber } from './civilDate.js';
import {
  englandAndWalesCalendar,
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './englandAndWalesCalendar.js';

const FIRST = dayNumberFromIsoDate('2000-01-01') as number;
const LAST = dayNumberFromIsoDate('2100-12-31') as number;
const anyDate = fc.integer({ min: FIRST, max: LAST - 3000 }).map(isoDateFromDayNumber);

describe('England and Wales working days', () => {
  it.each([
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-04-07', true, 'the Tuesday after Easter'],
    ['2021-12-27', false, 'Christmas Day substitute (Christmas on a Saturday)'],
    ['2021-12-28', false, 'Boxing Day substitute'],
    ['2021-12-29', true, 'the Wednesday after'],
    ['2022-12-26', false, 'Boxing Day (Christmas on a Sunday)'],
    ['2022-12-27', false, 'Christmas Day substitute'],
    ['2027-12-27', false, 'Christmas Day substitute (Christmas on a Saturday)'],
    ['2027-12-28', false, 'Boxing Day substitute'],
    ['2022-06-02', false, 'spring bank holiday moved for the Platinum Jubilee'],
    ['2022-06-03', false, 'Platinum Jubilee bank holiday'],
    ['2022-05-30', true, 'the last Monday of May 2022, not a holiday that year'],
    ['2022-09-19', false, 'the State Funeral of Queen Elizabeth II'],
    ['2023-05-08', false, 'the Coronation of King Charles III'],
    ['2020-05-08', false, 'VE Day 75 (early May bank holiday moved)'],
    ['2020-05-04', true, 'the first Monday of May 2020, not a holiday that year'],
    ['2012-06-04', false, 'spring bank holiday moved for the Diamond Jubilee'],
    ['2012-05-28', true, 'the last Monday of May 2012, not a holiday that year'],
    ['2011-04-29', false, 'the Royal Wedding'],
    ['2002-06-03', false, 'Golden Jubilee'],
    ['2026-03-14', false, 'a Saturday'],
    ['2026-03-15', false, 'a Sunday'],
    ['2026-03-13', true, 'a Friday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2026-03-13', 1, '2026-03-16', 'Friday + 1 is Monday'],
    ['2026-03-13', 3, '2026-03-18', 'Friday + 3 is Wednesday'],
    ['2026-03-14', 1, '2026-03-16', 'Saturday + 1 is Monday'],
    ['2026-03-13', 0, '2026-03-13', 'adding nothing changes nothing'],
    ['2026-04-02', 1, '2026-04-07', 'Maundy Thursday + 1 skips Good Friday, the weekend and Easter Monday'],
    ['2026-03-12', 15, '2026-04-02', 'ICPC: 15 working days from Thursday 12 March 2026 end before Easter'],
    [
      '2026-03-19',
      15,
      '2026-04-13',
      'ICPC: 15 working days from Thursday 19 March 2026 skip Good Friday and Easter Monday',
    ],
    ['2021-12-24', 1, '2021-12-29', 'Christmas Eve 2021 + 1 skips both substitute days'],
    ['2022-12-23', 1, '2022-12-28', 'Friday 23 December 2022 + 1 skips Boxing Day and the substitute'],
    ['2027-12-24', 2, '2027-12-30', 'Christmas Eve 2027 + 2'],
    ['2022-06-01', 1, '2022-06-06', 'the Jubilee weekend of 2022'],
    ['2022-09-16', 1, '2022-09-20', 'the State Funeral'],
    ['2023-05-05', 1, '2023-05-09', 'the Coronation weekend'],
  ])('%s + %i working days is %s (%s)', (date, count, expected) => {
    expect(addWorkingDays(date, count)).toEqual(expected);
    expect(workingDaysBetween(date, expected)).toEqual(count);
  });

  it.each([
    ['2026-03-16', '2026-03-19', 3],
    ['2026-03-19', '2026-03-16', -3],
    ['2026-03-16', '2026-03-16', 0],
    ['2026-03-14', '2026-03-15', 0],
    ['2026-01-01', '2026-12-31', 253],
  ])('between %s and %s lie %i working days', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toEqual(expected);
  });

  it.each([
    ['2026-03-13', '2026-03-16'],
    ['2026-04-02', '2026-04-07'],
    ['2026-03-16', '2026-03-17'],
  ])('the next working day after %s is %s', (date, expected) => {
    expect(nextWorkingDay(date)).toEqual(expected);
  });

  it('lands on a working day with exactly N working days between, for any date and N', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 1000 }), (date, count) => {
        const result = addWorkingDays(date, count);
        expect(workingDaysBetween(date, result)).toEqual(count);
        if (count === 0) expect(result).toEqual(date);
        else expect(isWorkingDay(result)).toBe(true);
        // Counting by hand: every day after `date` up to `result`.
        let counted = 0;
        for (
          let day = (dayNumberFromIsoDate(date) as number) + 1;
          day <= (dayNumberFromIsoDate(result) as number);
          day += 1
        ) {
          if (isWorkingDay(isoDateFromDayNumber(day))) counted += 1;
        }
        expect(counted).toEqual(count);
      }),
      { numRuns: 300 },
    );
  });

  it('counts working days between any two dates as a day-by-day count does', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -400, max: 400 }), (from, span) => {
        const fromDay = dayNumberFromIsoDate(from) as number;
        const to = isoDateFromDayNumber(Math.max(FIRST, fromDay + span));
        const [low, high, sign] = to < from ? [to, from, -1] : [from, to, 1];
        let counted = 0;
        for (
          let day = (dayNumberFromIsoDate(low) as number) + 1;
          day <= (dayNumberFromIsoDate(high) as number);
          day += 1
        ) {
          if (isWorkingDay(isoDateFromDayNumber(day))) counted += 1;
        }
        expect(workingDaysBetween(from, to)).toEqual(sign * counted);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['2101-01-03', /outside 2000-01-01 to 2100-12-31/],
    ['1999-12-31', /outside 2000-01-01 to 2100-12-31/],
    ['2026-02-30', /"2026-02-30" is not a calendar date written YYYY-MM-DD/],
    ['14/03/2026', /not a calendar date/],
  ])('refuses %s with a RangeError that names it', (date, message) => {
    expect(() => isWorkingDay(date)).toThrow(message);
    expect(() => addWorkingDays(date, 1)).toThrow(RangeError);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s working days', (count) => {
    expect(() => addWorkingDays('2026-03-13', count)).toThrow(/not a whole number of working days/);
  });

  it('refuses to run past the end of the table rather than guess', () => {
    expect(() => addWorkingDays('2100-12-30', 5)).toThrow(/2101-01-01 is outside/);
  });
});

describe('holiday overrides', () => {
  it('adds a newly proclaimed day and removes a moved one', () => {
    const calendar = englandAndWalesCalendar({ add: ['2026-06-12'], remove: ['2026-05-25'] });
    expect(calendar.isWorkingDay('2026-06-12')).toBe(false);
    expect(calendar.isWorkingDay('2026-05-25')).toBe(true);
    expect(calendar.addWorkingDays('2026-06-11', 1)).toEqual('2026-06-15');
    expect(calendar.workingDaysBetween('2026-05-22', '2026-06-15')).toEqual(
      englandAndWalesCalendar().workingDaysBetween('2026-05-22', '2026-06-15'),
    );
    expect(calendar.holidaysBetween('2026-05-01', '2026-06-30')).toEqual(['2026-05-04', '2026-06-12']);
    // The standard calendar is untouched.
    expect(isWorkingDay('2026-06-12')).toBe(true);
    expect(isWorkingDay('2026-05-25')).toBe(false);
  });

  it('ignores an added day that falls on a weekend, which takes no working day anyway', () => {
    const calendar = englandAndWalesCalendar({ add: ['2026-06-13'] });
    expect(calendar.workingDaysBetween('2026-06-12', '2026-06-15')).toEqual(1);
  });

  it('shares one calendar between profiles with the same overrides', () => {
    expect(englandAndWalesCalendar({ add: ['2026-06-12'] })).toBe(
      englandAndWalesCalendar({ add: ['2026-06-12'], remove: [] }),
    );
    expect(englandAndWalesCalendar({})).toBe(englandAndWalesCalendar());
  });

  it('refuses an override date that is not a date, naming it', () => {
    expect(() => englandAndWalesCalendar({ add: ['12/06/2026'] })).toThrow(/"12\/06\/2026" is not a calendar date/);
  });
});
