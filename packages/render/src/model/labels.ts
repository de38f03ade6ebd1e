import { recordSchema } from '@strategy-record/schemas';

interface SchemaNode {
  readonly title?: string;
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly 'x-enumTitles'?: Readonly<Record<string, string>>;
}

const definitions = (recordSchema as { $defs: Readonly<Record<string, SchemaNode>> }).$defs;

/** A `$defs` entry of the record schema that has labelled enum properties. */
export type SchemaDefinition = keyof typeof recordSchema.$defs;

/** The node at a path of properties below a `$defs` entry (following `$ref`s), with its own title. */
function nodeAt(definition: SchemaDefinition, path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = definitions[definition];
  for (const [position, property] of path.entries()) {
    node = node?.properties?.[property];
    // The title is the property's own; what lies below it is the `$ref`'s.
    if (position < path.length - 1 && node?.$ref !== undefined) node = definitions[node.$ref.replace('#/$defs/', '')];
  }
  return node;
}

function propertyNode(definition: SchemaDefinition, property: string | readonly string[]): SchemaNode | undefined {
  const node = nodeAt(definition, typeof property === 'string' ? [property] : property);
  return node?.['x-enumTitles'] === undefined && node?.items !== undefined ? node.items : node;
}

/**
 * The plain-English label the schema gives an enum value (`x-enumTitles`), so that the minutes say
 * "Joint with the police" rather than "joint". A value the schema does not know (a draft may hold
 * anything) is shown as it was written, never dropped.
 */
export function enumLabel(
  definition: SchemaDefinition,
  property: string | readonly string[],
  value: string | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const titles = propertyNode(definition, property)?.['x-enumTitles'];
  return titles !== undefined && Object.hasOwn(titles, value) ? titles[value] : String(value);
}

/**
 * The schema's `title` of a field, found from a `$defs` entry down a path of properties (following
 * `$ref`s), so a label in the minutes says what the form asked. Sections print it as any other label,
 * so a template's `labels` can rename it. Throws for a path the schema does not have: a label that
 * no longer matches the schema is a bug to catch in the tests, not a blank to print.
 */
export function fieldTitle(definition: SchemaDefinition, ...path: readonly string[]): string {
  const title = nodeAt(definition, path)?.title;
  if (title === undefined) throw new Error(`The record schema has no title at ${definition}/${path.join('/')}.`);
  return title;
}

/** "Yes" / "No" for a tick box; undefined when it was not answered. */
export function yesNo(value: boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value === true ? 'Yes' : 'No';
}
