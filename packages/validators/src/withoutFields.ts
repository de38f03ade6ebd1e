import { pointerSegments } from '@strategy-record/schemas/core';

/**
 * A copy of a document without the fields the pointers name, sharing everything not on the way to
 * one of them: only the objects and lists along each pointer are copied, so the cost is the length
 * of the pointers, not the size of the document. The document itself is never changed.
 */
export function withoutFields(document: object, pointers: Iterable<string>): object {
  const copies = new Map<object, Record<string, unknown>>();
  const copyOf = (original: object): Record<string, unknown> => {
    let copy = copies.get(original);
    if (copy === undefined) {
      copy = (Array.isArray(original) ? [...original] : { ...original }) as Record<string, unknown>;
      // `{ ...original }` copies an own `__proto__` key as a plain property (JSON.parse makes it one),
      // never as the prototype.
      copies.set(original, copy);
      copies.set(copy, copy);
    }
    return copy;
  };
  const root = copyOf(document);
  for (const pointer of pointers) {
    const segments = pointerSegments(pointer);
    const last = segments.pop();
    if (last === undefined) continue;
    let node: Record<string, unknown> | undefined = root;
    for (const segment of segments) {
      const next: unknown = Object.hasOwn(node, segment) ? node[segment] : undefined;
      if (typeof next !== 'object' || next === null) {
        node = undefined;
        break;
      }
      node = node[segment] = copyOf(next);
    }
    // Only a field of an object is removed: a list keeps its positions.
    if (node !== undefined && !Array.isArray(node) && Object.hasOwn(node, last)) delete node[last];
  }
  return root;
}
