import { childPointer, isFilledIn } from '@strategy-record/schemas/core';
import templateSchema from '@strategy-record/schemas/template.schema.json' with { type: 'json' };
import type { TemplateIssue } from './TemplateError.js';

interface SchemaNode {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'number';
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | false;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly maxProperties?: number;
  readonly propertyNames?: { readonly minLength?: number; readonly maxLength?: number };
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly description?: string;
}

const root = templateSchema as unknown as SchemaNode & { readonly $defs: Readonly<Record<string, SchemaNode>> };
const patterns = new Map<string, RegExp>();
const MAX_ISSUES = 20;
// Names that would reach an object's prototype if a program ever copied them onto a plain object.
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Text fields (the `shortText` and `longText` definitions) must show at least one visible character. */
const TEXT_DEFS = new Set(['#/$defs/shortText', '#/$defs/longText']);

/** The length of text in characters (code points), counting no further than needed to compare with `limit`. */
function characters(text: string, limit: number): number {
  if (text.length <= limit || text.length > 2 * limit) return text.length;
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

const typeWords = { object: 'an object ({ ... })', array: 'a list ([ ... ])', string: 'text', number: 'a number' };

/**
 * Checks a template document against `template.schema.json` by reading the schema itself (types,
 * fields, required fields, lengths, patterns, bounds), so the schema stays the one statement of the
 * format and every message names the field: `/identity/logo/alt is required`. At most 20 issues;
 * lists and objects are read no further than their limits, so the time taken is bounded by the
 * schema, not by the input. Never throws.
 */
export function checkTemplateSchema(document: unknown): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const add = (pointer: string, text: string) => {
    if (issues.length < MAX_ISSUES)
      issues.push({ pointer, message: `${pointer === '' ? 'The template' : pointer} ${text}` });
  };

  const visit = (value: unknown, node: SchemaNode, pointer: string, isText: boolean): void => {
    if (issues.length >= MAX_ISSUES) return;
    if (node.$ref !== undefined) {
      const target = root.$defs[node.$ref.replace('#/$defs/', '')];
      if (target !== undefined) visit(value, { ...withoutRef(node), ...target }, pointer, TEXT_DEFS.has(node.$ref));
      return;
    }
    const type = node.type;
    if (type === undefined) return;
    const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    if (actual !== type || (type === 'number' && !Number.isFinite(value))) {
      add(
        pointer,
        `must be ${typeWords[type]}${pointer === '' ? '' : `, not ${actual === 'null' ? 'null' : describeType(actual)}`}`,
      );
      return;
    }
    if (type === 'string') checkText(value as string, node, pointer, isText);
    else if (type === 'number') checkNumber(value as number, node, pointer);
    else if (type === 'array') checkList(value as unknown[], node, pointer);
    else checkObject(value as Record<string, unknown>, node, pointer);
  };

  const checkText = (text: string, node: SchemaNode, pointer: string, isText: boolean) => {
    if (node.maxLength !== undefined && characters(text, node.maxLength) > node.maxLength) {
      add(pointer, `must be at most ${node.maxLength} characters (it has ${characters(text, node.maxLength)})`);
      return;
    }
    if ((node.minLength ?? 0) > 0 && (text.length === 0 || (isText && !isFilledIn(text)))) {
      add(pointer, 'must not be empty');
      return;
    }
    if (node.pattern !== undefined) {
      let pattern = patterns.get(node.pattern);
      if (pattern === undefined) {
        pattern = new RegExp(node.pattern, 'u');
        patterns.set(node.pattern, pattern);
      }
      if (!pattern.test(text))
        add(
          pointer,
          `${JSON.stringify(text.slice(0, 40))} is not written as expected: ${node.description ?? `it must match ${node.pattern}`}`,
        );
    }
  };

  const checkNumber = (value: number, node: SchemaNode, pointer: string) => {
    if ((node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum))
      add(pointer, `must be between ${node.minimum} and ${node.maximum} (it is ${value})`);
  };

  const checkList = (list: unknown[], node: SchemaNode, pointer: string) => {
    if (node.maxItems !== undefined && list.length > node.maxItems) {
      add(pointer, `must have at most ${node.maxItems} entries (it has ${list.length})`);
      return;
    }
    if (node.minItems !== undefined && list.length < node.minItems) {
      add(pointer, `must have at least ${node.minItems} ${node.minItems === 1 ? 'entry' : 'entries'}`);
      return;
    }
    if (node.items !== undefined)
      list.forEach((item, index) => visit(item, node.items as SchemaNode, `${pointer}/${index}`, false));
  };

  const checkObject = (object: Record<string, unknown>, node: SchemaNode, pointer: string) => {
    const keys = Object.keys(object);
    if (node.maxProperties !== undefined && keys.length > node.maxProperties) {
      add(pointer, `must have at most ${node.maxProperties} entries (it has ${keys.length})`);
      return;
    }
    for (const key of node.required ?? []) {
      if (!Object.hasOwn(object, key)) add(childPointer(pointer, key), 'is required');
    }
    const allowed = Object.keys(node.properties ?? {});
    for (const key of keys) {
      const at = childPointer(pointer, key);
      if (FORBIDDEN_NAMES.has(key)) {
        add(at, 'is not allowed as a field name');
        continue;
      }
      const property =
        node.properties !== undefined && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
      if (property !== undefined) {
        visit(object[key], property, at, false);
      } else if (node.additionalProperties === false || node.additionalProperties === undefined) {
        add(
          at,
          `is not a field here${allowed.length > 0 ? `; expected one of ${allowed.map((name) => JSON.stringify(name)).join(', ')}` : ''}`,
        );
      } else {
        const names = node.propertyNames;
        if (names?.maxLength !== undefined && characters(key, names.maxLength) > names.maxLength)
          add(at, `is too long a name (at most ${names.maxLength} characters)`);
        else if ((names?.minLength ?? 0) > 0 && !isFilledIn(key)) add(at, 'must not be an empty name');
        else visit(object[key], node.additionalProperties, at, false);
      }
    }
  };

  visit(document, root, '', false);
  return issues;
}

function withoutRef(node: SchemaNode): Omit<SchemaNode, '$ref'> {
  const { $ref: _, ...rest } = node;
  return rest;
}

function describeType(actual: string): string {
  return actual === 'array'
    ? 'a list'
    : actual === 'object'
      ? 'an object'
      : actual === 'string'
        ? 'text'
        : `a ${actual}`;
}
