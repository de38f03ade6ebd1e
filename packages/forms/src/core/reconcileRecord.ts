import type { FieldIndex, FieldSchema } from './fieldIndex.js';
import { formatPointer, isPlainObject } from './jsonPointer.js';
import { conditionsHold, isAnswered, requiredIn } from './visibility.js';

/**
 * An answer the form removed because the question it answers is no longer asked: the caller is told
 * (returned from the change and sent to `onClear` listeners), so nothing disappears silently.
 */
export interface ClearedAnswer {
  /** Where the answer was. */
  readonly pointer: string;
  /** The field's label. */
  readonly label: string;
  /** The answer that was removed, so the caller can offer to undo. */
  readonly previous: unknown;
  /** The answer whose change hid the question, e.g. `/decisions/0/medical/decision`. */
  readonly because: string;
}

/** The record after a change, with hidden answers cleared and newly needed groups created. */
export interface Reconciled {
  readonly record: Record<string, unknown>;
  readonly cleared: readonly ClearedAnswer[];
}

/**
 * Brings `next` in line with the schema's conditions after a change from `previous`:
 *
 * - an answer whose question was shown before the change and is hidden after it is removed and
 *   listed in `cleared` (an answer that was already hidden, e.g. in an imported record, is kept);
 * - a required group that is now shown and missing is created empty, so that final validation names
 *   its fields one by one ("Full name is missing") instead of the whole group.
 *
 * Only the parts that changed are visited (unchanged parts are the same objects), so the cost of a
 * keystroke does not grow with the size of the record.
 */
export function reconcileRecord(index: FieldIndex, previous: unknown, next: Record<string, unknown>): Reconciled {
  const cleared: ClearedAnswer[] = [];
  const record = visit(index.root, previous, next, [], cleared) as Record<string, unknown>;
  return { record, cleared };
}

/** An empty object for a group, holding empty objects for the groups it requires in turn. */
export function scaffoldGroup(field: FieldSchema): Record<string, unknown> {
  return reconcileRecord({ root: field, fieldAt: () => undefined }, undefined, {}).record;
}

function visit(field: FieldSchema, previous: unknown, next: unknown, at: string[], cleared: ClearedAnswer[]): unknown {
  if (previous === next) return next;
  if (field.kind === 'list' && Array.isArray(next) && field.items !== undefined) {
    // Positions are comparable only when the list kept its length (an edit inside one item).
    const before = Array.isArray(previous) && previous.length === next.length ? previous : undefined;
    let copy: unknown[] | undefined;
    next.forEach((item, position) => {
      const updated = visit(field.items!, before?.[position], item, [...at, String(position)], cleared);
      if (updated !== item) (copy ??= next.slice())[position] = updated;
    });
    return copy ?? next;
  }
  if (field.kind !== 'group' || !isPlainObject(next) || field.properties === undefined) return next;
  const before = isPlainObject(previous) ? previous : undefined;
  let object = clearHidden(field, before, next, at, cleared);
  for (const [key, property] of field.properties) {
    if (property.kind === 'group' && !Object.hasOwn(object, key) && requiredIn(property, object)) {
      object = { ...object, [key]: visit(property, undefined, {}, [...at, key], cleared) };
    }
  }
  for (const key of Object.keys(object)) {
    const property = field.properties.get(key);
    if (property === undefined) continue;
    const value = object[key];
    const updated = visit(
      property,
      before !== undefined && Object.hasOwn(before, key) ? before[key] : undefined,
      value,
      [...at, key],
      cleared,
    );
    if (updated !== value) object = { ...object, [key]: updated };
  }
  return object;
}

function clearHidden(
  field: FieldSchema,
  before: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  at: string[],
  cleared: ClearedAnswer[],
): Record<string, unknown> {
  if (before === undefined) return next;
  let object = next;
  // Clearing one answer can hide another that depends on it, so repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, property] of field.properties!) {
      if (property.conditions.length === 0 || !Object.hasOwn(object, key)) continue;
      if (conditionsHold(property, object) || !conditionsHold(property, before)) continue;
      const { [key]: previous, ...rest } = object;
      object = rest;
      changed = true;
      if (isAnswered(previous)) {
        const because =
          property.conditions.find((condition) => before[condition.controller] !== object[condition.controller])
            ?.controller ?? property.conditions[0]!.controller;
        cleared.push({
          pointer: formatPointer([...at, key]),
          label: property.title,
          previous,
          because: formatPointer([...at, because]),
        });
      }
    }
  }
  return object;
}
