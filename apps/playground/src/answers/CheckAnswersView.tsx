import { CheckAnswers, useFormSelector } from '@strategy-record/forms/react';

/** Every answered question, read only, with a "Change" link back to the question on the form page. */
export function CheckAnswersView({ onChangeAnswer }: { readonly onChangeAnswer: (pointer: string) => void }) {
  const answered = useFormSelector((form) => form.answers().length > 0, 'answered', Object.is);
  return (
    <>
      <h1>Check your answers</h1>
      {answered ? (
        <CheckAnswers className="check-answers" onChangeAnswer={(row) => onChangeAnswer(row.pointer)} />
      ) : (
        <p>Nothing has been answered yet. Fill in the record form or load an example.</p>
      )}
    </>
  );
}
