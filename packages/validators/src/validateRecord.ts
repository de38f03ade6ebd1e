import { createValidateRecord } from './createValidateRecord.js';
import { createDescribeLocation } from './describeLocation.js';
import { schemaIndex } from './generated/schemaIndex.generated.js';
import { validateRecordSchema } from './generated/schemaValidators.js';
import { createValidateRecordText } from './validateRecordText.js';

const generatedIndex = () => schemaIndex;

/**
 * Validates a strategy discussion record and explains every problem (the Node entry: schema checks
 * by ajv standalone code generated at build time, the fastest path).
 *
 * Never throws, whatever it is given (`null`, arrays, 10 MB strings, deep nesting, `__proto__` keys):
 * the answer is always a report. `valid` is false exactly when a finding is an error; warnings never
 * block. A draft may be saved whatever its report says; a final record with errors must not be
 * signed off.
 */
export const validateRecord = /* @__PURE__ */ createValidateRecord(() => validateRecordSchema, generatedIndex);

/** Parses and validates record JSON text; malformed text is one SD-STR-JSON finding with its line and column. */
export const validateRecordText = /* @__PURE__ */ createValidateRecordText(validateRecord);

/**
 * A field label for a message, with the list item it belongs to: `Reason for the medical decision
 * (decision for Amira Hassan)`. Uses the schema's titles, which are written for social workers.
 */
export const describeLocation = /* @__PURE__ */ createDescribeLocation(generatedIndex);
