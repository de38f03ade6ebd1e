// The schemas package without the schema object: its types and the small helpers every package
// shares (what "filled in" means, JSON Pointers, the section list). Code that needs only these loads
// nothing else at start-up; \`@strategy-record/schemas\` adds \`recordSchema\`.
export type * from './record.generated.js';
export type {
  MinutesSectionId,
  MinutesTemplateDocument,
  TemplateSection as MinutesTemplateSection,
  Lines as MinutesTemplateLines,
} from './template.generated.js';
export { FILLED_IN_PATTERN, isFilledIn } from './filledIn.js';
export { DATE_TIME_PATTERN, EMAIL_PATTERN } from './formatPatterns.generated.js';
export {
  childPointer,
  escapePointerSegment,
  pointerSegments,
  toPointer,
  unescapePointerSegment,
  valueAtPointer,
} from './jsonPointer.js';
export {
  RECORD_SECTIONS,
  recordSection,
  sectionOfField,
  type RecordSection,
  type RecordSectionId,
} from './sections.js';
export {
  migrateRecord,
  unreadableVersionMessage,
  CURRENT_SCHEMA_VERSION,
  READABLE_SCHEMA_VERSIONS,
  type MigrationChange,
  type MigrationResult,
  type MigrationRefusal,
} from './migrateRecord.js';
