import {
  ErrorSummary,
  FORM_SECTIONS,
  FormRoot,
  SchemaFields,
  TaskList,
  useRecordFormContext,
  type SubmitResult,
} from '@strategy-record/forms/react';
import { useEffect, useState } from 'react';
import { focusQuestion } from '../focusQuestion.js';
import { ClearedNotice } from './ClearedNotice.js';
import { HiddenAnswersNotice } from './HiddenAnswersNotice.js';

/**
 * The whole record as one page, drawn only with the forms package's components: the error summary,
 * the task list and every section through SchemaFields. "Check the record" runs final validation.
 */
export function RecordFormView({
  focusRequest,
  onFocusDone,
  onShowMinutes,
}: {
  /** A question to focus once the page is drawn (a "Change" link from the check-answers page). */
  readonly focusRequest: string | undefined;
  readonly onFocusDone: () => void;
  readonly onShowMinutes: () => void;
}) {
  const { form } = useRecordFormContext();
  const [outcome, setOutcome] = useState<SubmitResult | undefined>(undefined);
  useEffect(() => {
    if (focusRequest === undefined) return;
    focusQuestion(document, focusRequest);
    onFocusDone();
  }, [focusRequest, onFocusDone]);
  return (
    <>
      <h1 id="form-heading">Record form</h1>
      <FormRoot form={form} onSubmit={setOutcome} aria-labelledby="form-heading" className="record-form">
        <ErrorSummary className="error-summary" />
        {outcome?.valid === true ? (
          <div className="success-panel" role="status">
            <h2>The record can be signed off</h2>
            <p>
              It passes final validation
              {outcome.report.warningCount > 0
                ? `, with ${outcome.report.warningCount} warning${outcome.report.warningCount === 1 ? '' : 's'} to review`
                : ''}
              .{' '}
              <a
                href="#minutes"
                onClick={(event) => {
                  event.preventDefault();
                  onShowMinutes();
                }}
              >
                Preview and download the minutes
              </a>
            </p>
          </div>
        ) : null}
        <ClearedNotice />
        <HiddenAnswersNotice />
        <nav aria-label="Sections" className="task-list">
          <h2>Sections</h2>
          <TaskList />
        </nav>
        {FORM_SECTIONS.map((section) => (
          <section
            key={section.id}
            id={`record-section-${section.id}`}
            className="form-section"
            aria-labelledby={`heading-${section.id}`}
            tabIndex={-1}
          >
            <h2 id={`heading-${section.id}`}>{section.title}</h2>
            <SchemaFields pointer="" only={section.pointers.map((pointer) => pointer.slice(1))} className="question" />
          </section>
        ))}
        <div className="form-actions">
          <button type="submit">Check the record for sign-off</button>
        </div>
      </FormRoot>
    </>
  );
}
