import { escapePointerSegment, FILLED_IN_PATTERN } from '@strategy-record/schemas/core';
import { isDate, isDateTime } from '../formats.js';
import type { SchemaValidator } from '../schemaValidatorTypes.js';
import { MAX_UNKNOWN_FIELDS } from '../limits.js';
import { ucs2length } from '../ucs2length.js';

/** The error objects ajv produces (the fields findings read). */
interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type JsonSchema = Readonly<Record<string, unknown>>;
/** A compiled check: pushes errors for `data` at `instancePath` and returns whether it is valid. */
type Check = (data: unknown, instancePath: string, errors: SchemaError[]) => boolean;

/**
 * A JSON Schema validator for the browser that interprets the schema instead of running ajv's
 * generated code: the same verdicts and the same error objects as the standalone code (instance
 * path, schema path relative to each `$def`, keyword, params), which a property test checks on
 * arbitrary records, so findings are identical in both.
 *
 * Why: a form already ships the record schema (its labels and conditions), so the browser needs no
 * second, compiled copy of it. ajv's code for this schema is about 19 kB gzipped; this interpreter is
 * a few, and it reuses the schema object the form has. It handles exactly the keywords the record
 * schema uses and throws at construction on any other, so a schema change cannot slip past it. It
 * never compiles code at run time (no `eval`, no `new Function`): checks are plain closures built
 * once, on first use.
 */
export function interpretSchema(schema: JsonSchema): SchemaValidator {
  const defs = (schema['$defs'] ?? {}) as Record<string, JsonSchema>;
  const compiledDefs = new Map<string, Check>();

  const refCheck = (ref: string): Check => {
    const name = ref.replace('#/$defs/', '');
    if (!Object.hasOwn(defs, name) || !ref.startsWith('#/$defs/'))
      throw new Error(`interpretSchema: unsupported $ref ${ref}`);
    // Compiled lazily so that definitions may refer to each other in any order.
    return (data, instancePath, errors) => {
      let check = compiledDefs.get(name);
      if (check === undefined) {
        check = compile(defs[name]!, '#');
        compiledDefs.set(name, check);
      }
      return check(data, instancePath, errors);
    };
  };

  function compile(node: JsonSchema, path: string): Check {
    const checks: Check[] = [];
    for (const key of Object.keys(node)) {
      if (!SUPPORTED.has(key)) throw new Error(`interpretSchema: unsupported keyword ${key} at ${path}`);
    }
    if (typeof node['$ref'] === 'string') checks.push(refCheck(node['$ref']));
    const type = node['type'] as string | undefined;
    if (type !== undefined) {
      const isType = TYPE_TESTS[type];
      if (isType === undefined) throw new Error(`interpretSchema: unsupported type ${type} at ${path}`);
      checks.push(
        fail(
          (data) => !isType(data),
          `${path}/type`,
          'type',
          () => ({ type }),
        ),
      );
    }
    if (Array.isArray(node['enum'])) {
      const allowed = node['enum'] as readonly unknown[];
      checks.push(
        fail(
          (data) => !allowed.includes(data),
          `${path}/enum`,
          'enum',
          () => ({ allowedValues: allowed }),
        ),
      );
    }
    if ('const' in node) {
      const allowedValue = node['const'];
      checks.push(
        fail(
          (data) => data !== allowedValue,
          `${path}/const`,
          'const',
          () => ({ allowedValue }),
        ),
      );
    }
    checks.push(...stringChecks(node, path), ...arrayChecks(node, path), ...objectChecks(node, path));
    if (Array.isArray(node['allOf'])) {
      (node['allOf'] as JsonSchema[]).forEach((member, i) => checks.push(compile(member, `${path}/allOf/${i}`)));
    }
    if (Array.isArray(node['anyOf'])) checks.push(anyOf(node['anyOf'] as JsonSchema[], path));
    if (node['if'] !== undefined) checks.push(ifThenElse(node, path));
    return (data, instancePath, errors) => {
      let valid = true;
      for (const check of checks) if (!check(data, instancePath, errors)) valid = false;
      return valid;
    };
  }

  function stringChecks(node: JsonSchema, path: string): Check[] {
    const checks: Check[] = [];
    const onString = (test: (text: string) => boolean, keyword: string, params: () => Record<string, unknown>): Check =>
      fail((data) => typeof data === 'string' && test(data), `${path}/${keyword}`, keyword, params);
    const max = node['maxLength'];
    if (typeof max === 'number')
      checks.push(
        onString(
          (text) => text.length > max && ucs2length(text) > max,
          'maxLength',
          () => ({ limit: max }),
        ),
      );
    const min = node['minLength'];
    if (typeof min === 'number')
      checks.push(
        onString(
          (text) => text.length < min * 2 && ucs2length(text) < min,
          'minLength',
          () => ({ limit: min }),
        ),
      );
    const pattern = node['pattern'];
    if (typeof pattern === 'string') {
      // Unicode mode, as JSON Schema validators and the compiled code read patterns.
      const expression = new RegExp(pattern, 'u');
      // Text that starts with a visible ASCII character is filled in: decided without the long
      // "filled in" class, as in the compiled code.
      const matches =
        pattern === FILLED_IN_PATTERN
          ? (text: string) => (text.charCodeAt(0) > 32 && text.charCodeAt(0) < 127) || expression.test(text)
          : (text: string) => expression.test(text);
      checks.push(
        onString(
          (text) => !matches(text),
          'pattern',
          () => ({ pattern }),
        ),
      );
    }
    const format = node['format'];
    if (typeof format === 'string') {
      const isValid = FORMATS[format];
      if (isValid === undefined) throw new Error(`interpretSchema: unsupported format ${format} at ${path}`);
      checks.push(
        onString(
          (text) => !isValid(text),
          'format',
          () => ({ format }),
        ),
      );
    }
    return checks;
  }

  function arrayChecks(node: JsonSchema, path: string): Check[] {
    const checks: Check[] = [];
    const max = node['maxItems'];
    if (typeof max === 'number')
      checks.push(
        fail(
          (data) => Array.isArray(data) && data.length > max,
          `${path}/maxItems`,
          'maxItems',
          () => ({ limit: max }),
        ),
      );
    const min = node['minItems'];
    if (typeof min === 'number')
      checks.push(
        fail(
          (data) => Array.isArray(data) && data.length < min,
          `${path}/minItems`,
          'minItems',
          () => ({ limit: min }),
        ),
      );
    if (node['uniqueItems'] === true) {
      const itemType = (node['items'] as JsonSchema | undefined)?.['type'];
      if (itemType !== 'string')
        throw new Error(`interpretSchema: uniqueItems is supported for lists of text only, at ${path}`);
      checks.push(uniqueText(`${path}/uniqueItems`));
    }
    if (node['items'] !== undefined) {
      if (typeof max !== 'number') throw new Error(`interpretSchema: a list needs maxItems, at ${path}`);
      const item = compile(node['items'] as JsonSchema, `${path}/items`);
      checks.push((data, instancePath, errors) => {
        if (!Array.isArray(data)) return true;
        let valid = true;
        // A list over its limit is reported as such; only the items within the limit are checked, so
        // the work stays bounded by the schema, whatever the input holds (as in the compiled code).
        const checked = Math.min(data.length, max);
        for (let i = 0; i < checked; i += 1) if (!item(data[i], `${instancePath}/${i}`, errors)) valid = false;
        return valid;
      });
    }
    return checks;
  }

  function objectChecks(node: JsonSchema, path: string): Check[] {
    const checks: Check[] = [];
    const required = node['required'] as readonly string[] | undefined;
    if (required !== undefined) {
      checks.push((data, instancePath, errors) => {
        if (!isPlainObject(data)) return true;
        let valid = true;
        for (const missingProperty of required) {
          if ((data as Record<string, unknown>)[missingProperty] === undefined) {
            errors.push({
              instancePath,
              schemaPath: `${path}/required`,
              keyword: 'required',
              params: { missingProperty },
            });
            valid = false;
          }
        }
        return valid;
      });
    }
    const properties = (node['properties'] ?? {}) as Record<string, JsonSchema>;
    const propertyChecks = Object.entries(properties).map(
      ([name, sub]) =>
        [name, compile(sub, `${path}/properties/${encodeURIComponent(escapePointerSegment(name))}`)] as const,
    );
    if (node['additionalProperties'] === false) {
      const known = new Set(Object.keys(properties));
      checks.push((data, instancePath, errors) => {
        if (!isPlainObject(data)) return true;
        let valid = true;
        let unknown = 0;
        // `for...in`, as ajv's generated code does: JSON.parse makes `__proto__` an own, enumerable key.
        for (const additionalProperty in data as object) {
          if (!known.has(additionalProperty)) {
            unknown += 1;
            if (unknown > MAX_UNKNOWN_FIELDS) break;
            errors.push({
              instancePath,
              schemaPath: `${path}/additionalProperties`,
              keyword: 'additionalProperties',
              params: { additionalProperty },
            });
            valid = false;
          }
        }
        return valid;
      });
    } else if (node['additionalProperties'] !== undefined) {
      throw new Error(`interpretSchema: only additionalProperties: false is supported, at ${path}`);
    }
    if (propertyChecks.length > 0) {
      checks.push((data, instancePath, errors) => {
        if (!isPlainObject(data)) return true;
        let valid = true;
        for (const [name, check] of propertyChecks) {
          const value = (data as Record<string, unknown>)[name];
          if (value !== undefined && !check(value, `${instancePath}/${escapePointerSegment(name)}`, errors))
            valid = false;
        }
        return valid;
      });
    }
    return checks;
  }

  function anyOf(branches: readonly JsonSchema[], path: string): Check {
    const checks = branches.map((branch, i) => compile(branch, `${path}/anyOf/${i}`));
    return (data, instancePath, errors) => {
      const branchErrors: SchemaError[] = [];
      for (const check of checks) if (check(data, instancePath, branchErrors)) return true;
      errors.push(...branchErrors, { instancePath, schemaPath: `${path}/anyOf`, keyword: 'anyOf', params: {} });
      return false;
    };
  }

  function ifThenElse(node: JsonSchema, path: string): Check {
    const condition = compile(node['if'] as JsonSchema, `${path}/if`);
    const then = node['then'] === undefined ? undefined : compile(node['then'] as JsonSchema, `${path}/then`);
    const otherwise = node['else'] === undefined ? undefined : compile(node['else'] as JsonSchema, `${path}/else`);
    return (data, instancePath, errors) => {
      const [branch, failingKeyword] = condition(data, instancePath, []) ? [then, 'then'] : [otherwise, 'else'];
      if (branch === undefined || branch(data, instancePath, errors)) return true;
      errors.push({ instancePath, schemaPath: `${path}/if`, keyword: 'if', params: { failingKeyword } });
      return false;
    };
  }

  const root = compile(schema, '#');
  const validate = ((data: unknown) => {
    const errors: SchemaError[] = [];
    const valid = root(data, '', errors);
    validate.errors = valid ? null : errors;
    return valid;
  }) as SchemaValidator;
  return validate;
}

/** Keywords the interpreter understands; annotations are ignored. Anything else is refused at construction. */
const SUPPORTED = new Set([
  '$ref',
  '$schema',
  '$id',
  '$defs',
  '$comment',
  'title',
  'description',
  'examples',
  'default',
  'type',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'allOf',
  'anyOf',
  'if',
  'then',
  'else',
  'x-rule',
  'x-enumTitles',
  'x-visibility',
]);

const TYPE_TESTS: Readonly<Record<string, (data: unknown) => boolean>> = {
  string: (data) => typeof data === 'string',
  boolean: (data) => typeof data === 'boolean',
  object: isPlainObject,
  array: Array.isArray,
};

const FORMATS: Readonly<Record<string, (text: string) => boolean>> = {
  date: isDate,
  'date-time': isDateTime,
};

function isPlainObject(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** A keyword check that records one error when `fails` says so. */
function fail(
  fails: (data: unknown) => boolean,
  schemaPath: string,
  keyword: string,
  params: () => Record<string, unknown>,
): Check {
  return (data, instancePath, errors) => {
    if (!fails(data)) return true;
    errors.push({ instancePath, schemaPath, keyword, params: params() });
    return false;
  };
}

/**
 * As ajv reports duplicates in a list of text: scanning from the end, the first repeated text, with
 * both indexes. Items that are not text are left to the items' own type check, as ajv does.
 */
function uniqueText(schemaPath: string): Check {
  return (data, instancePath, errors) => {
    if (!Array.isArray(data)) return true;
    const seen = new Map<string, number>();
    for (let i = data.length - 1; i >= 0; i -= 1) {
      const item: unknown = data[i];
      if (typeof item !== 'string') continue;
      const j = seen.get(item);
      if (j !== undefined) {
        errors.push({ instancePath, schemaPath, keyword: 'uniqueItems', params: { i, j } });
        return false;
      }
      seen.set(item, i);
    }
    return true;
  };
}
