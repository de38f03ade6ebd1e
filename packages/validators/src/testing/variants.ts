import { validateRecord as browserValidateRecord } from '../browser/validateRecord.js';
import type { ValidateRecord } from '../createValidateRecord.js';
import { validateRecord as nodeValidateRecord } from '../validateRecord.js';

/**
 * Both builds of `validateRecord`: tests that take this table run every case against the Node entry
 * (ajv standalone code) and the browser entry (schema interpreter), which must report alike.
 */
export const VALIDATE_RECORD_VARIANTS: readonly (readonly [string, ValidateRecord])[] = [
  ['Node entry (ajv standalone code)', nodeValidateRecord],
  ['browser entry (schema interpreter)', browserValidateRecord],
];
