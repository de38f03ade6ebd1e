import { describe, expect, it } from 'vitest';
import { formatDateOrDateTime } from './formatDates.js';

describe('formatDateOrDateTime', () => {
  it.each([
    ['2026-02-10', 'Tuesday 10 February 2026'],
    ['2026-02-10T13:30:00Z', 'Tuesday 10 February 2026 at 13:30'],
    ['2026-06-30T23:30:00Z', 'Wednesday 1 July 2026 at 00:30'], // British Summer Time: the London date
    ['2026-03-16T14:00Z', 'Monday 16 March 2026 at 14:00'], // ISO 8601 without seconds
    ['2026-03-16t14:00+01:00', 'Monday 16 March 2026 at 13:00'],
    ['2026-03-16T14:00:00.250+00:00', 'Monday 16 March 2026 at 14:00'],
  ])('writes %s as %s', (value, expected) => {
    expect(formatDateOrDateTime(value)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01T10:00:00Z', 'next Tuesday', '2026-02-10T13:30', ''])(
    'returns %j, which names no date, exactly as written',
    (value) => {
      expect(formatDateOrDateTime(value)).toBe(value);
    },
  );
});
