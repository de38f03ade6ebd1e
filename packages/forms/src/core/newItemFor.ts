import type { FieldSchema } from './fieldIndex.js';
import { isPlainObject } from './jsonPointer.js';

/**
 * The item `addItem` appends: the caller's fields, plus a fresh reference when the item has an `id`
 * (invitees, children, actions and information entries are linked to each other by it), named after
 * the item ("invitee-3") and unique in the list. Empty groups it requires are added by the form.
 */
export function newItemFor(
  items: FieldSchema,
  existing: readonly unknown[],
  given: Record<string, unknown>,
): Record<string, unknown> {
  if (items.properties?.get('id')?.kind !== 'reference' || Object.hasOwn(given, 'id')) return { ...given };
  const taken = new Set(existing.map((item) => (isPlainObject(item) ? item['id'] : undefined)));
  const stem =
    items.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'item';
  let number = existing.length + 1;
  while (taken.has(`${stem}-${number}`)) number += 1;
  return { id: `${stem}-${number}`, ...given };
}
