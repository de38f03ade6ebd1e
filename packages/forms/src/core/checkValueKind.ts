import type { FieldSchema } from './fieldIndex.js';
import { isPlainObject } from './jsonPointer.js';

/**
 * Throws a `TypeError` when a value cannot be the answer to a field of this kind (text for a yes/no,
 * an object for a date). Values of the right type but not yet valid (a malformed date, an option the
 * schema does not list) pass: they are the validator's to report, so a draft can always be saved.
 */
export function checkValueKind(field: FieldSchema, value: unknown, pointer: string): void {
  if (value === undefined) return;
  const fits = (() => {
    switch (field.kind) {
      case 'group':
        return isPlainObject(value);
      case 'list':
        return Array.isArray(value) && value.every(isPlainObject);
      case 'choices':
        return Array.isArray(value) && value.every((item) => typeof item === 'string');
      case 'boolean':
        return typeof value === 'boolean';
      default:
        return typeof value === 'string';
    }
  })();
  if (!fits)
    throw new TypeError(
      `The field at "${pointer}" (${field.title}) cannot hold ${Array.isArray(value) ? 'a list' : typeof value} (it is a ${field.kind} field).`,
    );
}
