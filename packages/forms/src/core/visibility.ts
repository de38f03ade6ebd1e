import { isFilledIn } from '@strategy-record/schemas/core';
import type { FieldIndex, FieldSchema } from './fieldIndex.js';
import { isArrayIndex, isPlainObject, parsePointer } from './jsonPointer.js';

/** Whether a field's own conditions hold in the object that holds it (always, for a field with none). */
export function conditionsHold(field: FieldSchema, parent: unknown): boolean {
  if (field.conditions.length === 0) return true;
  const answers = isPlainObject(parent) ? parent : {};
  return field.conditions.some((condition) => {
    const answer = Object.hasOwn(answers, condition.controller) ? answers[condition.controller] : undefined;
    const holds = answer !== undefined && (condition.values === undefined || condition.values.includes(answer));
    return condition.negated ? !holds : holds;
  });
}

/** Whether a field is needed for a final record in the object that holds it (when that object is). */
export function requiredIn(field: FieldSchema, parent: unknown): boolean {
  return field.required || (field.conditions.length > 0 && conditionsHold(field, parent));
}

/** Where a pointer stands in the record: shown or hidden by the schema's conditions, and required or not. */
export interface FieldPresence {
  /** Shown: this field's and all its ancestors' conditions hold. */
  readonly visible: boolean;
  /** Needed for a final record: required at every level down from the record (a list item counts as required). */
  readonly required: boolean;
}

const ABSENT: FieldPresence = { visible: false, required: false };

/** The visibility and requiredness of the field at `pointer` in `record`; a pointer the schema does not know is hidden. */
export function presenceAt(index: FieldIndex, record: unknown, pointer: string): FieldPresence {
  let field: FieldSchema | undefined = index.root;
  let value: unknown = record;
  let visible = true;
  let required = true;
  for (const segment of parsePointer(pointer)) {
    const parent = value;
    if (field.kind === 'list') {
      if (!isArrayIndex(segment) && segment !== '-') return ABSENT;
      field = field.items;
      value = Array.isArray(parent) ? parent[Number(segment)] : undefined;
    } else {
      field = field.properties?.get(segment);
      value = isPlainObject(parent) && Object.hasOwn(parent, segment) ? parent[segment] : undefined;
    }
    if (field === undefined) return ABSENT;
    if (field.key !== '-') {
      visible &&= conditionsHold(field, parent);
      required &&= requiredIn(field, parent);
    }
  }
  return { visible, required: visible && required };
}

/**
 * Whether a value counts as an answer: text that is filled in (at least one visible character, the
 * schema's rule), any yes/no, a list with an answered item, a group with an answered field. Empty
 * groups the form creates for layout are not answers.
 */
export function isAnswered(value: unknown): boolean {
  if (typeof value === 'string') return isFilledIn(value);
  if (typeof value === 'boolean' || typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some(isAnswered);
  if (isPlainObject(value)) return Object.values(value).some(isAnswered);
  return false;
}
