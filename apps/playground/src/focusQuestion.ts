import { fieldIdFor } from '@strategy-record/forms';

/**
 * Moves focus to the question at `pointer`, or to the nearest group around it that is on the page
 * (a finding about "the invitees" focuses the invitee list). Returns whether it found one. The same
 * walk the forms package's error summary does, for links drawn outside the form.
 */
export function focusQuestion(document: Document, pointer: string): boolean {
  for (let current = pointer; ; current = current.slice(0, Math.max(0, current.lastIndexOf('/')))) {
    const element = document.getElementById(fieldIdFor(current));
    if (element !== null) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return true;
    }
    if (current === '') return false;
  }
}
