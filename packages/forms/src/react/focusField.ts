import { fieldIdFor } from '../core/fieldIdFor.js';
import { parentPointer } from '../core/jsonPointer.js';

/**
 * Moves focus to the input of the question at `pointer`, or to the nearest group around it that is
 * on the page (an error about "the invitees" focuses the invitee list). Returns whether it found one.
 */
export function focusField(document: Document, pointer: string, idPrefix: string): boolean {
  for (let current = pointer; ; current = parentPointer(current)) {
    const element = document.getElementById(fieldIdFor(current, idPrefix));
    if (element !== null) {
      element.focus();
      return true;
    }
    if (current === '') return false;
  }
}
