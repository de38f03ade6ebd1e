import { isArrayIndex } from './jsonPointer.js';

/**
 * Rewrites a pointer after the items of the list at `listPointer` moved: `moved(i)` gives an item's
 * new position, or `undefined` when it was removed (then so is the pointer). Pointers outside the
 * list come back unchanged. Touched fields, raw-input problems and item keys follow their items with it.
 */
function movePointerWithItem(
  pointer: string,
  listPointer: string,
  moved: (position: number) => number | undefined,
): string | undefined {
  const prefix = `${listPointer}/`;
  if (!pointer.startsWith(prefix)) return pointer;
  const rest = pointer.slice(prefix.length);
  const slash = rest.indexOf('/');
  const segment = slash < 0 ? rest : rest.slice(0, slash);
  if (!isArrayIndex(segment)) return pointer;
  const position = moved(Number(segment));
  return position === undefined ? undefined : `${prefix}${position}${slash < 0 ? '' : rest.slice(slash)}`;
}

/** The new position of each item after removing the one at `removed`. */
export function afterRemoval(removed: number): (position: number) => number | undefined {
  return (position) => (position === removed ? undefined : position > removed ? position - 1 : position);
}

/** The new position of each item after moving the one at `from` to `to`. */
export function afterMove(from: number, to: number): (position: number) => number {
  return (position) => {
    if (position === from) return to;
    if (from < to && position > from && position <= to) return position - 1;
    if (to < from && position >= to && position < from) return position + 1;
    return position;
  };
}

/** Applies {@link movePointerWithItem} to every key of a map or set, dropping the keys of removed items. */
export function moveKeysWithItems<K extends string, V>(
  entries: Iterable<[K, V]>,
  listPointer: string,
  moved: (position: number) => number | undefined,
): Map<string, V> {
  const result = new Map<string, V>();
  for (const [key, value] of entries) {
    const next = movePointerWithItem(key, listPointer, moved);
    if (next !== undefined) result.set(next, value);
  }
  return result;
}
