import {
  CheckAnswers,
  DraftMigrationNotice,
  ErrorSummary,
  FORM_SECTIONS,
  FormRoot,
  SchemaFields,
  TaskList,
  useClearedAnswers,
  type RecordForm,
  type SubmitResult,
} from '@strategy-record/forms/react';

/**
 * The whole record as one page, built only from the package's components: error summary, task list,
 * and every section through SchemaFields (which draws Field, DateInput, DateTimeInput, RadioGroup with
 * conditional reveal, CheckboxGroup and RepeatingGroup). Tests drive it as a user would.
 */
export function FullRecordForm({
  form,
  onSubmit,
  checkAnswers = false,
}: {
  readonly form: RecordForm;
  readonly onSubmit?: (result: SubmitResult) => void;
  readonly checkAnswers?: boolean;
}) {
  return (
    <main>
      <h1>Strategy discussion record</h1>
      <FormRoot form={form} onSubmit={onSubmit} aria-label="Strategy discussion record">
        <ErrorSummary />
        <DraftMigrationNotice />
        <ClearedNotice />
        <nav aria-label="Sections">
          <TaskList />
        </nav>
        {checkAnswers ? (
          <CheckAnswers />
        ) : (
          FORM_SECTIONS.map((section) => (
            <section key={section.id} id={`record-section-${section.id}`} aria-labelledby={`heading-${section.id}`}>
              <h2 id={`heading-${section.id}`}>{section.title}</h2>
              <SchemaFields pointer="" only={section.pointers.map((pointer) => pointer.slice(1))} />
            </section>
          ))
        )}
        <button type="submit">Sign off the record</button>
      </FormRoot>
    </main>
  );
}

/** Tells the user which answers a change removed: the clearing is never silent. */
function ClearedNotice() {
  const cleared = useClearedAnswers();
  return (
    <div role="status">
      {cleared.map((answer) => (
        <p key={answer.pointer}>{`Your answer to "${answer.label}" was removed because it no longer applies.`}</p>
      ))}
    </div>
  );
}
