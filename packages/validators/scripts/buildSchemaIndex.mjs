/**
 * Builds, from the record schema, what findings need at run time without loading the schema itself:
 * for every position in a record, the field's title (`t`, for messages), the rule id a missing or
 * blank value there is reported under (`r`), and the rules of the conditions of the object at that
 * position (`c`, by ajv's schema path of the `then`/`else` relative to the object's own $def, since
 * ajv compiles each $def as its own function).
 *
 * A field inherits the rule of the nearest enclosing field that names one (`x-rule`), but only if it
 * is required: a blank optional field is a structural slip, not a breach of that rule. A field that
 * is required only under a condition takes the condition's rule (a medical rationale is SD-MED-2).
 */
export function buildSchemaIndex(schema) {
  const defs = schema.$defs ?? {};
  const resolve = (node) => (node && typeof node.$ref === 'string' ? defs[node.$ref.replace('#/$defs/', '')] : node);

  function conditionsOf(target, rule) {
    const found = [];
    const visit = (node, path, enclosing) => {
      const here = node['x-rule'] ?? enclosing;
      for (const branch of ['then', 'else']) {
        if (node[branch]) found.push({ path: `${path}/${branch}`, branch: node[branch], rule: node[branch]['x-rule'] ?? here });
      }
      (node.allOf ?? []).forEach((member, i) => visit(member, `${path}/allOf/${i}`, here));
    };
    visit(target, '#', target['x-rule'] ?? rule);
    return found;
  }

  function treeOf(node, inheritedRule, depth = 0) {
    if (depth > 40) throw new Error('buildSchemaIndex: schema nesting too deep (a recursive $ref?)');
    const target = resolve(node) ?? {};
    const out = {};
    const title = node.title ?? target.title;
    if (title) out.t = title;
    const rule = node['x-rule'] ?? target['x-rule'] ?? inheritedRule;
    if (rule) out.r = rule;
    const conditions = conditionsOf(target, rule);
    const withRule = conditions.filter((condition) => condition.rule);
    if (withRule.length > 0) out.c = Object.fromEntries(withRule.map((condition) => [condition.path, condition.rule]));
    if (target.properties) {
      const always = new Set(target.required ?? []);
      const sometimes = new Map();
      for (const { branch, rule: conditionRule } of conditions) {
        for (const name of branch.required ?? []) if (!always.has(name) && !sometimes.has(name)) sometimes.set(name, conditionRule ?? rule);
      }
      out.p = {};
      for (const [name, sub] of Object.entries(target.properties)) {
        const fieldRule = always.has(name) ? rule : sometimes.get(name);
        out.p[name] = treeOf(sub, fieldRule, depth + 1);
      }
    }
    if (target.items) out.i = treeOf(target.items, rule, depth + 1);
    return out;
  }

  return { tree: treeOf(schema, undefined) };
}
