// Plain JavaScript (typed by buildSchemaIndex.d.ts) so that both callers can run it: the generator
// (scripts/compile-validators.mjs, in Node with no TypeScript step) writes the Node entry's index with
// it, and the browser entry builds the same index from the schema object a form already ships.

/**
 * Builds, from the record schema, what findings need at run time without loading the schema itself:
 * for every position in a record, the field's title (`t`, for messages), the rule id a missing or
 * blank value there is reported under (`r`), and the rules of the conditions of the object at that
 * position (`c`, by ajv's schema path of the `then`/`else` relative to the object's own $def, since
 * ajv compiles each $def as its own function).
 *
 * What an `x-rule` annotation covers depends on where it stands, so that no rule is reported for a
 * field it does not name:
 * - on a property (or an inline object): that property, and the fields it requires, at any depth,
 *   until one names a rule of its own (`meeting` → the chair's name and role are SD-MTG-1);
 * - on a `$def`: the object itself only (an information entry's missing agency type is not SD-INF-1);
 * - on a condition (`if`/`then`, or the `allOf` member holding it): the fields the condition requires
 *   (a medical rationale is SD-MED-2); a condition that names no rule gives its fields none;
 * - array items start afresh: `attendees` is SD-ATT-1 when the list is missing, and an invitee's
 *   fields are whatever they name.
 * A required field with no rule is reported as SD-STR-REQUIRED; a blank optional one as SD-STR-BLANK.
 */
export function buildSchemaIndex(schema) {
  const defs = schema.$defs ?? {};
  const resolve = (node) => (node && typeof node.$ref === 'string' ? defs[node.$ref.replace('#/$defs/', '')] : node);

  /** The conditions of an object schema, with the rule each names explicitly (if any). */
  function conditionsOf(target) {
    const found = [];
    const visit = (node, path, memberRule) => {
      for (const branch of ['then', 'else']) {
        if (node[branch])
          found.push({ path: `${path}/${branch}`, branch: node[branch], rule: node[branch]['x-rule'] ?? memberRule });
      }
      (node.allOf ?? []).forEach((member, i) => visit(member, `${path}/allOf/${i}`, member['x-rule']));
    };
    visit(target, '#', undefined);
    return found;
  }

  function treeOf(node, inheritedRule, depth = 0) {
    if (depth > 40) throw new Error('buildSchemaIndex: schema nesting too deep (a recursive $ref?)');
    const target = resolve(node) ?? {};
    const out = {};
    const title = node.title ?? target.title;
    if (title) out.t = title;
    const own = node['x-rule'];
    const rule = own ?? (node.$ref ? target['x-rule'] : undefined) ?? inheritedRule;
    if (rule) out.r = rule;
    const passedDown = own ?? inheritedRule;
    const conditions = conditionsOf(target);
    const named = conditions.filter((condition) => condition.rule);
    if (named.length > 0) out.c = Object.fromEntries(named.map((condition) => [condition.path, condition.rule]));
    if (target.properties) {
      const always = new Set(target.required ?? []);
      const sometimes = new Map();
      for (const { branch, rule: conditionRule } of conditions) {
        for (const name of branch.required ?? [])
          if (!always.has(name) && !sometimes.has(name)) sometimes.set(name, conditionRule);
      }
      out.p = {};
      for (const [name, sub] of Object.entries(target.properties)) {
        out.p[name] = treeOf(sub, always.has(name) ? passedDown : sometimes.get(name), depth + 1);
      }
    }
    if (target.items) out.i = treeOf(target.items, undefined, depth + 1);
    return out;
  }

  return treeOf(schema, undefined);
}
