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

/** The tasks of the record, in the order the minutes show them. */
export const FORM_SECTIONS: readonly FormSection[] = [
  { id: 'meeting', title: 'The discussion', pointers: ['/recordId', '/meeting'] },
  { id: 'attendees', title: 'Invitees and attendees', pointers: ['/attendees'] },
  { id: 'children', title: 'Children and household', pointers: ['/children', '/otherChildren', '/adults'] },
  { id: 'concerns', title: 'Reason for the discussion', pointers: ['/concerns'] },
  { id: 'information', title: 'Information shared by agencies', pointers: ['/informationShared'] },
  { id: 'risk', title: 'Risk analysis', pointers: ['/riskAnalysis'] },
  { id: 'decisions', title: 'Decisions, medical and ABE', pointers: ['/decisions'] },
  { id: 'plan', title: 'Plan', pointers: ['/plan'] },
  { id: 'actions', title: 'Actions', pointers: ['/actions'] },
  { id: 'family', title: 'Sharing with the family', pointers: ['/familySharing'] },
  { id: 'further', title: 'Further discussion and ICPC', pointers: ['/furtherDiscussion', '/icpc'] },
  { id: 'timescales', title: 'Missed timescales', pointers: ['/timescaleExceptions'] },
  { id: 'signoff', title: 'Sign-off and circulation', pointers: ['/signOff', '/circulation'] },
];

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
