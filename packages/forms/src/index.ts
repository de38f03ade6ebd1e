export { createRecordForm } from './core/createRecordForm.js';
export type {
  AddItemResult,
  ChangeResult,
  DeadlineCalculator,
  FieldState,
  FormError,
  RecordForm,
  RecordFormOptions,
  RecordFormState,
  RecordValidator,
  RestoreResult,
  SectionState,
  SetValueOptions,
  SubmitResult,
} from './core/recordFormTypes.js';
export type { ClearedAnswer } from './core/reconcileRecord.js';
export {
  fieldIndexFor,
  type ChoiceOption,
  type FieldIndex,
  type FieldKind,
  type FieldSchema,
  type VisibilityCondition,
} from './core/fieldIndex.js';
export { FORM_SECTIONS, type FormSection, type SectionStatus } from './core/formSections.js';
export { DRAFT_FORMAT, MAX_DRAFT_LENGTH, type DraftProblem } from './core/readDraft.js';
export type { DraftMigration, DraftMigrationChange } from './core/draftMigration.js';
export { getAt, setAt, parsePointer, formatPointer } from './core/jsonPointer.js';
export {
  parseDateParts,
  parseTimeParts,
  parseMonth,
  datePartsOf,
  type DateParts,
  type TimeParts,
  type DatePartName,
  type ParsedParts,
} from './core/dateParts.js';
export { londonInstant, londonWallTime, type LondonWallTime } from './core/londonTime.js';
export { fieldIdFor } from './core/fieldIdFor.js';
export { answerRows, type AnswerRow } from './core/answerRows.js';
export { formatAnswer, formatDate, formatDateTime } from './core/formatAnswer.js';
export { revealedBy } from './core/revealedBy.js';
export { dateTimePartsOf, readDateTimeParts, type DateTimeParts } from './core/dateTimeParts.js';
export { hiddenAnswers, type HiddenAnswer } from './core/hiddenAnswers.js';
