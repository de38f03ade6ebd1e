import { describe, expect, it } from 'vitest';
import official from '../../../../test/fixtures/bank-holidays-england-and-wales.json' with { type: 'json' };
import { dayNumberFromIsoDate, isoDateFromDayNumber, isWeekend } from './civilDate.js';
import { englandAndWalesCalendar } from './englandAndWalesCalendar.js';

// The official England and Wales list (gov.uk, 2018–2028), committed beside the tests so that a new
// release of date-holidays that disagrees with it fails here, not in a child protection record.
const officialDates = new Set(official.events.map((event) => event.date));

describe('the calendar against the official England and Wales bank holiday list', () => {
  it('agrees on every day of 2018 to 2028', () => {
    const calendar = englandAndWalesCalendar();
    const disagreements: string[] = [];
    for (
      let day = dayNumberFromIsoDate('2018-01-01') as number;
      day <= (dayNumberFromIsoDate('2028-12-31') as number);
      day += 1
    ) {
      const date = isoDateFromDayNumber(day);
      const officiallyWorking = !isWeekend(day) && !officialDates.has(date);
      if (calendar.isWorkingDay(date) !== officiallyWorking) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });

  it('lists the same holidays, year by year', () => {
    expect(englandAndWalesCalendar().holidaysBetween('2018-01-01', '2028-12-31')).toEqual([...officialDates].sort());
  });
});
