import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { registerSchema, setShouldValidateFormat, validate } from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/formats';
import { validator as schemasafeValidator } from '@exodus/schemasafe';
import type { ValidateRecord } from '@strategy-record/validators';

/** The record schema as shipped, read from the file a team in another language would read. */
export const recordSchemaFile: { $id: string; description: string } & Record<string, unknown> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../schemas/record.schema.json'), 'utf8'),
);

/**
 * The rule ids the schema's own description lists as checked by code only (cross-references and date
 * arithmetic): the only ids on which the schema alone may accept a record the project rejects.
 */
export const CODE_ONLY_RULE_IDS: ReadonlySet<string> = new Set(
  recordSchemaFile.description.match(/SD-[A-Z0-9]+-[A-Z0-9-]*[A-Z0-9]/g) ?? [],
);

/**
 * Ajv's 2020-12 runtime with ajv-formats, as a back end would set it up: strict mode, format
 * assertion, the schema's two annotation keywords declared. Compiling in strict mode is itself a check
 * (it throws on an unknown keyword or a `required` naming an undeclared property).
 */
export function ajvRuntimeVerdict(): (record: unknown) => boolean {
  ajvCheck ??= compileWithAjv();
  const check = ajvCheck;
  return (record) => check(record) === true;
}

let ajvCheck: ((record: unknown) => boolean) | undefined;

function compileWithAjv(): (record: unknown) => boolean {
  const ajv = new Ajv2020.default({ strict: true, allErrors: false });
  addFormats.default(ajv);
  ajv.addKeyword('x-rule');
  ajv.addKeyword('x-enumTitles');
  const check = ajv.compile(recordSchemaFile);
  return (record) => check(record) === true;
}

/**
 * @exodus/schemasafe with format assertion; it refuses unknown keywords unless told they are
 * annotations (its equivalent of declaring x-rule and x-enumTitles).
 */
export function schemasafeVerdict(): (record: unknown) => boolean {
  const check = schemasafeValidator(recordSchemaFile as never, {
    mode: 'default',
    formatAssertion: true,
    allowUnusedKeywords: true,
  });
  return (record) => check(record as never);
}

let hyperjumpCheck: Promise<(record: unknown) => boolean> | undefined;

/** @hyperjump/json-schema (draft 2020-12) with format assertion on; compiled once. */
export function hyperjumpVerdict(): Promise<(record: unknown) => boolean> {
  hyperjumpCheck ??= (async () => {
    setShouldValidateFormat(true);
    registerSchema(recordSchemaFile as never);
    const check = await validate(recordSchemaFile.$id);
    return (record: unknown) => check(record as never).valid;
  })();
  return hyperjumpCheck;
}

/** The project's final-mode report, reduced to what it says about one question: which errors it found. */
export function projectErrorIds(validateRecord: ValidateRecord, record: unknown): readonly string[] {
  return validateRecord(record, { mode: 'final' })
    .findings.filter((finding) => finding.severity === 'error')
    .map((finding) => finding.ruleId);
}

/**
 * Whether the schema alone and the project agree on a record. The project is at least as strict as
 * the schema (what the schema rejects, the project rejects); it may reject more only for a rule the
 * schema's description lists as code-only.
 */
export function agrees(schemaValid: boolean, projectErrors: readonly string[]): boolean {
  if (!schemaValid) return projectErrors.length > 0;
  return projectErrors.every((id) => CODE_ONLY_RULE_IDS.has(id));
}
