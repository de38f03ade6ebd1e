import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { fieldIdFor } from '../core/fieldIdFor.js';
import { FORM_SECTIONS, sectionOfPointer } from '../core/formSections.js';
import type { RecordForm, SubmitResult } from '../core/recordFormTypes.js';
import { CheckAnswers } from './CheckAnswers.js';
import { DraftMigrationNotice } from './DraftMigrationNotice.js';
import { ErrorSummary } from './ErrorSummary.js';
import { focusField } from './focusField.js';
import { classFor, type FormClassNames } from './formParts.js';
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
  /**
   * Classes by part for the journey and every component on its pages, e.g. `govukClassNames` from
   * `@strategy-record/forms/govuk` (keep the object stable: a module constant).
   */
  readonly classNames?: FormClassNames;
}

const NO_CLASSES: FormClassNames = {};

const SECTION_PAGES: readonly string[] = FORM_SECTIONS.map((section) => section.id);
const HOST_SUPPLIED = new Set<string>(['recordId']);
/** An answer the host supplied: listed on no page, so check answers offers no "Change" for it. */
const hostSupplied = (row: { readonly pointer: string }) => HOST_SUPPLIED.has(row.pointer.split('/')[1] ?? '');

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
  classNames = NO_CLASSES,
}: RecordJourneyProps) {
  const [page, setPage] = useState<JourneyPage>(initialPage);
  // A ref, not state: the question to focus once its page is drawn. As state, clearing it ran the
  // focus effect again, which then moved focus from the question to the heading.
  const pendingFocus = useRef<string | undefined>(undefined);
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
    const pointer = pendingFocus.current;
    pendingFocus.current = undefined;
    if (pointer === undefined || heading.current === null) heading.current?.focus();
    else focusField(heading.current.ownerDocument, pointer, idPrefix);
  }, [page, idPrefix]);

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
    pendingFocus.current = error.pointer;
    setPage(section);
  };
  /** A task list link (`#<prefix>-page-<id>`) opens its section's page. */
  const openTask = (event: MouseEvent<HTMLElement>) => {
    const target = (event.target as Element).closest('a')?.getAttribute('href');
    const next = target?.startsWith(`#${idPrefix}-page-`) ? target.slice(`#${idPrefix}-page-`.length) : undefined;
    if (next === undefined || !SECTION_PAGES.includes(next)) return;
    event.preventDefault();
    goTo(next, false);
  };
  const headingProps = {
    ref: heading,
    tabIndex: -1,
    id: `${idPrefix}-page-heading`,
    className: classFor(classNames, 'page-heading'),
  } as const;
  const linkClass = classFor(classNames, 'link');
  const buttonClass = classFor(classNames, 'button');
  const backLink = (previous: JourneyPage, save: boolean) => (
    <a data-part="back-link" className={classFor(classNames, 'back-link')} {...link(previous, save)}>
      Back
    </a>
  );
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
        {backLink(SECTION_PAGES[sectionIndex - 1] ?? 'tasks', true)}
        {summary}
        <form noValidate onSubmit={saveAndContinue} aria-labelledby={headingProps.id}>
          <h1 {...headingProps}>{section.title}</h1>
          <SchemaFields pointer="" only={asked} />
          <div data-part="actions" className={classFor(classNames, 'actions')}>
            <button type="submit" className={buttonClass}>
              Save and continue
            </button>{' '}
            <a className={linkClass} {...link('tasks', true)}>
              Return to the task list
            </a>
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
        {backLink(SECTION_PAGES.at(-1) ?? 'tasks', false)}
        {summary}
        <h1 {...headingProps}>Check your answers</h1>
        <CheckAnswers
          leaveOut={hostSupplied}
          onChangeAnswer={(row, section) => {
            pendingFocus.current = row.pointer;
            setPage(section.id);
          }}
        />
        <form noValidate onSubmit={submit} aria-label="Submit the record">
          <button type="submit" className={buttonClass}>
            Submit the record
          </button>
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
        <nav aria-labelledby={`${idPrefix}-tasks-heading`} onClickCapture={openTask}>
          <h2 id={`${idPrefix}-tasks-heading`} className={classFor(classNames, 'section-title')}>
            Sections
          </h2>
          <TaskList hrefFor={(section) => `#${idPrefix}-page-${section.id}`} />
        </nav>
        <p>
          <a className={linkClass} {...link('check')}>
            Check your answers and submit
          </a>
        </p>
      </>
    );
  }
  return (
    <RecordFormProvider form={form} idPrefix={idPrefix} classNames={classNames}>
      <div className={className} data-part="journey" data-page={page}>
        {body}
      </div>
    </RecordFormProvider>
  );
}
