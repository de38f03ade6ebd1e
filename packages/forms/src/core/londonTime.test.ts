import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonInstant, londonWallTime } from './londonTime.js';

describe('times typed in England', () => {
  it.each([
    ['2026-03-14', 9, 30, '2026-03-14T09:30:00Z'],
    ['2026-07-01', 16, 45, '2026-07-01T16:45:00+01:00'],
    // The clocks go forward at 01:00 GMT on 29 March 2026: 00:59 is GMT, 02:00 is BST.
    ['2026-03-29', 0, 59, '2026-03-29T00:59:00Z'],
    ['2026-03-29', 2, 0, '2026-03-29T02:00:00+01:00'],
    // 01:30 does not exist on the day the clocks go forward: read as the same length of time after the
    // change, 02:30 BST (the instant 01:30Z), as the validators' calendar reads it for deadlines.
    ['2026-03-29', 1, 30, '2026-03-29T02:30:00+01:00'],
    // The clocks go back at 02:00 BST on 25 October 2026: 01:30 happens twice; the first (BST) is taken.
    ['2026-10-25', 1, 30, '2026-10-25T01:30:00+01:00'],
    ['2026-10-25', 2, 30, '2026-10-25T02:30:00Z'],
  ])('%s %d:%d in England is %s', (date, hour, minute, instant) => {
    expect(londonInstant(date, hour, minute)).toBe(instant);
  });

  it.each([
    ['2026-07-01T15:45:00Z', { date: '2026-07-01', hour: 16, minute: 45 }],
    ['2026-07-01T23:30:00Z', { date: '2026-07-02', hour: 0, minute: 30 }],
    ['2026-01-01T09:30:00+05:30', { date: '2026-01-01', hour: 4, minute: 0 }],
    ['2026-03-14', undefined],
    ['not a time', undefined],
    [42, undefined],
  ])('%j is %j on a clock in England', (value, wall) => {
    expect(londonWallTime(value)).toEqual(wall);
  });

  it('reads back every wall-clock time that exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (epochMs) => {
        const wall = londonWallTime(new Date(Math.floor(epochMs / 60_000) * 60_000).toISOString())!;
        const instant = londonInstant(wall.date, wall.hour, wall.minute);
        expect(londonWallTime(instant)).toEqual(wall);
      }),
    );
  });
});
