import { EMAIL_PATTERN } from '@strategy-record/schemas/core';
import { isArrayIndex, parsePointer } from './jsonPointer.js';

/**
 * What kind of question a field is, read from the schema: the components pick their markup from it.
 *
 * `text` is free text (a textarea), `shortText` a one-line answer, `reference` a short identifier,
 * `choice` one option of an enum, `choices` several options (an array of enum strings), `group` an
 * object of fields and `list` a repeating group (an array of objects).
 */
export type FieldKind =
  | 'text'
  | 'shortText'
  | 'reference'
  | 'email'
  | 'date'
  | 'dateTime'
  | 'dateOrDateTime'
  | 'choice'
  | 'choices'
  | 'boolean'
  | 'group'
  | 'list';

/** One option of a choice, with the plain-English label from the schema's `x-enumTitles`. */
export interface ChoiceOption {
  readonly value: string | boolean;
  readonly label: string;
}

/**
 * One `if` of the schema, read as "show this field when the sibling `controller` has one of `values`"
 * (or any answer, when `values` is absent). `negated` is set for an `else` branch.
 */
export interface VisibilityCondition {
  readonly controller: string;
  readonly values?: readonly unknown[];
  readonly negated: boolean;
}

/** Everything the form needs to know about one field of the record schema. */
export interface FieldSchema {
  /** The property name (`-` for the items of a list). */
  readonly key: string;
  /** The field's position with list positions written as `-`, e.g. `/decisions/-/medical/rationale`. */
  readonly path: string;
  readonly kind: FieldKind;
  /** The label: the schema's `title`. */
  readonly title: string;
  /** The hint: the schema's `description`. */
  readonly description?: string;
  readonly options?: readonly ChoiceOption[];
  /** Named in the parent's own `required`: needed for a final record whenever the parent is. */
  readonly required: boolean;
  /**
   * Shown only when one of these holds (empty: always shown). A field is conditional when it is named
   * only in the `required` of a `then` or `else` branch: the schema's conditions are the one source of
   * truth for both completeness and visibility. `"x-visibility": "always"` on a property opts it out.
   */
  readonly conditions: readonly VisibilityCondition[];
  /** Sibling keys whose visibility depends on this field's answer. */
  readonly dependents: readonly string[];
  readonly properties?: ReadonlyMap<string, FieldSchema>;
  readonly items?: FieldSchema;
  readonly maxLength?: number;
  readonly maxItems?: number;
}

/** A lookup from pointers to the fields of one schema. */
export interface FieldIndex {
  readonly root: FieldSchema;
  /** The field a pointer names, or `undefined` when the schema has no such field. List positions may be numbers or `-`. */
  fieldAt(pointer: string): FieldSchema | undefined;
}

type JsonSchema = Readonly<Record<string, unknown>>;

const indexes = new WeakMap<object, FieldIndex>();

/**
 * The field index of a JSON Schema (draft 2020-12, local `$ref`s into `$defs`), built once per schema
 * object. Throws when the schema uses a condition this reader does not understand, so that a schema
 * change which would silently break conditional questions fails the tests instead.
 */
export function fieldIndexFor(schema: object): FieldIndex {
  const cached = indexes.get(schema);
  if (cached !== undefined) return cached;
  const root = readField(schema as JsonSchema, schema as JsonSchema, '', '', true, []);
  const byPath = new Map<string, FieldSchema | undefined>();
  const index: FieldIndex = {
    root,
    fieldAt(pointer) {
      let field: FieldSchema | undefined = byPath.get(pointer);
      if (field !== undefined || byPath.has(pointer)) return field;
      field = root;
      for (const segment of parsePointer(pointer)) {
        if (field.kind === 'list' && (segment === '-' || isArrayIndex(segment))) field = field.items;
        else field = field.properties?.get(segment);
        if (field === undefined) break;
      }
      if (byPath.size < 10_000) byPath.set(pointer, field);
      return field;
    },
  };
  indexes.set(schema, index);
  return index;
}

function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const defs = root['$defs'] as Record<string, JsonSchema> | undefined;
  const target = match === null || defs === undefined ? undefined : defs[match[1]!];
  if (target === undefined) throw new Error(`The schema reference ${ref} cannot be followed.`);
  const { $ref: _ignored, ...local } = schema;
  // Keywords beside the $ref (a title, a description) describe this use of the definition and win.
  return { ...resolve(root, target), ...local };
}

function readField(
  root: JsonSchema,
  raw: JsonSchema,
  key: string,
  path: string,
  required: boolean,
  conditions: readonly VisibilityCondition[],
): FieldSchema {
  const schema = resolve(root, raw);
  const kind = kindOf(root, schema, path);
  const base = {
    key,
    path,
    kind,
    title: typeof schema['title'] === 'string' ? schema['title'] : key,
    ...(typeof schema['description'] === 'string' ? { description: schema['description'] } : {}),
    required,
    conditions: schema['x-visibility'] === 'always' ? [] : conditions,
    ...(typeof schema['maxLength'] === 'number' ? { maxLength: schema['maxLength'] } : {}),
    ...(typeof schema['maxItems'] === 'number' ? { maxItems: schema['maxItems'] } : {}),
  };
  if (kind === 'group') {
    const { properties, dependents } = readProperties(root, schema, path);
    return { ...base, dependents, properties };
  }
  if (kind === 'list') {
    const items = readField(root, schema['items'] as JsonSchema, '-', `${path}/-`, true, []);
    return { ...base, dependents: [], items };
  }
  const options = optionsOf(root, schema, kind);
  return { ...base, dependents: [], ...(options === undefined ? {} : { options }) };
}

function readProperties(root: JsonSchema, schema: JsonSchema, path: string) {
  const declared = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const baseRequired = new Set((schema['required'] as string[] | undefined) ?? []);
  const conditionsOf = new Map<string, VisibilityCondition[]>();
  const dependentsOf = new Map<string, string[]>();
  const branches = [
    schema,
    ...((schema['allOf'] as JsonSchema[] | undefined) ?? []).map((part) => resolve(root, part)),
  ];
  for (const branch of branches) {
    if (branch['if'] === undefined) continue;
    const condition = readCondition(branch['if'] as JsonSchema, path);
    for (const [outcome, negated] of [
      ['then', false],
      ['else', true],
    ] as const) {
      const named = ((branch[outcome] as JsonSchema | undefined)?.['required'] as string[] | undefined) ?? [];
      for (const property of named) {
        if (baseRequired.has(property)) continue;
        if (!Object.hasOwn(declared, property))
          throw new Error(`A condition at ${path || '/'} requires "${property}", which is not a property.`);
        conditionsOf.set(property, [...(conditionsOf.get(property) ?? []), { ...condition, negated }]);
        dependentsOf.set(condition.controller, [
          ...new Set([...(dependentsOf.get(condition.controller) ?? []), property]),
        ]);
      }
    }
  }
  const properties = new Map<string, FieldSchema>();
  for (const [property, raw] of Object.entries(declared)) {
    const field = readField(
      root,
      raw,
      property,
      `${path}/${property}`,
      baseRequired.has(property),
      conditionsOf.get(property) ?? [],
    );
    const dependents = dependentsOf.get(property);
    properties.set(property, dependents === undefined ? field : { ...field, dependents });
  }
  return { properties, dependents: [] as string[] };
}

function readCondition(condition: JsonSchema, path: string): Omit<VisibilityCondition, 'negated'> {
  const required = (condition['required'] as string[] | undefined) ?? [];
  const tests = Object.entries((condition['properties'] ?? {}) as Record<string, JsonSchema>);
  const known = Object.keys(condition).every((keyword) => keyword === 'required' || keyword === 'properties');
  if (!known || required.length !== 1 || tests.length > 1 || (tests.length === 1 && tests[0]![0] !== required[0])) {
    throw new Error(
      `The condition at ${path || '/'} is not one the form can show or hide questions by: ${JSON.stringify(condition)}.`,
    );
  }
  const controller = required[0]!;
  const test = tests[0]?.[1];
  // `{ "dissent": {} }` beside `required` only declares the field (for Ajv's strictRequired): the
  // condition is still "the field is present".
  if (test === undefined || Object.keys(test).length === 0) return { controller };
  if (Object.hasOwn(test, 'const')) return { controller, values: [test['const']] };
  if (Array.isArray(test['enum'])) return { controller, values: test['enum'] };
  throw new Error(`The condition on "${controller}" at ${path || '/'} must use const or enum.`);
}

function kindOf(root: JsonSchema, schema: JsonSchema, path: string): FieldKind {
  switch (schema['type']) {
    case 'object':
      return 'group';
    case 'array': {
      const items = resolve(root, (schema['items'] ?? {}) as JsonSchema);
      if (items['type'] === 'object') return 'list';
      if (items['type'] === 'string' && Array.isArray(items['enum'])) return 'choices';
      throw new Error(`The list at ${path} holds ${String(items['type'])}, which the form cannot ask for.`);
    }
    case 'boolean':
      return 'boolean';
    case 'string':
      return stringKind(schema);
    default:
      throw new Error(`The field at ${path || '/'} has type ${String(schema['type'])}, which the form cannot ask for.`);
  }
}

function stringKind(schema: JsonSchema): FieldKind {
  if (Array.isArray(schema['enum'])) return 'choice';
  const formats = [
    schema['format'],
    ...((schema['anyOf'] as JsonSchema[] | undefined) ?? []).map((part) => part['format']),
  ];
  if (formats.includes('date') && formats.includes('date-time')) return 'dateOrDateTime';
  if (formats.includes('date-time')) return 'dateTime';
  if (formats.includes('date')) return 'date';
  // The schema writes email addresses as a pattern (an RFC 5321 mailbox), not `format: email`.
  if (schema['pattern'] === EMAIL_PATTERN) return 'email';
  if (typeof schema['pattern'] === 'string' && schema['pattern'].startsWith('^')) return 'reference';
  return typeof schema['maxLength'] === 'number' && schema['maxLength'] > 500 ? 'text' : 'shortText';
}

const YES_NO: readonly ChoiceOption[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];

function optionsOf(root: JsonSchema, schema: JsonSchema, kind: FieldKind): readonly ChoiceOption[] | undefined {
  if (kind === 'boolean') return YES_NO;
  const source = kind === 'choices' ? resolve(root, schema['items'] as JsonSchema) : schema;
  const values = source['enum'];
  if (!Array.isArray(values)) return undefined;
  const titles = (source['x-enumTitles'] ?? {}) as Record<string, unknown>;
  return values.map((value: string) => ({ value, label: typeof titles[value] === 'string' ? titles[value] : value }));
}
