/**
 * RFC 6901 JSON Pointers, the way every package of the toolkit names a place in a record (findings,
 * form fields, minutes). One implementation, so that escaping (`~0` for `~`, `~1` for `/`) cannot
 * differ between the validator that reports a field and the form that focuses it.
 */

/** Escapes one segment for a JSON Pointer. */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescapes one segment of a JSON Pointer. */
export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Splits a JSON Pointer into its unescaped segments (`''` is the whole document: no segments). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}

/** Joins segments (property names or list positions) into a JSON Pointer. */
export function toPointer(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments)
    pointer += `/${typeof segment === 'number' ? segment : escapePointerSegment(segment)}`;
  return pointer;
}

/** A pointer one level down: `childPointer('/actions', 2)` is `/actions/2`. */
export function childPointer(pointer: string, segment: string | number): string {
  return `${pointer}/${typeof segment === 'number' ? segment : escapePointerSegment(segment)}`;
}

/**
 * The value a pointer names, or undefined when it names nothing. Reads own properties only, so
 * `/__proto__` never reaches `Object.prototype`.
 */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  let value = document;
  for (const segment of pointerSegments(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
