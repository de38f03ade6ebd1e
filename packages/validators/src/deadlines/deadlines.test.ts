import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/englandAndWalesCalendar.js';
import { londonDateOf } from '../calendar/londonTime.js';
import { bundledProfiles } from '../profiles/bundledProfiles.js';
import { parseProfile } from '../profiles/parseProfile.js';
import type { ResolvedProfile, UrgencyCategory } from '../profiles/profileTypes.js';
import { resolveProfile } from '../profiles/resolveProfile.js';
import { urgencyCategories } from '../profiles/urgencyCategories.js';
import { childSeenDeadline } from './childSeenDeadline.js';
import { circulationDeadline } from './circulationDeadline.js';
import type { Deadline } from './deadlineTypes.js';
import { formatDeadline } from './formatDeadline.js';
import { icpcDeadline } from './icpcDeadline.js';
import { isDeadlineMet } from './isDeadlineMet.js';
import { strategyDiscussionDeadline } from './strategyDiscussionDeadline.js';
import { writeUpDeadline } from './writeUpDeadline.js';

const profile = (id: string): ResolvedProfile => {
  const result = resolveProfile(id);
  if (!result.ok) throw result.error;
  return result.profile;
};
const national = profile('national-default');
const lancashire = profile('lancashire');
const dueOf = (deadline: Deadline): string | undefined => (deadline.status === 'due' ? deadline.due : deadline.status);

// A referral on Friday 13 March 2026 at 16:30: the deadline of every category under every profile.
// Columns follow urgencyCategories: serious-harm, sexual-abuse-forensic, immediate-action-taken,
// complex, extra-familial-multiple, standard.
const FRIDAY_AFTERNOON = '2026-03-13T16:30:00Z';
const fridayTable: Record<string, readonly string[]> = {
  'national-default': ['2026-03-13', '2026-03-18', '2026-03-18', '2026-03-18', '2026-03-18', '2026-03-18'],
  lancashire: ['2026-03-13', '2026-03-18', '2026-03-18', '2026-03-20', '2026-03-18', '2026-03-18'],
  'convening-a-strategy-meeting': ['2026-03-13', '2026-03-13', '2026-03-16', '2026-03-20', '2026-03-20', '2026-03-18'],
  // "Within 2 working days" covers every category the guidance does not name (regression D1).
  'strategy-meetings-two-working-days': [
    '2026-03-13',
    '2026-03-17',
    '2026-03-17',
    '2026-03-20',
    '2026-03-17',
    '2026-03-17',
  ],
  'practitioner-guide': ['2026-03-13', '2026-03-18', '2026-03-18', '2026-03-18', '2026-03-18', '2026-03-18'],
  // Halton's "3 days after the request" counts every day: Friday + 3 is Monday. It covers "all other
  // such cases", immediate action and extra-familial risk included (regression D1).
  'halton-pan-cheshire': ['2026-03-13', '2026-03-13', '2026-03-16', '2026-03-20', '2026-03-16', '2026-03-16'],
};

describe('strategyDiscussionDeadline', () => {
  it('covers every bundled profile', () => {
    expect(Object.keys(fridayTable).sort()).toEqual(Object.keys(bundledProfiles).sort());
  });

  it.each(
    Object.entries(fridayTable).flatMap(([id, dates]) =>
      urgencyCategories.map((category, index) => [id, category, dates[index] as string] as const),
    ),
  )('a referral on Friday afternoon under %s, %s: due by the end of %s', (id, category, expected) => {
    const deadline = strategyDiscussionDeadline(FRIDAY_AFTERNOON, category, profile(id));
    expect([deadline.status, dueOf(deadline)]).toEqual(['due', expected]);
  });

  // Regression D1 (wrong fallbacks): a category the procedure does not name fell back to the national
  // 3 working days, later than the procedure's own limit for every other concern.
  it.each(Object.keys(fridayTable))(
    'never gives a more urgent category a later deadline than "all other concerns" under %s',
    (id) => {
      const resolved = profile(id);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 1) }), (ms) => {
          const from = new Date(ms).toISOString();
          const standard = strategyDiscussionDeadline(from, 'standard', resolved);
          for (const urgent of ['serious-harm', 'sexual-abuse-forensic', 'immediate-action-taken'] as const) {
            const deadline = strategyDiscussionDeadline(from, urgent, resolved);
            expect(
              deadline.status === 'due' && standard.status === 'due' && deadline.lastMomentMs <= standard.lastMomentMs,
            ).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it.each(['strategy-meetings-two-working-days', 'halton-pan-cheshire'])(
    'sets every urgency category of %s from the procedure itself, quoting it',
    (id) => {
      const resolved = profile(id);
      expect(
        urgencyCategories.filter(
          (category) => resolved.urgency[category].setBy !== id || resolved.urgency[category].wording === undefined,
        ),
      ).toEqual([]);
    },
  );

  it('counts a discussion with no urgency recorded as "all other concerns"', () => {
    expect(strategyDiscussionDeadline(FRIDAY_AFTERNOON, undefined, lancashire)).toEqual(
      strategyDiscussionDeadline(FRIDAY_AFTERNOON, 'standard', lancashire),
    );
  });

  it.each<[string, string, UrgencyCategory, string, string]>([
    // Easter 2026: Good Friday 3 April and Easter Monday 6 April are not working days.
    [
      'Maundy Thursday, 1 working day',
      '2026-04-02T10:00:00+01:00',
      'immediate-action-taken',
      'convening-a-strategy-meeting',
      '2026-04-07',
    ],
    ['Maundy Thursday, 3 working days', '2026-04-02T10:00:00+01:00', 'standard', 'national-default', '2026-04-09'],
    ['Maundy Thursday, 5 working days', '2026-04-02T10:00:00+01:00', 'complex', 'lancashire', '2026-04-13'],
    [
      'Maundy Thursday, Halton 3 calendar days',
      '2026-04-02T10:00:00+01:00',
      'standard',
      'halton-pan-cheshire',
      '2026-04-05',
    ],
    ['Good Friday itself, same day', '2026-04-03T09:00:00+01:00', 'serious-harm', 'lancashire', '2026-04-03'],
    [
      'Good Friday itself, 2 working days',
      '2026-04-03T09:00:00+01:00',
      'standard',
      'strategy-meetings-two-working-days',
      '2026-04-08',
    ],
    // Christmas with substitute days.
    [
      'Christmas Eve 2021, 1 working day',
      '2021-12-24T11:00:00Z',
      'immediate-action-taken',
      'convening-a-strategy-meeting',
      '2021-12-29',
    ],
    [
      'Christmas Eve 2021, 5 working days (New Year substitute 3 January)',
      '2021-12-24T11:00:00Z',
      'complex',
      'convening-a-strategy-meeting',
      '2022-01-05',
    ],
    [
      'Friday 23 December 2022, 1 working day',
      '2022-12-23T15:00:00Z',
      'immediate-action-taken',
      'convening-a-strategy-meeting',
      '2022-12-28',
    ],
    ['Friday 23 December 2022, 3 working days', '2022-12-23T15:00:00Z', 'standard', 'practitioner-guide', '2022-12-30'],
    [
      'Christmas Eve 2027, 2 working days',
      '2027-12-24T09:00:00Z',
      'standard',
      'strategy-meetings-two-working-days',
      '2027-12-30',
    ],
    ['Christmas Eve 2027, 3 working days', '2027-12-24T09:00:00Z', 'standard', 'national-default', '2027-12-31'],
    // One-off bank holidays.
    [
      '1 June 2022 (Platinum Jubilee 2 and 3 June)',
      '2022-06-01T12:00:00+01:00',
      'immediate-action-taken',
      'convening-a-strategy-meeting',
      '2022-06-06',
    ],
    [
      'Friday 16 September 2022 (State Funeral on Monday 19th)',
      '2022-09-16T12:00:00+01:00',
      'immediate-action-taken',
      'convening-a-strategy-meeting',
      '2022-09-20',
    ],
    [
      'Friday 5 May 2023 (Coronation on Monday 8th)',
      '2023-05-05T12:00:00+01:00',
      'standard',
      'strategy-meetings-two-working-days',
      '2023-05-10',
    ],
    // Late in the evening: the London date decides, not the UTC date or the date as written.
    [
      '23:30 UTC on 30 June 2026, which is 00:30 on 1 July in London, same day',
      '2026-06-30T23:30:00Z',
      'serious-harm',
      'lancashire',
      '2026-07-01',
    ],
    [
      '23:30 UTC on 30 June 2026, 3 working days from Wednesday 1 July',
      '2026-06-30T23:30:00Z',
      'standard',
      'national-default',
      '2026-07-06',
    ],
    [
      '00:30 on 16 January 2026 written at +01:00, which is 23:30 on the 15th in London',
      '2026-01-16T00:30:00+01:00',
      'serious-harm',
      'halton-pan-cheshire',
      '2026-01-15',
    ],
    [
      'the same instant, 1 working day',
      '2026-01-16T00:30:00+01:00',
      'immediate-action-taken',
      'convening-a-strategy-meeting',
      '2026-01-16',
    ],
    ['23:59 in winter stays that day', '2026-01-15T23:59:00Z', 'serious-harm', 'national-default', '2026-01-15'],
    // The nights the clocks change.
    [
      '23:30 on the Saturday before the clocks go forward',
      '2026-03-28T23:30:00Z',
      'serious-harm',
      'national-default',
      '2026-03-28',
    ],
    [
      '00:30 on the Sunday the clocks go forward',
      '2026-03-29T00:30:00Z',
      'serious-harm',
      'national-default',
      '2026-03-29',
    ],
    [
      '23:30 UTC that Sunday, already Monday in London',
      '2026-03-29T23:30:00Z',
      'serious-harm',
      'national-default',
      '2026-03-30',
    ],
    [
      '23:30 BST on the Saturday before the clocks go back',
      '2026-10-24T23:30:00+01:00',
      'serious-harm',
      'national-default',
      '2026-10-24',
    ],
    [
      'the repeated 01:30 on the Sunday the clocks go back',
      '2026-10-25T01:30:00Z',
      'standard',
      'national-default',
      '2026-10-28',
    ],
  ])('%s', (_, concernsAt, category, id, expected) => {
    expect(dueOf(strategyDiscussionDeadline(concernsAt, category, profile(id)))).toEqual(expected);
  });

  it('ends a same-day deadline at midnight London time, 23 hours after midnight on the day the clocks go forward', () => {
    const deadline = strategyDiscussionDeadline('2026-03-29T00:30:00Z', 'serious-harm', national);
    expect(deadline.status === 'due' && new Date(deadline.lastMomentMs).toISOString()).toEqual(
      '2026-03-29T22:59:59.999Z',
    );
    const autumn = strategyDiscussionDeadline('2026-10-25T00:30:00Z', 'serious-harm', national);
    expect(autumn.status === 'due' && new Date(autumn.lastMomentMs).toISOString()).toEqual('2026-10-25T23:59:59.999Z');
  });

  it("uses a profile's added holiday", () => {
    const result = parseProfile({
      id: 'synthetic-closure',
      name: 'Synthetic procedure with a proclaimed day',
      shortName: 'synthetic procedure',
      source: { document: 'Synthetic' },
      holidays: { add: [{ date: '2026-03-16', reason: 'Synthetic proclaimed bank holiday' }] },
    });
    if (!result.ok) throw result.error;
    expect(dueOf(strategyDiscussionDeadline(FRIDAY_AFTERNOON, 'standard', result.profile))).toEqual('2026-03-19');
    expect(dueOf(strategyDiscussionDeadline(FRIDAY_AFTERNOON, 'standard', national))).toEqual('2026-03-18');
  });
});

describe('the other deadlines', () => {
  it.each<[string, Deadline, string | undefined, string]>([
    [
      'ICPC from Thursday 12 March 2026',
      icpcDeadline('2026-03-12T10:00:00Z', national),
      '2026-04-02',
      'by the end of Thursday 2 April 2026',
    ],
    [
      'ICPC from Thursday 19 March 2026, across Easter',
      icpcDeadline('2026-03-19T10:00:00Z', lancashire),
      '2026-04-13',
      'by the end of Monday 13 April 2026',
    ],
    ['ICPC from a date', icpcDeadline('2026-03-12', national), '2026-04-02', 'by the end of Thursday 2 April 2026'],
    [
      'child seen, Lancashire',
      childSeenDeadline('2026-03-16T14:00:00Z', lancashire),
      '2026-03-17T14:00:00+00:00',
      'by 14:00 on Tuesday 17 March 2026',
    ],
    [
      'child seen, national default',
      childSeenDeadline('2026-03-16T14:00:00Z', national),
      'no-limit',
      'with no fixed limit',
    ],
    [
      'child seen, 24 hours across the March change',
      childSeenDeadline('2026-03-28T12:00:00Z', lancashire),
      '2026-03-29T13:00:00+01:00',
      'by 13:00 on Sunday 29 March 2026',
    ],
    [
      'child seen, 24 hours across the October change',
      childSeenDeadline('2026-10-24T12:00:00+01:00', lancashire),
      '2026-10-25T11:00:00+00:00',
      'by 11:00 on Sunday 25 October 2026',
    ],
    [
      'write-up, Lancashire',
      writeUpDeadline('2026-07-01T16:45:00+01:00', lancashire),
      '2026-07-02T16:45:00+01:00',
      'by 16:45 on Thursday 2 July 2026',
    ],
    [
      'write-up, national default',
      writeUpDeadline('2026-07-01T16:45:00+01:00', national),
      'no-limit',
      'with no fixed limit',
    ],
    [
      'circulation after a Friday discussion, national default',
      circulationDeadline('2026-03-13T16:00:00Z', national),
      '2026-03-16',
      'by the end of Monday 16 March 2026',
    ],
    [
      'circulation, practitioner guide, before Good Friday',
      circulationDeadline('2026-04-02T16:00:00+01:00', profile('practitioner-guide')),
      '2026-04-07',
      'by the end of Tuesday 7 April 2026',
    ],
    [
      'circulation, Lancashire',
      circulationDeadline('2026-03-13T16:00:00Z', lancashire),
      '2026-03-14T16:00:00+00:00',
      'by 16:00 on Saturday 14 March 2026',
    ],
  ])('%s', (_, deadline, expectedDue, expectedText) => {
    expect([dueOf(deadline), formatDeadline(deadline)]).toEqual([expectedDue, expectedText]);
  });

  it('labels each deadline and says which profile set its limit', () => {
    const deadline = icpcDeadline('2026-03-12T10:00:00Z', lancashire);
    expect([deadline.key, deadline.label, deadline.profileId, deadline.limit.setBy]).toEqual([
      'icpc',
      'Initial child protection conference',
      'lancashire',
      'national-default',
    ]);
  });

  it.each<[string, Deadline, string]>([
    [
      'a start that is not a date',
      strategyDiscussionDeadline('last Tuesday', 'standard', national),
      '(cannot be worked out: "last Tuesday" is not a date and time with its UTC offset)',
    ],
    [
      'a start with no offset',
      strategyDiscussionDeadline('2026-03-13T16:30:00', 'standard', national),
      '(cannot be worked out: "2026-03-13T16:30:00" is not a date and time with its UTC offset)',
    ],
    [
      'an hours limit from a bare date',
      childSeenDeadline('2026-03-16', lancashire),
      '(cannot be worked out: a timescale in hours needs a time as well as a date, not just 2026-03-16)',
    ],
    [
      'working days past the calendar',
      icpcDeadline('2100-12-20T10:00:00Z', national),
      '(cannot be worked out: 2101-01-01 is outside 2000-01-01 to 2100-12-31, the dates whose bank holidays are known)',
    ],
    [
      'working days before the calendar',
      icpcDeadline('1999-12-20T10:00:00Z', national),
      '(cannot be worked out: 1999-12-20 is outside 2000-01-01 to 2100-12-31, the dates whose bank holidays are known)',
    ],
  ])('explains, without throwing, %s', (_, deadline, expected) => {
    expect([deadline.status, formatDeadline(deadline)]).toEqual(['unavailable', expected]);
  });
});

describe('isDeadlineMet', () => {
  const sameDay = strategyDiscussionDeadline('2026-06-30T23:30:00Z', 'serious-harm', national);
  const hours = childSeenDeadline('2026-03-16T14:00:00Z', lancashire);
  const icpc = icpcDeadline('2026-03-12T10:00:00Z', national);

  it.each<[string, Deadline, string, boolean | undefined]>([
    ['23:59 London time on the day', sameDay, '2026-07-01T23:59:00+01:00', true],
    ['midnight London time, written as 23:00 UTC', sameDay, '2026-07-01T23:00:00Z', false],
    ['an ICPC target date on the due date', icpc, '2026-04-02', true],
    ['an ICPC target date the day after', icpc, '2026-04-03', false],
    ['exactly 24 hours later', hours, '2026-03-17T14:00:00Z', true],
    ['24 hours and a second later', hours, '2026-03-17T14:00:01Z', false],
    ['27 hours later', hours, '2026-03-17T17:00:00Z', false],
    ['a bare date before an hours deadline', hours, '2026-03-16', true],
    ['a bare date on the day of an hours deadline', hours, '2026-03-17', undefined],
    [
      'anything against no limit',
      childSeenDeadline('2026-03-16T14:00:00Z', national),
      '2027-01-01T00:00:00Z',
      undefined,
    ],
    ['text that is not a date', icpc, 'soon', undefined],
  ])('%s: %s', (_, deadline, actual, expected) => {
    expect(isDeadlineMet(deadline, actual)).toBe(expected);
  });
});

describe('any instant, any profile, any timescale', () => {
  const profiles = Object.keys(bundledProfiles).map(profile);
  const instant = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 1) })
    .chain((ms) => fc.constantFrom('Z', '+01:00', '-05:00').map((offset) => ({ ms, offset })))
    .map(({ ms, offset }) => {
      const minutes = offset === 'Z' ? 0 : offset === '+01:00' ? 60 : -300;
      return `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
    });

  it('falls due on or after the London day of the start, met by the start itself, on a working day when counted in working days', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...profiles),
        fc.constantFrom(...urgencyCategories),
        (from, resolved, category) => {
          const deadline = strategyDiscussionDeadline(from, category, resolved);
          expect(deadline.status).toEqual('due');
          if (deadline.status !== 'due') return;
          expect(deadline.date >= (londonDateOf(from) as string)).toBe(true);
          expect(isDeadlineMet(deadline, from)).toBe(true);
          if (resolved.urgency[category].timescale.kind === 'working-days')
            expect(isWorkingDay(deadline.date)).toBe(true);
          expect(formatDeadline(deadline)).toMatch(
            /^by (the end of|\d\d:\d\d on) [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$/,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...profiles), (from, resolved) => {
        for (const deadline of [
          strategyDiscussionDeadline(from, 'standard', resolved),
          childSeenDeadline(from, resolved),
          icpcDeadline(from, resolved),
        ]) {
          expect(typeof formatDeadline(deadline)).toBe('string');
          expect(isDeadlineMet(deadline, from) === false).toBe(false);
        }
      }),
    );
  });
});
