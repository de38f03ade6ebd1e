import type { MigrationChange } from '@strategy-record/schemas/core';
import { RECORD_SECTIONS, type RecordSectionId } from '@strategy-record/schemas/core';

/** How much a finding matters: an `error` blocks sign-off in final mode; a `warning` never does. */
export type Severity = 'error' | 'warning';

/** `draft` checks only what is present; `final` also checks completeness (the rule catalogue). */
export type ValidationMode = 'draft' | 'final';

/**
 * One thing wrong with, or worth a second look in, a record.
 *
 * `ruleId` is stable across releases: callers may key behaviour, translations or dashboards on it.
 * `pointer` is an RFC 6901 JSON Pointer into the record ("" is the whole record; a pointer may name a
 * field that is missing, so that a form can put the message next to the empty field).
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly pointer: string;
  /** Plain English a social worker understands. Never contains a stack trace. */
  readonly message: string;
  /** Where the requirement comes from: a local procedure by name, national guidance (Working Together), or the schema. */
  readonly source: string;
  /** The section of the record the finding belongs to (RECORD_SECTIONS). */
  readonly section: SectionId;
  /** For SD-STR-MIGRATED only: every change the migration made to the record before it was checked. */
  readonly changes?: readonly MigrationChange[];
}

/** The parts of the record as `[id, title]`, in the order the minutes and the text report show them (from the one list, RECORD_SECTIONS). */
export const SECTIONS: readonly (readonly [SectionId, string])[] = RECORD_SECTIONS.map(
  ({ id, title }) => [id, title] as const,
);

/** The section a finding belongs to. */
export type SectionId = RecordSectionId;

/** The verdict on one record. */
export interface ValidationReport {
  /** `false` when any finding is an error. Warnings never make a record invalid. */
  readonly valid: boolean;
  readonly mode: ValidationMode;
  /** The profile the timescales were checked against, when one was used. */
  readonly profileId?: string;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Ordered by section, then by pointer, then by rule id: the same record always gives the same order. */
  readonly findings: readonly Finding[];
  /** Deadlines computed while validating, for showing next to the actual dates (empty without a profile). */
  readonly deadlines: readonly ComputedDeadline[];
}

/** A deadline the validators computed, with the actual date it is compared against when there is one. */
export interface ComputedDeadline {
  /** Stable key, e.g. `strategy-discussion`, `child-seen`, `icpc`, `write-up`, `circulation`. */
  readonly key: string;
  readonly label: string;
  /** ISO 8601 instant (with offset) or date the deadline falls on. */
  readonly due: string;
  /** The recorded date or instant the deadline is compared with, if the record has one. */
  readonly actual?: string;
  readonly met?: boolean;
  /** Pointer to the field the deadline concerns. */
  readonly pointer: string;
}
