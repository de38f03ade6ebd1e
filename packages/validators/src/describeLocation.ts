import { pointerSegments, sectionOfField, type StrategyDiscussionRecord } from '@strategy-record/schemas/core';
import type { SchemaIndex } from './schemaIndexTypes.js';
import type { SectionId } from './findings.js';

/**
 * Orders pointers as a reader expects: segment by segment, list positions by number
 * (`/actions/2` before `/actions/10`). Plain code rather than `Intl.Collator`, whose first use
 * costs several milliseconds of start-up. Takes pointers already split at `/` (escaped segments
 * compare as written), so that a sort splits each pointer once.
 */
export function compareSegments(left: readonly string[], right: readonly string[]): number {
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (numeric) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * The titles and rule ids of the record schema by position, as each entry supplies them: the Node
 * entry the index generated at build time (it never loads the schema), the browser entry one built on
 * first use from the schema object a form already ships (no second copy of the titles in the bundle).
 */
export type SchemaIndexSource = () => SchemaIndex;

/** The deepest schema position a pointer reaches: its title and the rule id in force there. */
export function schemaPositionOf(schemaIndex: SchemaIndex, pointer: string): SchemaIndex {
  let node: SchemaIndex = schemaIndex;
  for (const segment of pointerSegments(pointer)) {
    const next = /^\d+$/.test(segment)
      ? node.i
      : node.p !== undefined && Object.hasOwn(node.p, segment)
        ? node.p[segment]
        : undefined;
    if (next === undefined) break;
    node = next;
  }
  return node;
}

const LIST_ITEMS: Readonly<Record<string, (record: StrategyDiscussionRecord, i: number) => string>> = {
  attendees: (record, i) => `invitee ${i + 1}${named(record.attendees?.[i]?.fullName)}`,
  children: (record, i) => `child ${i + 1}${named(record.children?.[i]?.fullName)}`,
  adults: (record, i) => `adult ${i + 1}${named(record.adults?.[i]?.fullName)}`,
  informationShared: (record, i) => `information entry ${i + 1}${named(record.informationShared?.[i]?.agency?.name)}`,
  decisions: (record, i) => {
    const childId = record.decisions?.[i]?.childId;
    const child = record.children?.find((candidate) => candidate.id === childId);
    return child?.fullName === undefined ? `decision ${i + 1}` : `decision for ${child.fullName}`;
  },
  actions: (_record, i) => `action ${i + 1}`,
};

function named(name: unknown): string {
  return typeof name === 'string' && name.length <= 200 ? `, ${name}` : '';
}

/** Describes a field for a message: see {@link createDescribeLocation}. */
export type DescribeLocation = (record: unknown, pointer: string) => string;

/**
 * Builds `describeLocation` over an entry's schema index (each entry exports the result). The index
 * is read on the first call, not before.
 */
export function createDescribeLocation(schemaIndex: SchemaIndexSource): DescribeLocation {
  /**
   * A field label for a message, with the list item it belongs to: `Reason for the medical decision
   * (decision for Amira Hassan)`. Uses the schema's titles, which are written for social workers.
   */
  return function describeLocation(record: unknown, pointer: string): string {
    return describeLocationIn(schemaIndex(), record, pointer);
  };
}

/** {@link DescribeLocation} over a given index. */
export function describeLocationIn(schemaIndex: SchemaIndex, record: unknown, pointer: string): string {
  const title = fieldLabel(schemaIndex, pointer);
  const [list, position] = pointerSegments(pointer);
  const describeItem = list === undefined ? undefined : LIST_ITEMS[list];
  if (describeItem === undefined || position === undefined || !/^\d+$/.test(position) || !isObject(record))
    return title;
  return `${title} (${describeItem(record as StrategyDiscussionRecord, Number(position))})`;
}

/**
 * The field's title, prefixed by the group it belongs to when it is nested in one ("Chair: full name"),
 * since titles such as "Full name" are ambiguous on their own. List positions are left to the caller.
 */
function fieldLabel(schemaIndex: SchemaIndex, pointer: string): string {
  const segments = pointerSegments(pointer).filter((segment) => !/^\d+$/.test(segment));
  const own = schemaPositionOf(schemaIndex, pointer).t ?? 'This field';
  if (segments.length < 3) return own;
  const parentPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const parent = schemaPositionOf(schemaIndex, parentPointer.replace(/\/\d+$/, '')).t;
  if (parent === undefined || parent === own) return own;
  const lowered = /^[A-Z][a-z]/.test(own) ? own[0]!.toLowerCase() + own.slice(1) : own;
  return `${parent}: ${lowered}`;
}

/** The section of the record a pointer falls in (by its top-level field, from the one section list). */
export function sectionOf(pointer: string): SectionId {
  return sectionOfField(pointerSegments(pointer)[0]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
