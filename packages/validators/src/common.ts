export { MAX_FINDINGS, type ValidateOptions, type ValidateRecord } from './createValidateRecord.js';
export {
  parseRecordText,
  MAX_RECORD_TEXT_LENGTH,
  type ParsedRecordText,
  type RecordTextError,
  type ValidateRecordText,
} from './validateRecordText.js';
export {
  SECTIONS,
  type Finding,
  type Severity,
  type ValidationMode,
  type ValidationReport,
  type ComputedDeadline,
  type SectionId,
} from './findings.js';
export {
  migrateRecord,
  CURRENT_SCHEMA_VERSION,
  READABLE_SCHEMA_VERSIONS,
  type MigrationChange,
  type MigrationResult,
  type MigrationRefusal,
} from '@strategy-record/schemas/core';
export { ruleCatalogue, isRuleId, type RuleId, type RuleMetadata } from './ruleCatalogue.js';
export { allRules } from './rules/allRules.js';
export { defineRule, type CustomRuleMetadata } from './rules/defineRule.js';
export { NO_HITS, type Rule, type RuleContext, type RuleHit } from './rules/types.js';
export type { RecordIndex } from './rules/recordIndex.js';
export type { SchemaValidator, SchemaValidationError } from './schemaValidatorTypes.js';
export { sectionOf, type DescribeLocation } from './describeLocation.js';
export { pointerSegments } from '@strategy-record/schemas/core';
export * from './calendar/index.js';
export * from './deadlines/index.js';
export * from './profiles/index.js';
export { timescaleRules } from './rules/timescales/timescaleRules.js';
