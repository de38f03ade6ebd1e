import { recordSchema } from '@strategy-record/schemas';

interface SchemaNode {
  readonly title?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly 'x-enumTitles'?: Readonly<Record<string, string>>;
}

const definitions = (recordSchema as { $defs: Readonly<Record<string, SchemaNode>> }).$defs;

/** A `$defs` entry of the record schema that has labelled enum properties. */
export type SchemaDefinition = keyof typeof recordSchema.$defs;

function propertyNode(definition: SchemaDefinition, property: string): SchemaNode | undefined {
  const node = definitions[definition]?.properties?.[property];
  return node?.['x-enumTitles'] === undefined && node?.items !== undefined ? node.items : node;
}

/**
 * The plain-English label the schema gives an enum value (`x-enumTitles`), so that the minutes say
 * "Joint with the police" rather than "joint". A value the schema does not know (a draft may hold
 * anything) is shown as it was written, never dropped.
 */
export function enumLabel(
  definition: SchemaDefinition,
  property: string,
  value: string | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const titles = propertyNode(definition, property)?.['x-enumTitles'];
  return titles !== undefined && Object.hasOwn(titles, value) ? titles[value] : String(value);
}

/** "Yes" / "No" for a tick box; undefined when it was not answered. */
export function yesNo(value: boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value === true ? 'Yes' : 'No';
}
