import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import type { Severity, SectionId, ComputedDeadline, ValidationMode } from '../findings.js';
import type { ResolvedProfile } from '../profiles/profileTypes.js';
import type { RecordIndex } from './recordIndex.js';

/**
 * What a rule reports: where, and in plain English what is wrong. A rule may lower its own severity
 * for one hit (SD-ATT-1 becomes a warning when the absent agency has a reason and a plan).
 */
export interface RuleHit {
  readonly pointer: string;
  readonly message: string;
  readonly severity?: Severity;
}

/** Everything a rule may read. Rules never mutate it. */
export interface RuleContext {
  /** The mode being validated in: rules that run in both modes may report less severely for drafts. */
  readonly mode: ValidationMode;
  /** A record that has passed the draft (structural) schema: types are right, any field may be missing. */
  readonly record: StrategyDiscussionRecord;
  /** Lookups computed once per validation and shared by every rule. */
  readonly index: RecordIndex;
  /** The local procedure profile in force: the caller's, else the one the record names, else the national default. */
  readonly profile: ResolvedProfile;
  /** Rules that compute deadlines add them here so the report and the minutes can show them. */
  readonly addDeadline: (deadline: ComputedDeadline) => void;
}

/**
 * A completeness rule of the catalogue (`ruleCatalogue.ts`): a small named predicate.
 *
 * Adding a rule touches three places (CONTRIBUTING.md has the recipe): its entry in `ruleCatalogue`
 * (severity, section, source, summary), the rule object in its family's file, listed in `allRules`,
 * and a row in the table of `catalogue.test.ts`, which fails for a catalogue rule without one. A rule
 * must not throw on any structurally valid record; if it does, `validateRecord` reports SD-SYS-RULE
 * for it rather than crash or hide the failure.
 */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** The procedure file(s) or national guidance that require it. */
  readonly source: string;
  readonly section: SectionId;
  /** One line saying what the rule requires; shown by `strategy-record rules` and in docs. */
  readonly summary: string;
  readonly check: (context: RuleContext) => readonly RuleHit[];
  /** The modes the rule runs in; completeness rules run in `final` only (the default). */
  readonly modes?: readonly ValidationMode[];
}

/** Returned by rules that found nothing: one shared frozen array, so a clean record allocates nothing. */
export const NO_HITS: readonly RuleHit[] = Object.freeze([]);
