import type { ClearedAnswer } from '../core/reconcileRecord.js';
import type { FormError, SectionState } from '../core/recordFormTypes.js';
import { useFormSelector } from './useFormSelector.js';

/** The errors of the error summary (empty before the first submit); re-renders only when they change. */
export function useFormErrors(): readonly FormError[] {
  return useFormSelector(
    (form) => form.errors(),
    'errors',
    (a, b) =>
      a.length === b.length &&
      a.every((error, position) => error.message === b[position]!.message && error.pointer === b[position]!.pointer),
  );
}

/** The task-list sections with their status; re-renders only when a status changes. */
export function useSections(): readonly SectionState[] {
  return useFormSelector(
    (form) => form.sections(),
    'sections',
    (a, b) => a.every((section, position) => section.status === b[position]!.status),
  );
}

/**
 * The answers the latest change cleared because it hid their questions, for a notice such as "Your
 * answer to 'Reason for the medical decision' was removed" (render it in a `role="status"` region).
 */
export function useClearedAnswers(): readonly ClearedAnswer[] {
  return useFormSelector((form) => form.getState().lastCleared, 'lastCleared', Object.is);
}
