import { defineRule } from './defineRule.js';
import { hasText } from './text.js';
import { NO_HITS } from './types.js';

const INTERPRETER = /interpret/i;

/**
 * SD-CHD-4: an interpreter is needed, for a child or (from 1.1) an adult, and neither the plan nor an
 * action says how one is provided. A 1.0 record has no adult's interpreter need, so its findings do
 * not change.
 */
export const interpreterArranged = defineRule('SD-CHD-4', ({ record, index }) => {
  const needing = [
    ...index.children.filter((child) => child.interpreterNeeded === 'yes').map((child) => child.fullName ?? 'a child'),
    ...(record.adults ?? [])
      .filter((adult) => adult.interpreterNeeded === 'yes')
      .map((adult) => adult.fullName ?? 'an adult'),
  ];
  if (needing.length === 0) return NO_HITS;
  if (hasText(record.plan?.interpreterArrangements)) return NO_HITS;
  if ((record.actions ?? []).some((action) => INTERPRETER.test(action.description ?? ''))) return NO_HITS;
  const names = needing.join(', ');
  return [
    {
      pointer: '/plan/interpreterArrangements',
      message: `An interpreter is needed (${names}) but neither the plan nor the actions say how one will be provided.`,
    },
  ];
});

/** SD-CHD-5: child-on-child abuse and no reference to the separate record for the other child. */
export const otherChildRecordReferenced = defineRule('SD-CHD-5', ({ record }) => {
  if (!(record.concerns?.categories ?? []).includes('child-on-child')) return NO_HITS;
  if (hasText(record.concerns?.otherChildRecord)) return NO_HITS;
  return [
    {
      pointer: '/concerns/otherChildRecord',
      message: 'The concern is child-on-child abuse but the separate record for the other child is not referenced.',
    },
  ];
});
