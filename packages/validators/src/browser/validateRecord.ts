import { recordSchema } from '@strategy-record/schemas';
import { createValidateRecord } from '../createValidateRecord.js';
import { interpretSchema } from '../schemaInterpreter/interpretSchema.js';
import type { SchemaValidator } from '../schemaValidatorTypes.js';
import { createValidateRecordText } from '../validateRecordText.js';

let interpreted: SchemaValidator | undefined;

/**
 * Validates a strategy discussion record and explains every problem (the browser entry: the record
 * schema is interpreted rather than run as ajv's generated code, because a form already ships the
 * schema and the generated code would add about 19 kB gzipped). Same reports as the Node entry,
 * property-tested; no `eval` or `new Function`. The interpreter is built on the first call.
 */
export const validateRecord = /* @__PURE__ */ createValidateRecord(
  () => (interpreted ??= interpretSchema(recordSchema)),
);

/** Parses and validates record JSON text; malformed text is one SD-STR-JSON finding with its line and column. */
export const validateRecordText = /* @__PURE__ */ createValidateRecordText(validateRecord);
