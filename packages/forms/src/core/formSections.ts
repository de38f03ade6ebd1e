import { RECORD_SECTIONS, toPointer } from '@strategy-record/schemas/core';
import type { Finding } from '@strategy-record/validators';
import { isWithin } from './jsonPointer.js';

/** Where a section of the task list stands. */
export type SectionStatus = 'not-started' | 'in-progress' | 'complete' | 'has-errors';

/** A part of the record a user completes as one task. */
export interface FormSection {
  /** The same id the validators give a finding's `section`, so findings fall into their task. */
  readonly id: string;
  readonly title: string;
  /** The top-level fields the section covers. */
  readonly pointers: readonly string[];
}

/**
 * The tasks of the record: the sections of the one section list (RECORD_SECTIONS) that hold fields a
 * user answers, with its headings and order. `record` holds only system fields, and the medical and
 * ABE questions are asked within each decision.
 */
export const FORM_SECTIONS: readonly FormSection[] = RECORD_SECTIONS.filter(
  (section) => section.id !== 'record' && section.fields.length > 0,
).map(({ id, title, fields }) => ({
  id,
  title,
  pointers: fields.map((field) => toPointer([field])),
}));

/** The task a finding belongs to: the validators' own section for it, or the one holding its field. */
export function sectionOfFinding(finding: Pick<Finding, 'section' | 'pointer'>): string | undefined {
  if (FORM_SECTIONS.some((section) => section.id === finding.section)) return finding.section;
  return sectionOfPointer(finding.pointer);
}

/** The task whose fields include `pointer`. */
export function sectionOfPointer(pointer: string): string | undefined {
  return FORM_SECTIONS.find((section) => section.pointers.some((top) => isWithin(pointer, top)))?.id;
}

/**
 * A section's status: `has-errors` when an error is being shown in it, `not-started` when nothing
 * in it is answered, `complete` when final validation finds no error in it, `in-progress` otherwise.
 */
export function sectionStatus(answered: boolean, showingErrors: boolean, finalErrors: boolean): SectionStatus {
  if (showingErrors) return 'has-errors';
  if (!answered) return 'not-started';
  return finalErrors ? 'in-progress' : 'complete';
}
