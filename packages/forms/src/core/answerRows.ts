import type { FieldIndex, FieldSchema } from './fieldIndex.js';
import { formatAnswer } from './formatAnswer.js';
import { getAt, isPlainObject } from './jsonPointer.js';
import { conditionsHold, isAnswered } from './visibility.js';

/** One answer on the check-answers page. */
export interface AnswerRow {
  readonly pointer: string;
  readonly label: string;
  /** The groups and list items around it, outermost first: `['Invitee 2', 'Agency']`. */
  readonly context: readonly string[];
  /** The answer as text (option labels, Yes/No, dates in words). */
  readonly value: string;
}

/**
 * Every answered question shown under `pointer`, in the order the form asks them. Hidden questions
 * are left out even when an imported record answers them, so the summary matches what was asked.
 */
export function answerRows(index: FieldIndex, record: unknown, pointer: string): AnswerRow[] {
  const field = index.fieldAt(pointer);
  const rows: AnswerRow[] = [];
  if (field !== undefined) collect(field, getAt(record, pointer), pointer, [], rows);
  return rows;
}

function collect(
  field: FieldSchema,
  value: unknown,
  pointer: string,
  context: readonly string[],
  rows: AnswerRow[],
): void {
  if (!isAnswered(value)) return;
  if (field.kind === 'group' && isPlainObject(value)) {
    for (const [key, property] of field.properties ?? []) {
      if (key === '$schema' || key === 'schemaVersion' || !conditionsHold(property, value)) continue;
      const inner = property.kind === 'group' ? [...context, property.title] : context;
      collect(property, value[key], `${pointer}/${key}`, inner, rows);
    }
  } else if (field.kind === 'list' && Array.isArray(value) && field.items !== undefined) {
    value.forEach((item, position) =>
      collect(
        field.items!,
        item,
        `${pointer}/${position}`,
        [...context, `${field.items!.title} ${position + 1}`],
        rows,
      ),
    );
  } else {
    rows.push({ pointer, label: field.title, context, value: formatAnswer(field, value) });
  }
}
