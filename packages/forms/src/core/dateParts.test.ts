import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePartsOf, parseDateParts, parseMonth, parseTimeParts } from './dateParts.js';

describe('reading a date typed in boxes', () => {
  it.each([
    ['3', 3],
    ['03', 3],
    ['12', 12],
    ['March', 3],
    ['mar', 3],
    ['MAR.', 3],
    [' september ', 9],
    ['Sept', 9],
    ['sep', 9],
    ['jun', 6],
    ['jul', 7],
    ['0', undefined],
    ['13', undefined],
    ['ma', undefined],
    ['ju', undefined],
    ['Marchy', undefined],
    ['', undefined],
    ['٣', undefined],
  ])('reads the month %j as %j', (typed, month) => {
    expect(parseMonth(typed)).toBe(month);
  });

  it.each([
    [
      { day: '', month: '', year: '' },
      { ok: true, value: undefined },
    ],
    [
      { day: '14', month: 'March', year: '2026' },
      { ok: true, value: '2026-03-14' },
    ],
    [
      { day: ' 1', month: 'feb ', year: '2024' },
      { ok: true, value: '2024-02-01' },
    ],
    [
      { day: '29', month: '2', year: '2024' },
      { ok: true, value: '2024-02-29' },
    ],
    [
      { day: '29', month: '2', year: '2026' },
      { ok: false, message: 'Date of birth must be a real date', wrong: ['day'] },
    ],
    [
      { day: '31', month: 'April', year: '2026' },
      { ok: false, message: 'Date of birth must be a real date', wrong: ['day'] },
    ],
    [
      { day: '14', month: 'Marchember', year: '2026' },
      { ok: false, message: 'Date of birth must be a real date', wrong: ['month'] },
    ],
    [
      { day: '14', month: '', year: '' },
      { ok: false, message: 'Date of birth must include a month and year', wrong: ['month', 'year'] },
    ],
    [
      { day: '', month: '3', year: '2026' },
      { ok: false, message: 'Date of birth must include a day', wrong: ['day'] },
    ],
    [
      { day: '14', month: '3', year: '26' },
      { ok: false, message: 'Year must include 4 numbers', wrong: ['year'] },
    ],
    [
      { day: 'x', month: '3', year: '2026' },
      { ok: false, message: 'Date of birth must be a real date', wrong: ['day'] },
    ],
  ])('reads %j', (parts, expected) => {
    expect(parseDateParts(parts, 'Date of birth')).toEqual(expected);
  });

  it.each([
    [
      { hour: '9', minute: '30' },
      { ok: true, value: [9, 30] },
    ],
    [
      { hour: '14', minute: '05' },
      { ok: true, value: [14, 5] },
    ],
    [
      { hour: '2pm', minute: '' },
      { ok: true, value: [14, 0] },
    ],
    [
      { hour: '12 am', minute: '15' },
      { ok: true, value: [0, 15] },
    ],
    [
      { hour: '12pm', minute: '' },
      { ok: true, value: [12, 0] },
    ],
    [
      { hour: '', minute: '' },
      { ok: true, value: undefined },
    ],
    [
      { hour: '', minute: '30' },
      { ok: false, message: 'Started at must include an hour', wrong: ['hour'] },
    ],
    [
      { hour: '24', minute: '00' },
      { ok: false, message: 'Started at must be a real time, for example 9:30 or 14:05', wrong: ['hour'] },
    ],
    [
      { hour: '13pm', minute: '' },
      { ok: false, message: 'Started at must be a real time, for example 9:30 or 14:05', wrong: ['hour'] },
    ],
    [
      { hour: '9', minute: '60' },
      { ok: false, message: 'Started at must be a real time, for example 9:30 or 14:05', wrong: ['minute'] },
    ],
  ])('reads the time %j', (parts, expected) => {
    expect(parseTimeParts(parts, 'Started at')).toEqual(expected);
  });

  it('reads back every real date it splits into boxes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseDateParts(datePartsOf(iso), 'Date')).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });

  it('never throws on anything typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (day, month, year) => {
        expect(typeof parseDateParts({ day, month, year }, 'Date').ok).toBe('boolean');
        expect(typeof parseTimeParts({ hour: day, minute: month }, 'Time').ok).toBe('boolean');
      }),
    );
  });
});
