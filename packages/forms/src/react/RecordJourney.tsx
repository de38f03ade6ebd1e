import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { fieldIdFor } from '../core/fieldIdFor.js';
import { FORM_SECTIONS, sectionOfPointer } from '../core/formSections.js';
import type { RecordForm, SubmitResult } from '../core/recordFormTypes.js';
import { CheckAnswers } from './CheckAnswers.js';
import { DraftMigrationNotice } from './DraftMigrationNotice.js';
import { ErrorSummary } from './ErrorSummary.js';
import { focusField } from './focusField.js';
import { RecordFormProvider } from './RecordFormProvider.js';
import { SchemaFields } from './SchemaFields.js';
import { TaskList } from './TaskList.js';

/** A page of the journey: the task list, one section (by its id in `FORM_SECTIONS`), check answers, or done. */
export type JourneyPage = 'tasks' | 'check' | 'submitted' | (string & {});

/**
 * The fields the host supplies and the journey never asks: the case-management system's record id
 * (the schema version and `$schema` are never asked by any component).
 */
export interface SystemFields {
  readonly recordId: string;
}

/** Props of {@link RecordJourney}. */
export interface RecordJourneyProps {
  readonly form: RecordForm;
  /** Written into the record when the journey starts, never shown as questions. */
  readonly systemFields: SystemFields;
  /** Prefix of generated ids (default `record`). */
  readonly idPrefix?: string;
  /** The page to start on (default the task list), e.g. from a saved draft's place. */
  readonly initialPage?: JourneyPage;
  /** Save as you go: called with `form.serialiseDraft()` on every "Save and continue" and "Back". */
  readonly onSaveDraft?: (draft: string, page: JourneyPage) => void;
  /** Called when the record passes final validation on the check-answers page. */
  readonly onSubmit: (result: SubmitResult) => void;
  /** Shown on the page after a successful submit (a preview or download of the minutes, say). */
  readonly confirmation?: ReactNode;
  /** The task list page's heading (default "Strategy discussion record"). */
  readonly title?: string;
  readonly className?: string;
}

const SECTION_PAGES: readonly string[] = FORM_SECTIONS.map((section) => section.id);
const HOST_SUPPLIED = new Set<string>(['recordId']);

/**
 * The record as a GOV.UK-style journey, one section per page: the task list is the hub, each
 * section page has "Back" and "Save and continue" (which saves a draft), the last section leads to
 * check answers, and check answers submits. On every page change focus moves to the new page's
 * heading; after a failed submit the error summary takes it, and its links open the page that holds
 * the question and focus that question. System fields come from `systemFields`, never from the user.
 * Everything is plain links, buttons and form controls, so the journey works with the keyboard alone.
 */
export function RecordJourney({
  form,
  systemFields,
  idPrefix = 'record',
  initialPage = 'tasks',
  onSaveDraft,
  onSubmit,
  confirmation,
  title = 'Strategy discussion record',
  className,
}: RecordJourneyProps) {
  const [page, setPage] = useState<JourneyPage>(initialPage);
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstPage = useRef(true);

  useEffect(() => {
    if (form.getValue('/recordId') !== systemFields.recordId) form.setValue('/recordId', systemFields.recordId);
  }, [form, systemFields.recordId]);

  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    if (pendingFocus !== undefined) {
      if (heading.current !== null) focusField(heading.current.ownerDocument, pendingFocus, idPrefix);
      setPendingFocus(undefined);
    } else heading.current?.focus();
  }, [page, pendingFocus, idPrefix]);

  const goTo = (next: JourneyPage, save: boolean) => {
    if (save) onSaveDraft?.(form.serialiseDraft(), next);
    setPage(next);
  };
  const link = (next: JourneyPage, save = false) => ({
    href: `#${idPrefix}-page-${next}`,
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      event.preventDefault();
      goTo(next, save);
    },
  });
  /** An error summary link to a question on another page opens that page, then focuses the question. */
  const openErrorLink = (event: MouseEvent<HTMLElement>) => {
    const anchor = (event.target as Element).closest('a');
    const target = anchor?.getAttribute('href')?.slice(1);
    const error = form.errors().find((candidate) => fieldIdFor(candidate.pointer, idPrefix) === target);
    const section = error === undefined ? undefined : sectionOfPointer(error.pointer);
    if (error === undefined || section === undefined || section === page) return;
    event.preventDefault();
    setPendingFocus(error.pointer);
    setPage(section);
  };
  const headingProps = { ref: heading, tabIndex: -1, id: `${idPrefix}-page-heading` } as const;
  const summary = (
    <div onClickCapture={openErrorLink}>
      <ErrorSummary />
    </div>
  );

  let body: ReactNode;
  const sectionIndex = SECTION_PAGES.indexOf(page);
  if (sectionIndex >= 0) {
    const section = FORM_SECTIONS[sectionIndex]!;
    const next = SECTION_PAGES[sectionIndex + 1] ?? 'check';
    const asked = section.pointers.map((pointer) => pointer.slice(1)).filter((key) => !HOST_SUPPLIED.has(key));
    const saveAndContinue = (event: FormEvent) => {
      event.preventDefault();
      goTo(next, true);
    };
    body = (
      <>
        <a data-part="back-link" {...link(SECTION_PAGES[sectionIndex - 1] ?? 'tasks', true)}>
          Back
        </a>
        {summary}
        <form noValidate onSubmit={saveAndContinue} aria-labelledby={headingProps.id}>
          <h1 {...headingProps}>{section.title}</h1>
          <SchemaFields pointer="" only={asked} />
          <div data-part="actions">
            <button type="submit">Save and continue</button> <a {...link('tasks', true)}>Return to the task list</a>
          </div>
        </form>
      </>
    );
  } else if (page === 'check') {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      const result = form.submit();
      if (result.valid) {
        onSubmit(result);
        goTo('submitted', false);
      }
    };
    body = (
      <>
        <a data-part="back-link" {...link(SECTION_PAGES.at(-1) ?? 'tasks')}>
          Back
        </a>
        {summary}
        <h1 {...headingProps}>Check your answers</h1>
        <CheckAnswers
          onChangeAnswer={(row, section) => {
            setPendingFocus(row.pointer);
            setPage(section.id);
          }}
        />
        <form noValidate onSubmit={submit} aria-label="Submit the record">
          <button type="submit">Submit the record</button>
        </form>
      </>
    );
  } else if (page === 'submitted') {
    body = (
      <>
        <h1 {...headingProps}>Record submitted</h1>
        {confirmation}
      </>
    );
  } else {
    body = (
      <>
        {summary}
        <DraftMigrationNotice />
        <h1 {...headingProps}>{title}</h1>
        <nav aria-labelledby={`${idPrefix}-tasks-heading`}>
          <h2 id={`${idPrefix}-tasks-heading`}>Sections</h2>
          <TaskList
            renderItem={(section, statusLabel) => (
              <>
                <a {...link(section.id)} aria-describedby={`${idPrefix}-task-${section.id}-status`}>
                  {section.title}
                </a>{' '}
                <strong id={`${idPrefix}-task-${section.id}-status`} data-part="status">
                  {statusLabel}
                </strong>
              </>
            )}
          />
        </nav>
        <p>
          <a {...link('check')}>Check your answers and submit</a>
        </p>
      </>
    );
  }
  return (
    <RecordFormProvider form={form} idPrefix={idPrefix}>
      <div className={className} data-part="journey" data-page={page}>
        {body}
      </div>
    </RecordFormProvider>
  );
}
