import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { formatLondonDate, formatLondonInstant } from '../../calendar/formatLondon.js';
import type { ComputedDeadline, Severity } from '../../findings.js';
import { ruleCatalogue, type RuleId } from '../../ruleCatalogue.js';
import type { DeadlineKey, DueDeadline } from '../../deadlines/deadlineTypes.js';
import { formatDeadline } from '../../deadlines/formatDeadline.js';
import type { ResolvedProfile, ResolvedTimescale } from '../../profiles/profileTypes.js';
import { isResolvedProfile } from '../../profiles/resolveProfileDocument.js';
import { hasText } from '../text.js';
import type { RuleContext, RuleHit } from '../types.js';

/**
 * The resolved profile a timescale rule checks against. `validateRecord` always passes one (the
 * profile given, the one the record names, or the national default, and says which). Anything else is
 * a programming error, so it throws rather than quietly check against the national default: a rule that
 * throws is reported as SD-SYS-RULE, which stays visible, where a silent fallback would pass or fail a
 * record against limits nobody chose.
 *
 * @throws TypeError when `context.profile` is not a profile from `resolveProfile` or `parseProfile`
 */
export function timescaleProfile(context: RuleContext): ResolvedProfile {
  if (isResolvedProfile(context.profile)) return context.profile;
  throw new TypeError(
    'the timescale rules need a resolved local procedure profile (from resolveProfile or parseProfile) in RuleContext.profile',
  );
}

/** The recorded reason and escalation for a missed timescale, when both are filled in. */
function recordedException(
  record: StrategyDiscussionRecord,
  key: DeadlineKey,
): { readonly reason: string; readonly escalation: string } | undefined {
  for (const exception of record.timescaleExceptions ?? []) {
    if (exception.timescale === key && hasText(exception.reason) && hasText(exception.escalation)) {
      return { reason: exception.reason, escalation: exception.escalation };
    }
  }
  return undefined;
}

/** "under the Lancashire procedure", or, where the procedure is silent, "under the national default (Working Together), which the Lancashire procedure follows here,". */
function underProfile(limit: ResolvedTimescale, profile: ResolvedProfile): string {
  return limit.setBy === profile.id
    ? `under the ${profile.shortName}`
    : `under the ${limit.setByName}, which the ${profile.shortName} follows here,`;
}

/** An instant or a date from the record, written out in London time. */
export function formatActual(actual: string): string {
  return actual.length === 10 ? formatLondonDate(actual) : formatLondonInstant(actual);
}

/** What a rule says about one missed deadline. */
export interface Breach {
  /** The field holding the late date. */
  readonly pointer: string;
  /** What happened, and when: "The discussion was held on Monday 16 March 2026 at 14:00". */
  readonly what: string;
  /** Introduces the deadline; "it was due" unless given. */
  readonly due?: string;
  /** The timescale and what it counts from: "same day for serious harm". */
  readonly why: string;
}

/**
 * The hit for a missed deadline. Its severity is the profile's override for the rule, else the
 * catalogue's; a breach whose reason and escalation are recorded is a warning, which stays in the report
 * and the minutes but does not block sign-off.
 */
export function breachHit(context: RuleContext, ruleId: RuleId, deadline: DueDeadline, breach: Breach): RuleHit {
  const profile = timescaleProfile(context);
  const exception = recordedException(context.record, deadline.key);
  const severity: Severity =
    exception === undefined ? (profile.severity[ruleId] ?? ruleCatalogue[ruleId].severity) : 'warning';
  const excused =
    exception === undefined
      ? ''
      : ' The missed timescale is recorded with its reason and escalation, so this is a warning rather than an error.';
  return {
    pointer: breach.pointer,
    severity,
    message: `${breach.what}; ${underProfile(deadline.limit, profile)} ${breach.due ?? 'it was due'} ${formatDeadline(deadline)} (${breach.why}).${excused}`,
  };
}

/** The report's entry for a computed deadline, compared with the recorded date when there is one. */
export function reportedDeadline(
  deadline: DueDeadline,
  pointer: string,
  actual: string | undefined,
  met: boolean | undefined,
  label = deadline.label,
): ComputedDeadline {
  // Written out rather than spread: this runs for every deadline of every record validated.
  const { key, due } = deadline;
  if (actual === undefined) return { key, label, due, pointer };
  return met === undefined ? { key, label, due, pointer, actual } : { key, label, due, pointer, actual, met };
}
