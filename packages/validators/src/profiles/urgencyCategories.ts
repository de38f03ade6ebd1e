import type { UrgencyCategory } from './profileTypes.js';

/**
 * The urgency categories of `meeting.urgency` in the record schema, in the schema's order, each with
 * the phrase messages use after "for" ("same day for serious harm"). Tests check the list against the
 * schema's enum, so a category added there must be added here.
 */
export const URGENCY_CATEGORIES = {
  'serious-harm': 'serious harm',
  'sexual-abuse-forensic': 'penetrative sexual abuse needing forensic evidence',
  'immediate-action-taken': 'concerns where an agency has already taken immediate action',
  complex: 'complex concerns',
  'extra-familial-multiple': 'extra-familial risk to more than one child',
  standard: 'all other concerns',
} as const satisfies Record<UrgencyCategory, string>;

/** Every urgency category, in the record schema's order. */
export const urgencyCategories = Object.keys(URGENCY_CATEGORIES) as readonly UrgencyCategory[];

/** Whether a value is one of the record's urgency categories. */
export function isUrgencyCategory(value: unknown): value is UrgencyCategory {
  return typeof value === 'string' && Object.hasOwn(URGENCY_CATEGORIES, value);
}
