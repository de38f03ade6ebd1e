import { pointerSegments, toPointer } from '@strategy-record/schemas/core';

/**
 * RFC 6901 JSON Pointers over plain JSON values, with immutable updates (escaping is the schemas
 * package's one JSON Pointer module).
 *
 * Updates copy only the objects and arrays on the path and share everything else, so a caller can
 * tell what changed with `===`: the React bindings rely on this to re-render only the fields whose
 * value changed.
 */

/** A key that must never be read or written through a pointer: it would reach `Object.prototype`. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const NO_SEGMENTS: readonly string[] = Object.freeze([]);
/** Most pointers a form uses, by the thousand; past this the cache starts again rather than grow. */
const PARSED_LIMIT = 20_000;
const parsed = new Map<string, readonly string[]>();

/**
 * Splits a pointer into unescaped segments. Throws a `TypeError` for a string that is not a pointer.
 * Remembered per pointer: every subscribed question reads its pointer several times on each
 * keystroke (schema, visibility, value, dirty), and splitting and unescaping was the largest cost
 * of a keystroke in a large record. The segments are frozen, so a caller cannot spoil the cache.
 */
export function parsePointer(pointer: string): readonly string[] {
  if (pointer === '') return NO_SEGMENTS;
  let segments = parsed.get(pointer);
  if (segments === undefined) {
    if (!pointer.startsWith('/'))
      throw new TypeError(`"${pointer}" is not a JSON Pointer: it must be empty or start with "/".`);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    segments = Object.freeze(pointerSegments(pointer));
    parsed.set(pointer, segments);
  }
  return segments;
}

/** Joins unescaped segments into a pointer. */
export function formatPointer(segments: readonly (string | number)[]): string {
  return toPointer(segments);
}

/** The pointer of the object or array that holds the value at `pointer` ("" for a top-level field). */
export function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

/** Whether `pointer` is `ancestor` itself or lies inside it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

/** Whether a segment is an array index as RFC 6901 writes one (no leading zeros, no sign). */
export function isArrayIndex(segment: string): boolean {
  return ARRAY_INDEX.test(segment);
}

/** The value at `pointer`, or `undefined` when any part of the path is missing. Never reads inherited keys. */
export function getAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(value)) {
      if (!isArrayIndex(segment)) return undefined;
      value = value[Number(segment)];
    } else if (isPlainObject(value)) {
      if (!Object.hasOwn(value, segment)) return undefined;
      value = value[segment];
    } else {
      return undefined;
    }
  }
  return value;
}

/** Describes the container to create when a path passes through a missing value. */
export type ContainerFor = (pointer: string) => 'object' | 'array';

/**
 * A copy of `root` with `value` at `pointer`; `undefined` removes the key (or leaves the array item
 * unchanged-shape: removing array items is {@link removeItemAt}'s job). Missing objects and arrays on
 * the way are created as `containerFor` says. The input is never mutated.
 */
export function setAt(
  root: unknown,
  pointer: string,
  value: unknown,
  containerFor: ContainerFor = () => 'object',
): unknown {
  const segments = parsePointer(pointer);
  if (segments.some((segment) => FORBIDDEN_KEYS.has(segment))) {
    throw new TypeError(`The pointer "${pointer}" names a key that could change Object.prototype.`);
  }
  return setIn(root, segments, 0, value, containerFor);
}

function setIn(
  current: unknown,
  segments: readonly string[],
  depth: number,
  value: unknown,
  containerFor: ContainerFor,
): unknown {
  if (depth === segments.length) return value;
  // Removing something that is not there changes nothing, and must not create the path to it.
  if (current === undefined && value === undefined) return undefined;
  const segment = segments[depth]!;
  const here = formatPointer(segments.slice(0, depth));
  const container = current === undefined ? (containerFor(here) === 'array' ? [] : {}) : current;
  if (Array.isArray(container)) {
    if (!isArrayIndex(segment) || Number(segment) > container.length) {
      throw new TypeError(
        `"${segment}" is not a position in the list at "${here}" (it has ${container.length} items).`,
      );
    }
    const index = Number(segment);
    const next = setIn(container[index], segments, depth + 1, value, containerFor);
    if (next === container[index] && index < container.length) return container;
    if (next === undefined) {
      if (index >= container.length) return container;
      throw new TypeError(
        `Remove list items with removeItemAt, not by setting "${formatPointer(segments)}" to undefined.`,
      );
    }
    const copy = container.slice();
    copy[index] = next;
    return copy;
  }
  if (!isPlainObject(container)) {
    throw new TypeError(`"${here}" holds ${typeof container}, so "${segment}" cannot be set inside it.`);
  }
  const previous = Object.hasOwn(container, segment) ? container[segment] : undefined;
  const next = setIn(previous, segments, depth + 1, value, containerFor);
  if (next === previous && (next !== undefined || !Object.hasOwn(container, segment))) return container;
  const copy: Record<string, unknown> = { ...container };
  if (next === undefined) delete copy[segment];
  else copy[segment] = next;
  return copy;
}

/** A copy of `root` without the item at `index` of the array at `arrayPointer`. */
export function removeItemAt(root: unknown, arrayPointer: string, index: number): unknown {
  const list = getAt(root, arrayPointer);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return root;
  return setAt(root, arrayPointer, [...list.slice(0, index), ...list.slice(index + 1)]);
}

/** A copy of `root` with the item at `from` moved to `to` in the array at `arrayPointer`. */
export function moveItemAt(root: unknown, arrayPointer: string, from: number, to: number): unknown {
  const list = getAt(root, arrayPointer);
  if (!Array.isArray(list) || from === to || from < 0 || to < 0 || from >= list.length || to >= list.length)
    return root;
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return setAt(root, arrayPointer, copy);
}

/** A plain JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}
