export type * from './record.generated.js';
export { recordSchema } from './recordSchema.js';
export { FILLED_IN_PATTERN, isFilledIn } from './filledIn.js';
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
