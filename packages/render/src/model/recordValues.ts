/**
 * Reading record values defensively. Records are typed, but a draft loaded from disk may still hold a
 * wrong type somewhere; the minutes show what they can and never throw on it.
 */

/** The list, or an empty list when the value is missing or not a list. */
export function asList<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** Maps a list, keeping "missing" (undefined) distinct from "empty". */
export function mapList<T, U>(value: readonly T[] | undefined, map: (item: T) => U): U[] | undefined {
  return value === undefined
    ? undefined
    : asList(value)
        .filter((item) => typeof item === 'object' && item !== null)
        .map(map);
}

/** The value as an object to read fields from, or undefined. */
export function asObject<T extends object>(value: T | undefined): T | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
