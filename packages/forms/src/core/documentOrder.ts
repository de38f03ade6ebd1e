import type { FieldIndex, FieldSchema } from './fieldIndex.js';
import { isArrayIndex, parsePointer } from './jsonPointer.js';

const positions = new WeakMap<FieldSchema, Map<string, number>>();

function positionIn(field: FieldSchema, key: string): number {
  let byKey = positions.get(field);
  if (byKey === undefined) {
    byKey = new Map([...(field.properties?.keys() ?? [])].map((name, position) => [name, position]));
    positions.set(field, byKey);
  }
  return byKey.get(key) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Orders two pointers as their questions appear in the form: schema property order, then list
 * position, a group before the fields inside it. The error summary lists errors in this order, as
 * the GOV.UK pattern asks, so the first error listed is the first one on the page.
 */
export function compareDocumentOrder(index: FieldIndex, a: string, b: string): number {
  const left = parsePointer(a);
  const right = parsePointer(b);
  let field: FieldSchema | undefined = index.root;
  for (let depth = 0; depth < Math.min(left.length, right.length); depth += 1) {
    const l = left[depth]!;
    const r = right[depth]!;
    if (l !== r) {
      if (isArrayIndex(l) && isArrayIndex(r)) return Number(l) - Number(r);
      return field === undefined ? (l < r ? -1 : 1) : positionIn(field, l) - positionIn(field, r);
    }
    field = field === undefined ? undefined : field.kind === 'list' ? field.items : field.properties?.get(l);
  }
  return left.length - right.length;
}
