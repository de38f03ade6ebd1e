import type { FieldSchema } from './fieldIndex.js';

/**
 * The sibling questions a choice reveals when it has `value`: those shown only by this field having
 * one of a list of answers (the GOV.UK "conditional reveal", placed under the option). Questions that
 * depend on it in other ways (an `else` branch, "any answer") stay in the normal flow, where they
 * show and hide themselves.
 */
export function revealedBy(group: FieldSchema, controller: string, value: unknown): readonly string[] {
  const field = group.properties?.get(controller);
  if (field === undefined) return [];
  return field.dependents.filter((key) => {
    const conditions = group.properties?.get(key)?.conditions ?? [];
    return (
      isRevealedUnderOption(conditions, controller) && conditions.some((condition) => condition.values!.includes(value))
    );
  });
}

/** Whether a question belongs under an option of `controller` rather than in the normal flow. */
export function isRevealedUnderOption(conditions: FieldSchema['conditions'], controller: string): boolean {
  return (
    conditions.length > 0 &&
    conditions.every(
      (condition) => condition.controller === controller && !condition.negated && condition.values !== undefined,
    )
  );
}
