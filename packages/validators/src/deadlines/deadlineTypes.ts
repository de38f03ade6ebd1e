import type { ResolvedTimescale } from '../profiles/profileTypes.js';

/**
 * Which timescale a deadline is for. The same keys as the record's `timescaleExceptions[].timescale`
 * and the validation report's `deadlines[].key`, so a form can match them up.
 */
export type DeadlineKey = 'strategy-discussion' | 'child-seen' | 'icpc' | 'write-up' | 'circulation';

/** Labels as the record schema titles the timescales. */
export const DEADLINE_LABELS: Readonly<Record<DeadlineKey, string>> = Object.freeze({
  'strategy-discussion': 'Strategy discussion held',
  'child-seen': 'Child seen after the Section 47 decision',
  icpc: 'Initial child protection conference',
  'write-up': 'Minutes written up',
  circulation: 'Minutes circulated',
});

interface DeadlineBase {
  readonly key: DeadlineKey;
  readonly label: string;
  /** The profile's timescale, with the profile that set it (the profile itself or one it extends). */
  readonly limit: ResolvedTimescale;
  /** The profile the deadline was computed under. */
  readonly profileId: string;
  /** When the clock started, as given. */
  readonly from: string;
}

/**
 * A deadline that falls due.
 *
 * `end-of-day` deadlines (same day, working days, calendar days) are met by anything on or before their
 * London `date`, whatever the time; `instant` deadlines (hours) are met at or before `due`.
 */
export interface DueDeadline extends DeadlineBase {
  readonly status: 'due';
  readonly precision: 'end-of-day' | 'instant';
  /** The London calendar date the deadline falls on, `YYYY-MM-DD`. */
  readonly date: string;
  /** `date` for an end-of-day deadline; the instant in London time (`2026-03-17T14:00:00+00:00`) for an hours deadline. */
  readonly due: string;
  /** The last epoch millisecond that still meets the deadline (23:59:59.999 London time for an end-of-day one). */
  readonly lastMomentMs: number;
}

/** The profile sets no measurable limit for this timescale, so there is nothing to meet. */
export interface NoLimitDeadline extends DeadlineBase {
  readonly status: 'no-limit';
}

/** The deadline cannot be worked out from what was given (a malformed date, or a year the calendar does not cover). */
export interface UnavailableDeadline extends DeadlineBase {
  readonly status: 'unavailable';
  /** Plain English: why. */
  readonly reason: string;
}

/** What every deadline function returns: never throws, so a form can call it on every keystroke. */
export type Deadline = DueDeadline | NoLimitDeadline | UnavailableDeadline;
