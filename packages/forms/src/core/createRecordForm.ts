import { recordSchema, type StrategyDiscussionRecord } from '@strategy-record/schemas';
import type { ComputedDeadline, Finding, ValidationMode, ValidationReport } from '@strategy-record/validators';
import { answerRows } from './answerRows.js';
import { compareDocumentOrder } from './documentOrder.js';
import { presentErrors } from './errorMessages.js';
import { fieldIndexFor, type FieldSchema } from './fieldIndex.js';
import { hiddenAnswers } from './hiddenAnswers.js';
import { FORM_SECTIONS, sectionOfFinding, sectionOfPointer, sectionStatus } from './formSections.js';
import { getAt, jsonEqual, moveItemAt, removeItemAt, setAt } from './jsonPointer.js';
import { afterMove, afterRemoval, moveKeysWithItems } from './listPositions.js';
import { newItemFor } from './newItemFor.js';
import { describeDraftMigration } from './draftMigration.js';
import { DRAFT_FORMAT, readDraft } from './readDraft.js';
import { reconcileRecord, type ClearedAnswer } from './reconcileRecord.js';
import type {
  AddItemResult,
  ChangeResult,
  FieldState,
  FormError,
  RecordForm,
  RecordFormOptions,
  RecordFormState,
  RestoreResult,
  SectionState,
  SetValueOptions,
  SubmitResult,
} from './recordFormTypes.js';
import { checkValueKind } from './checkValueKind.js';
import { isAnswered, presenceAt } from './visibility.js';

const NO_CLEARING: ChangeResult = Object.freeze({ cleared: Object.freeze([]) });
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * Creates the form model of one strategy discussion record.
 *
 * The caller passes the validator (`validateRecord` from `@strategy-record/validators`, or its own),
 * so the model carries no validation code. Questions are shown and hidden by the record schema's own
 * `if`/`then` conditions; when a change hides a question that had an answer, the answer is removed
 * and reported (returned, and sent to `onClear` listeners), never dropped silently.
 */
export function createRecordForm<Profile = unknown>(options: RecordFormOptions<Profile>): RecordForm {
  const index = fieldIndexFor(options.schema ?? recordSchema);
  const validate = (record: unknown, mode: ValidationMode): ValidationReport =>
    options.validate(record, options.profile === undefined ? { mode } : { mode, profile: options.profile });

  let initial = prepare(options.initial ?? {});
  let state: RecordFormState = {
    record: initial as StrategyDiscussionRecord,
    version: 0,
    touched: new Set(),
    submitCount: 0,
    inputProblems: new Map(),
    lastCleared: NO_CLEARING.cleared,
    draftReport: validate(initial, 'draft'),
  };
  const listeners = new Set<() => void>();
  const clearListeners = new Set<(cleared: readonly ClearedAnswer[]) => void>();
  let itemKeys = new Map<string, string[]>();
  let keyCounter = 0;

  function prepare(record: object): Record<string, unknown> {
    const version = index.root.properties?.get('schemaVersion')?.options;
    const withVersion =
      version?.length === 1 && !Object.hasOwn(record, 'schemaVersion')
        ? { schemaVersion: version[0]!.value, ...record }
        : record;
    return reconcileRecord(index, undefined, withVersion as Record<string, unknown>).record;
  }

  function commit(next: Partial<RecordFormState>, cleared: readonly ClearedAnswer[] = NO_CLEARING.cleared): void {
    const record = next.record ?? state.record;
    state = {
      ...state,
      ...next,
      version: state.version + 1,
      lastCleared: cleared,
      draftReport: record === state.record ? state.draftReport : validate(record, 'draft'),
    };
    for (const listener of [...listeners]) listener();
    if (cleared.length > 0) for (const listener of [...clearListeners]) listener(cleared);
  }

  function schemaOrThrow(pointer: string): FieldSchema {
    const field = index.fieldAt(pointer);
    if (field === undefined) throw new TypeError(`The record has no field at "${pointer}".`);
    return field;
  }

  const containerFor = (pointer: string) => (index.fieldAt(pointer)?.kind === 'list' ? 'array' : 'object');

  /** Applies a new record: clears newly hidden answers, drops input problems of removed fields, notifies. */
  function change(nextRecord: unknown, extra: Partial<RecordFormState> = {}): ChangeResult {
    if (nextRecord === state.record && Object.keys(extra).length === 0) return NO_CLEARING;
    const { record, cleared } = reconcileRecord(index, state.record, nextRecord as Record<string, unknown>);
    let inputProblems = extra.inputProblems ?? state.inputProblems;
    // A problem with what was typed into a question that is now hidden (or gone) no longer applies.
    if ([...inputProblems.keys()].some((pointer) => !presenceAt(index, record, pointer).visible)) {
      inputProblems = new Map([...inputProblems].filter(([pointer]) => presenceAt(index, record, pointer).visible));
    }
    commit(
      { ...extra, record: record as StrategyDiscussionRecord, inputProblems },
      cleared.length === 0 ? NO_CLEARING.cleared : cleared,
    );
    return cleared.length === 0 ? NO_CLEARING : { cleared };
  }

  function moveListState(
    listPointer: string,
    moved: (position: number) => number | undefined,
    extra: Partial<RecordFormState>,
  ): Partial<RecordFormState> {
    const keys = itemKeys.get(listPointer);
    itemKeys = moveKeysWithItems(itemKeys, listPointer, moved);
    if (keys !== undefined) {
      const reordered: string[] = [];
      keys.forEach((key, position) => {
        const to = moved(position);
        if (to !== undefined) reordered[to] = key;
      });
      itemKeys.set(listPointer, reordered);
    }
    return {
      ...extra,
      touched: new Set(
        moveKeysWithItems(
          [...state.touched].map((pointer) => [pointer, true] as [string, boolean]),
          listPointer,
          moved,
        ).keys(),
      ),
      inputProblems: moveKeysWithItems(state.inputProblems, listPointer, moved),
    };
  }

  // Derived values are computed when first asked for and kept until the state they came from changes.
  const finalReport = cachedBy(
    () => state.record,
    () => validate(state.record, 'final'),
  );
  let previousDeadlines: readonly ComputedDeadline[] = [];
  const deadlines = cachedBy(
    () => state.record,
    () => {
      const computed =
        options.deadlines === undefined ? finalReport().deadlines : options.deadlines(state.record, options.profile);
      // Unchanged deadlines keep their identity, so the fields beside them do not re-render.
      previousDeadlines = computed.map(
        (deadline) => previousDeadlines.find((before) => jsonEqual(before, deadline)) ?? deadline,
      );
      return previousDeadlines;
    },
  );
  const deadlinesByPointer = cachedBy(deadlines, () => groupBy(deadlines(), (deadline) => deadline.pointer));
  const shownFindings = cachedBy(
    () => state,
    () => {
      const findings =
        state.submitCount > 0
          ? finalReport().findings
          : state.draftReport.findings.filter((finding) => state.touched.has(finding.pointer));
      return groupBy(findings, (finding) => finding.pointer);
    },
  );
  // The messages shown beside the questions: one per question, with each rule's explanation once.
  const shownErrors = cachedBy(
    () => state,
    () => presentErrors([...shownFindings().values()].flat(), index, state.record),
  );
  const errors = cachedBy(
    () => state,
    (): readonly FormError[] => {
      if (state.submitCount === 0) return [];
      // After a submit the shown findings are the final report's, so the summary and the questions
      // say the same words; a raw-input problem takes its question's place in page order.
      const presented = new Map([...shownErrors()].map(([pointer, error]) => [pointer, { pointer, ...error }]));
      for (const [pointer, message] of state.inputProblems)
        presented.set(pointer, { pointer, message, ruleId: 'input' });
      return [...presented.values()].sort((a, b) => compareDocumentOrder(index, a.pointer, b.pointer));
    },
  );
  const sections = cachedBy(
    () => state,
    (): readonly SectionState[] => {
      const finalErrors = new Set<string | undefined>();
      for (const finding of finalReport().findings)
        if (finding.severity === 'error') finalErrors.add(sectionOfFinding(finding));
      const showing = new Set<string | undefined>();
      for (const findings of shownFindings().values())
        for (const finding of findings) if (finding.severity === 'error') showing.add(sectionOfFinding(finding));
      for (const pointer of state.inputProblems.keys())
        if (state.submitCount > 0 || state.touched.has(pointer)) showing.add(sectionOfPointer(pointer));
      return FORM_SECTIONS.map((section) => {
        const answered = section.pointers.some((pointer) => isAnswered(getAt(state.record, pointer)));
        return { ...section, status: sectionStatus(answered, showing.has(section.id), finalErrors.has(section.id)) };
      });
    },
  );

  const form: RecordForm = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onClear(listener) {
      clearListeners.add(listener);
      return () => void clearListeners.delete(listener);
    },
    getValue: (pointer) => getAt(state.record, pointer),

    setValue(pointer: string, value: unknown, setOptions: SetValueOptions = {}): ChangeResult {
      const field = schemaOrThrow(pointer);
      const normalised =
        (typeof value === 'string' && value === '') ||
        (Array.isArray(value) && value.length === 0 && field.kind === 'choices')
          ? undefined
          : value;
      checkValueKind(field, normalised, pointer);
      const next = setAt(state.record, pointer, normalised, containerFor);
      const problem = setOptions.problem;
      if (problem === state.inputProblems.get(pointer)) return change(next);
      const inputProblems = new Map(state.inputProblems);
      if (problem === undefined) inputProblems.delete(pointer);
      else inputProblems.set(pointer, problem);
      return change(next, { inputProblems });
    },

    addItem(listPointer, item = {}): AddItemResult {
      const field = schemaOrThrow(listPointer);
      if (field.kind !== 'list' || field.items === undefined)
        throw new TypeError(`"${listPointer}" is not a list of the record.`);
      const list = getAt(state.record, listPointer);
      const items = Array.isArray(list) ? list : [];
      if (items.length >= (field.maxItems ?? Number.POSITIVE_INFINITY)) return { pointer: undefined, cleared: [] };
      const pointer = `${listPointer}/${items.length}`;
      const keys = form.itemKeys(listPointer);
      itemKeys.set(listPointer, [...keys, `item-${++keyCounter}`]);
      const result = change(setAt(state.record, pointer, newItemFor(field.items, items, item), containerFor));
      return { pointer, cleared: result.cleared };
    },

    removeItem(listPointer, position) {
      const list = getAt(state.record, listPointer);
      if (!Array.isArray(list) || position < 0 || position >= list.length) return NO_CLEARING;
      return change(
        removeItemAt(state.record, listPointer, position),
        moveListState(listPointer, afterRemoval(position), {}),
      );
    },

    moveItem(listPointer, from, to) {
      const list = getAt(state.record, listPointer);
      if (!Array.isArray(list) || from === to || from < 0 || to < 0 || from >= list.length || to >= list.length)
        return NO_CLEARING;
      return change(
        moveItemAt(state.record, listPointer, from, to),
        moveListState(listPointer, afterMove(from, to), {}),
      );
    },

    itemKeys(listPointer) {
      const list = getAt(state.record, listPointer);
      const length = Array.isArray(list) ? list.length : 0;
      let keys = itemKeys.get(listPointer);
      // The same array comes back while the list keeps its length, so subscribers can compare with ===.
      if (keys === undefined || keys.length !== length) {
        keys ??= [];
        keys =
          keys.length > length
            ? keys.slice(0, length)
            : [...keys, ...Array.from({ length: length - keys.length }, () => `item-${++keyCounter}`)];
        itemKeys.set(listPointer, keys);
      }
      return keys;
    },

    touch(pointer) {
      if (state.touched.has(pointer)) return;
      schemaOrThrow(pointer);
      commit({ touched: new Set([...state.touched, pointer]) });
    },

    schemaAt: (pointer) => index.fieldAt(pointer),

    field(pointer): FieldState {
      const schema = schemaOrThrow(pointer);
      const { visible, required } = presenceAt(index, state.record, pointer);
      const findings = shownFindings().get(pointer) ?? NO_FINDINGS;
      const problem = state.inputProblems.get(pointer);
      const showProblem = problem !== undefined && (state.submitCount > 0 || state.touched.has(pointer));
      const value = getAt(state.record, pointer);
      return {
        pointer,
        kind: schema.kind,
        label: schema.title,
        hint: schema.description,
        options: schema.options,
        value,
        visible,
        required,
        touched: state.touched.has(pointer),
        dirty: !jsonEqual(value, getAt(initial, pointer)),
        error: showProblem ? problem : shownErrors().get(pointer)?.message,
        warning: findings.find((finding) => finding.severity === 'warning')?.message,
        deadline: deadlinesByPointer().get(pointer)?.[0],
      };
    },

    findingsAt: (pointer) => shownFindings().get(pointer) ?? NO_FINDINGS,
    errors,
    sections,
    finalReport,
    deadlines,

    answers: (pointer = '') => answerRows(index, state.record, pointer),
    hiddenAnswers: () => hiddenAnswers(index, state.record),

    submit(): SubmitResult {
      commit({ submitCount: state.submitCount + 1 });
      const report = finalReport();
      return { valid: report.valid && state.inputProblems.size === 0, report, errors: errors() };
    },

    isDirty: () => !jsonEqual(state.record, initial),

    serialiseDraft: () =>
      JSON.stringify({
        format: DRAFT_FORMAT,
        version: 1,
        record: state.record,
        touched: [...state.touched],
        submitted: state.submitCount > 0,
      }),

    restoreDraft(text): RestoreResult {
      const read = readDraft(text, index);
      if (!read.ok) return read;
      initial = prepare(read.draft.record);
      itemKeys = new Map();
      const migration = read.migration === undefined ? undefined : describeDraftMigration(index, read.migration);
      commit({
        record: initial as StrategyDiscussionRecord,
        touched: new Set(read.draft.touched),
        submitCount: read.draft.submitted ? 1 : 0,
        inputProblems: new Map(),
        migration,
      });
      return migration === undefined ? { ok: true } : { ok: true, migration };
    },
  };
  return form;
}

/** Remembers `compute()` until `key()` returns something else (compared with `===`). */
function cachedBy<T>(key: () => unknown, compute: () => T): () => T {
  let lastKey: unknown = cachedBy;
  let value: T;
  return () => {
    const current = key();
    if (current !== lastKey) {
      value = compute();
      lastKey = current;
    }
    return value;
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
