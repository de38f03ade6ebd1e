import { recordSchema } from '@strategy-record/schemas';
import { buildSchemaIndex } from '../buildSchemaIndex.js';
import { createValidateRecord } from '../createValidateRecord.js';
import { createDescribeLocation } from '../describeLocation.js';
import { interpretSchema } from '../schemaInterpreter/interpretSchema.js';
import type { SchemaIndex } from '../schemaIndexTypes.js';
import type { SchemaValidator } from '../schemaValidatorTypes.js';
import { createValidateRecordText } from '../validateRecordText.js';

let interpreted: SchemaValidator | undefined;
let index: SchemaIndex | undefined;
// The titles and rule ids by position, from the schema object itself: the Node entry's generated
// index would repeat every title of the schema (about 3 kB gzipped) in a bundle that ships the schema.
const indexFromSchema = () => (index ??= buildSchemaIndex(recordSchema));

/**
 * Validates a strategy discussion record and explains every problem (the browser entry: the record
 * schema is interpreted rather than run as ajv's generated code, because a form already ships the
 * schema and the generated code would add about 19 kB gzipped). Same reports as the Node entry,
 * property-tested; no `eval` or `new Function`. The interpreter and the index are built on the first call.
 */
export const validateRecord = /* @__PURE__ */ createValidateRecord(
  () => (interpreted ??= interpretSchema(recordSchema)),
  indexFromSchema,
);

/** Parses and validates record JSON text; malformed text is one SD-STR-JSON finding with its line and column. */
export const validateRecordText = /* @__PURE__ */ createValidateRecordText(validateRecord);

/**
 * A field label for a message, with the list item it belongs to: `Reason for the medical decision
 * (decision for Amira Hassan)`. Uses the schema's titles, which are written for social workers.
 */
export const describeLocation = /* @__PURE__ */ createDescribeLocation(indexFromSchema);
