export { validateRecord, MAX_FINDINGS, type ValidateOptions } from './validateRecord.js';
export { validateRecordText, parseRecordText, MAX_RECORD_TEXT_LENGTH, type ParsedRecordText, type RecordTextError } from './validateRecordText.js';
export { SECTIONS, type Finding, type Severity, type ValidationMode, type ValidationReport, type ComputedDeadline, type SectionId } from './findings.js';
export { ruleCatalogue, isRuleId, type RuleId, type RuleMetadata } from './ruleCatalogue.js';
export { allRules } from './rules/allRules.js';
export { defineRule } from './rules/defineRule.js';
export { NO_HITS, type Rule, type RuleContext, type RuleHit } from './rules/types.js';
export type { RecordIndex } from './rules/recordIndex.js';
export { describeLocation, sectionOf, pointerSegments } from './describeLocation.js';
