import { childPointer, pointerSegments } from '@strategy-record/schemas/core';
import type { SchemaValidationError as ErrorObject } from '../schemaValidatorTypes.js';
import profileSchema from '@strategy-record/schemas/profile.schema.json' with { type: 'json' };
import type { ProfileIssue } from './ProfileError.js';

interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly enum?: readonly string[];
  readonly description?: string;
}

const root = profileSchema as unknown as SchemaNode & { readonly $defs: Readonly<Record<string, SchemaNode>> };
const TIMESCALE_FIELDS = ['sameDay', 'workingDays', 'hours', 'calendarDays', 'noLimit'] as const;
const MAX_ISSUES = 20;

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  const name = node?.$ref?.replace('#/$defs/', '');
  return name === undefined ? node : root.$defs[name];
}

/** The annotated schema of the field a pointer names (the compiled validator carries no annotations). */
function schemaAt(pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of pointerSegments(pointer)) {
    node = deref(node);
    if (node === undefined) return undefined;
    const next: SchemaNode | boolean | undefined =
      node.properties?.[segment] ?? node.items ?? node.additionalProperties;
    node = typeof next === 'object' ? next : undefined;
  }
  return deref(node);
}

const list = (values: readonly string[]): string => values.map((value) => JSON.stringify(value)).join(', ');

function wholeNumber(node: SchemaNode | undefined): string {
  const bounds = node?.minimum !== undefined ? ` ≥ ${node.minimum}` : '';
  return `must be a whole number${bounds}`;
}

function describe(error: ErrorObject): ProfileIssue | undefined {
  const pointer = error.instancePath;
  const node = schemaAt(pointer);
  const params = error.params as Record<string, unknown>;
  const at = (path: string, text: string): ProfileIssue => ({
    pointer: path,
    message: `${path === '' ? 'The profile' : path} ${text}`,
  });
  switch (error.keyword) {
    case 'required':
      // A timescale's "exactly one of" is reported once, by oneOf, not once per alternative.
      if (error.schemaPath.includes('/oneOf/')) return undefined;
      return at(childPointer(pointer, String(params.missingProperty)), 'is required');
    case 'additionalProperties': {
      const allowed = Object.keys(node?.properties ?? {});
      return at(
        childPointer(pointer, String(params.additionalProperty)),
        `is not a field here${allowed.length > 0 ? `; expected one of ${list(allowed)}` : ''}`,
      );
    }
    case 'oneOf':
      return at(
        pointer,
        params.passingSchemas === null
          ? `must set one of ${list(TIMESCALE_FIELDS)}`
          : `must set only one of ${list(TIMESCALE_FIELDS)}`,
      );
    case 'type':
      if (params.type === 'integer' || params.type === 'number') return at(pointer, wholeNumber(node));
      if (params.type === 'object')
        return at(pointer, pointer === '' ? 'must be a JSON object' : 'must be an object ({ ... })');
      if (params.type === 'array') return at(pointer, 'must be a list ([ ... ])');
      if (params.type === 'string') return at(pointer, 'must be text');
      return at(pointer, `must be of type ${String(params.type)}`);
    case 'minimum':
      return at(pointer, wholeNumber(node));
    case 'maximum':
      return at(pointer, `must be at most ${String(params.limit)}`);
    case 'const':
      return at(pointer, 'must be true (or be left out)');
    case 'enum':
      return at(pointer, `must be one of ${list((params.allowedValues as string[] | undefined) ?? node?.enum ?? [])}`);
    case 'format':
      return at(
        pointer,
        params.format === 'date'
          ? 'must be a real date written YYYY-MM-DD'
          : `must be a valid ${String(params.format)}`,
      );
    case 'pattern':
      return at(pointer, `must be written as described: ${node?.description ?? `matching ${String(params.pattern)}`}`);
    case 'propertyNames':
      return at(childPointer(pointer, String(params.propertyName)), 'is not a rule id (rule ids look like "SD-TIM-3")');
    case 'minLength':
      return at(pointer, 'must not be empty');
    case 'maxLength':
      return at(pointer, `must be at most ${String(params.limit)} characters`);
    case 'maxItems':
    case 'maxProperties':
      return at(pointer, `must have at most ${String(params.limit)} entries`);
    default:
      return at(pointer, `is not valid (${error.keyword})`);
  }
}

/**
 * Turns the compiled profile schema's errors into plain messages that each name the field, e.g.
 * `/urgency/standard/workingDays must be a whole number ≥ 0`. At most 20, without duplicates.
 */
export function describeProfileSchemaErrors(errors: readonly ErrorObject[]): ProfileIssue[] {
  const issues = new Map<string, ProfileIssue>();
  for (const error of errors) {
    // The pattern behind a bad rule id is reported by its propertyNames error.
    if (error.keyword === 'pattern' && error.schemaPath.includes('/propertyNames/')) continue;
    const issue = describe(error);
    if (issue !== undefined && !issues.has(issue.message)) issues.set(issue.message, issue);
    if (issues.size === MAX_ISSUES) break;
  }
  return [...issues.values()];
}
