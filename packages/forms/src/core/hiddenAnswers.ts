import type { FieldIndex, FieldSchema } from './fieldIndex.js';
import { formatPointer, isPlainObject } from './jsonPointer.js';
import { conditionsHold, isAnswered } from './visibility.js';

/** An answer in the record to a question the schema's conditions do not ask. */
export interface HiddenAnswer {
  readonly pointer: string;
  readonly label: string;
  readonly value: unknown;
}

/**
 * The answers a record holds for questions that are hidden (an imported record, or one written before
 * its conditions changed). The form keeps them, since no change of the user's hid them, but does not
 * show them: call this to tell the user, so that no answer is out of sight without their knowing.
 */
export function hiddenAnswers(index: FieldIndex, record: unknown): HiddenAnswer[] {
  const found: HiddenAnswer[] = [];
  collect(index.root, record, [], found);
  return found;
}

function collect(field: FieldSchema, value: unknown, at: string[], found: HiddenAnswer[]): void {
  if (field.kind === 'list' && Array.isArray(value) && field.items !== undefined) {
    value.forEach((item, position) => collect(field.items!, item, [...at, String(position)], found));
    return;
  }
  if (field.kind !== 'group' || !isPlainObject(value)) return;
  for (const [key, property] of field.properties ?? []) {
    if (!Object.hasOwn(value, key) || !isAnswered(value[key])) continue;
    if (conditionsHold(property, value)) collect(property, value[key], [...at, key], found);
    else found.push({ pointer: formatPointer([...at, key]), label: property.title, value: value[key] });
  }
}
