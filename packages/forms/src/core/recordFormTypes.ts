import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import type { ComputedDeadline, Finding, ValidationMode, ValidationReport } from '@strategy-record/validators';
import type { AnswerRow } from './answerRows.js';
import type { ChoiceOption, FieldKind, FieldSchema } from './fieldIndex.js';
import type { HiddenAnswer } from './hiddenAnswers.js';
import type { FormSection, SectionStatus } from './formSections.js';
import type { DraftMigration } from './draftMigration.js';
import type { DraftProblem } from './readDraft.js';
import type { ClearedAnswer } from './reconcileRecord.js';

/**
 * The validator the form calls: `validateRecord` from `@strategy-record/validators` fits, and so does
 * any function with its shape (a server round trip, a local authority's extra rules). The form never
 * imports a validator itself, so an application chooses which one ships to the browser.
 */
export type RecordValidator<Profile = unknown> = (
  record: unknown,
  options: { readonly mode: ValidationMode; readonly profile?: Profile },
) => ValidationReport;

/** Computes the deadlines to show beside the fields, when the validator's report does not carry them. */
export type DeadlineCalculator<Profile = unknown> = (
  record: StrategyDiscussionRecord,
  profile: Profile | undefined,
) => readonly ComputedDeadline[];

/** Options for {@link createRecordForm}. */
export interface RecordFormOptions<Profile = unknown> {
  readonly validate: RecordValidator<Profile>;
  /** The local procedure profile (or its id) passed to the validator with every call. */
  readonly profile?: Profile;
  /** The record to start from (a draft: any field may be missing). */
  readonly initial?: StrategyDiscussionRecord;
  /** Where deadlines come from; by default, the `deadlines` of the final-mode report. */
  readonly deadlines?: DeadlineCalculator<Profile>;
  /** The record schema; by default `recordSchema` from `@strategy-record/schemas`. */
  readonly schema?: object;
}

/** The state of the whole form at one moment. Immutable: every change makes a new one. */
export interface RecordFormState {
  readonly record: StrategyDiscussionRecord;
  /** Goes up by one with every change, so caches can key on it. */
  readonly version: number;
  /** Fields the user has left (blurred) at least once. */
  readonly touched: ReadonlySet<string>;
  /** How many times the user has tried to submit; after the first, final-mode errors are shown. */
  readonly submitCount: number;
  /** Input that could not be turned into a value (a date of "31 February"), by pointer. */
  readonly inputProblems: ReadonlyMap<string, string>;
  /** The answers cleared by the latest change (empty when it cleared none). */
  readonly lastCleared: readonly ClearedAnswer[];
  /** Draft-mode validation of `record`, run on every change. */
  readonly draftReport: ValidationReport;
  /**
   * What restoring the latest draft changed, when it was saved under an earlier version of the
   * record (it was migrated): tell the user. Undefined otherwise, and after a draft of the current version is restored.
   */
  readonly migration?: DraftMigration;
}

/** Everything a component needs to draw one question. */
export interface FieldState {
  readonly pointer: string;
  readonly kind: FieldKind;
  /** From the schema's `title`. */
  readonly label: string;
  /** From the schema's `description`. */
  readonly hint: string | undefined;
  readonly options: readonly ChoiceOption[] | undefined;
  readonly value: unknown;
  /** False when the schema's conditions hide the question: components then render nothing. */
  readonly visible: boolean;
  /** Needed for a final record (the schema's `required`, including conditions that hold). */
  readonly required: boolean;
  readonly touched: boolean;
  /** Differs from the value the form started with (or was restored to). */
  readonly dirty: boolean;
  /** The error to show now: a raw-input problem, a draft error once touched, or a final error after submit. */
  readonly error: string | undefined;
  /** The first warning from final validation (shown after submit; warnings never block). */
  readonly warning: string | undefined;
  /** The first deadline that concerns this field, ready to show beside it. */
  readonly deadline: ComputedDeadline | undefined;
}

/** One line of the error summary. */
export interface FormError {
  readonly pointer: string;
  readonly message: string;
  /** The validator's rule id, or `input` for a raw-input problem. */
  readonly ruleId: string;
}

/** A task-list entry. */
export interface SectionState extends FormSection {
  readonly status: SectionStatus;
}

/** What every change returns. */
export interface ChangeResult {
  /** Answers cleared because the change hid their questions. Also sent to `onClear` listeners. */
  readonly cleared: readonly ClearedAnswer[];
}

/** What `addItem` returns. */
export interface AddItemResult extends ChangeResult {
  /** The pointer of the new item; `undefined` when the list was already full. */
  readonly pointer: string | undefined;
}

/** What `submit` returns. */
export interface SubmitResult {
  /** True when the record passes final validation and no input is unreadable: it can be signed off. */
  readonly valid: boolean;
  readonly report: ValidationReport;
  /** In the order the questions appear. */
  readonly errors: readonly FormError[];
}

/**
 * What `restoreDraft` returns: on refusal the form is unchanged. A draft saved under an earlier
 * version of the record is migrated, and `migration` says what changed (also in the form's state).
 */
export type RestoreResult =
  | { readonly ok: true; readonly migration?: DraftMigration }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/** Options of a value change. */
export interface SetValueOptions {
  /**
   * What is wrong with the raw input behind this value, e.g. a date typed as "31/2": the form shows
   * it and refuses to submit until it is fixed. Omitted, any earlier problem at this pointer is cleared.
   */
  readonly problem?: string;
}

/**
 * A strategy discussion record being filled in: a framework-free store that React (or anything else)
 * subscribes to. Every method is synchronous; listeners run after each change.
 */
export interface RecordForm {
  getState(): RecordFormState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Calls `listener` whenever a change clears hidden answers. */
  onClear(listener: (cleared: readonly ClearedAnswer[]) => void): () => void;

  getValue(pointer: string): unknown;
  /**
   * Sets the answer at `pointer` (`undefined` or empty text removes it). Throws a `TypeError` for a
   * pointer the schema does not have or a value of the wrong type: those are programming errors.
   */
  setValue(pointer: string, value: unknown, options?: SetValueOptions): ChangeResult;
  /** Appends an item (an empty one by default, with a fresh reference when the item has an `id`). */
  addItem(listPointer: string, item?: Record<string, unknown>): AddItemResult;
  removeItem(listPointer: string, position: number): ChangeResult;
  moveItem(listPointer: string, from: number, to: number): ChangeResult;
  /** Stable keys for the items of a list, for React `key`s that follow items when they move. */
  itemKeys(listPointer: string): readonly string[];
  /** Marks a field as visited (on blur): its draft errors are shown from then on. */
  touch(pointer: string): void;

  /** The schema's view of a field (kind, label, options), or `undefined` for an unknown pointer. */
  schemaAt(pointer: string): FieldSchema | undefined;
  field(pointer: string): FieldState;
  /** Findings at exactly this pointer that are shown now (see {@link FieldState.error}). */
  findingsAt(pointer: string): readonly Finding[];
  /** The errors to list in the error summary (empty until the first submit). */
  errors(): readonly FormError[];
  sections(): readonly SectionState[];
  /** Final-mode validation of the current record (computed once per change, when first asked for). */
  finalReport(): ValidationReport;
  deadlines(): readonly ComputedDeadline[];
  /** Answers the record holds for questions its conditions hide (from an imported record): tell the user about them. */
  hiddenAnswers(): readonly HiddenAnswer[];
  /** The answered questions shown under `pointer` (the whole record by default), for a check-answers page. */
  answers(pointer?: string): readonly AnswerRow[];
  /** Runs final validation and shows its errors from now on. */
  submit(): SubmitResult;
  /** Whether anything differs from the starting (or restored) record. */
  isDirty(): boolean;

  /** The record and progress as JSON text, for saving a draft anywhere. */
  serialiseDraft(): string;
  /** Replaces the form with a saved draft, or refuses it (unknown keys, `__proto__`, wrong types) and changes nothing. */
  restoreDraft(text: string): RestoreResult;
}
