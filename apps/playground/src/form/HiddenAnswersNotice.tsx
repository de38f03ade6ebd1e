import { formatAnswer } from '@strategy-record/forms';
import { useFormSelector, useRecordFormContext } from '@strategy-record/forms/react';

const sameAnswers = (a: readonly { pointer: string }[], b: readonly { pointer: string }[]) =>
  a.length === b.length && a.every((answer, position) => answer.pointer === b[position]!.pointer);

/**
 * Tells the user about answers the record holds for questions its other answers hide (an example or
 * an imported record): the form keeps them without showing them, so they are listed here instead of
 * being out of sight unknown.
 */
export function HiddenAnswersNotice() {
  const { form } = useRecordFormContext();
  const hidden = useFormSelector((current) => current.hiddenAnswers(), 'hiddenAnswers', sameAnswers);
  if (hidden.length === 0) return null;
  return (
    <div className="hidden-answers" role="note" aria-labelledby="hidden-answers-heading">
      <h2 id="hidden-answers-heading">Answers to questions that are not asked</h2>
      <p>The record holds these answers, but its other answers hide their questions. They are kept as they are.</p>
      <ul>
        {hidden.map((answer) => {
          const schema = form.schemaAt(answer.pointer);
          return (
            <li
              key={answer.pointer}
            >{`${answer.label}: ${schema === undefined ? JSON.stringify(answer.value) : formatAnswer(schema, answer.value) || JSON.stringify(answer.value)}`}</li>
          );
        })}
      </ul>
    </div>
  );
}
