import { createElement, useMemo, type ReactNode } from 'react';
import type { AnswerRow } from '../core/answerRows.js';
import { fieldIdFor } from '../core/fieldIdFor.js';
import { FORM_SECTIONS, type FormSection } from '../core/formSections.js';
import { focusField } from './focusField.js';
import { classFor, type FormClassNames } from './formParts.js';
import { useClassNames } from './useClassNames.js';
import { useRecordFormContext } from './RecordFormContext.js';
import { useFormSelector } from './useFormSelector.js';

/** Props of {@link CheckAnswers}. */
export interface CheckAnswersProps {
  readonly className?: string;
  readonly classNames?: FormClassNames;
  /** Level of the section headings (default 2). */
  readonly headingLevel?: 2 | 3 | 4;
  /** Where a change link goes (default: the question's id on this page). */
  readonly changeHref?: (row: AnswerRow) => string;
  /**
   * Called when a change link is followed, e.g. to show the section again before focusing the
   * question. Without it, the link focuses the question when it is on the page.
   */
  readonly onChangeAnswer?: (row: AnswerRow, section: FormSection) => void;
  /** Draws the value of one answer (default: the answer as text). */
  readonly renderValue?: (row: AnswerRow) => ReactNode;
  /** Answers not to list, such as those the host supplies and no page asks (the record id in `RecordJourney`). */
  readonly leaveOut?: (row: AnswerRow) => boolean;
}

/**
 * The check-your-answers page: every answered question, section by section, read only, each with a
 * "Change" link back to its question. Hidden questions are left out.
 */
export function CheckAnswers({
  className,
  classNames,
  headingLevel = 2,
  changeHref,
  onChangeAnswer,
  renderValue,
  leaveOut,
}: CheckAnswersProps) {
  const { form, idPrefix } = useRecordFormContext();
  const classes = useClassNames(classNames);
  const record = useFormSelector((current) => current.getState().record, 'record', Object.is);
  const sections = useMemo(
    () =>
      FORM_SECTIONS.map((section) => ({
        section,
        rows: section.pointers
          .flatMap((pointer) => form.answers(pointer))
          .filter((row) => leaveOut === undefined || !leaveOut(row)),
      })).filter(({ rows }) => rows.length > 0),
    [form, record, leaveOut],
  );
  return (
    <div className={classFor(classes, 'check-answers', { extra: className })} data-part="check-answers">
      {sections.map(({ section, rows }) => (
        <section key={section.id} aria-labelledby={`${idPrefix}-answers-${section.id}`}>
          {createElement(
            `h${headingLevel}`,
            {
              id: `${idPrefix}-answers-${section.id}`,
              className: classFor(classes, 'section-title'),
              'data-part': 'section-title',
            },
            section.title,
          )}
          <dl className={classFor(classes, 'summary-list')} data-part="summary-list">
            {rows.map((row) => {
              const name = [...row.context, row.label].join(': ');
              return (
                <div key={row.pointer} className={classFor(classes, 'summary-row')} data-part="row">
                  <dt className={classFor(classes, 'summary-key')} data-part="key">
                    {name}
                  </dt>
                  <dd className={classFor(classes, 'summary-value')} data-part="value">
                    {renderValue === undefined ? row.value : renderValue(row)}
                  </dd>
                  <dd className={classFor(classes, 'summary-actions')} data-part="actions">
                    <a
                      className={classFor(classes, 'summary-link')}
                      href={changeHref === undefined ? `#${fieldIdFor(row.pointer, idPrefix)}` : changeHref(row)}
                      onClick={(event) => {
                        if (onChangeAnswer !== undefined) {
                          event.preventDefault();
                          onChangeAnswer(row, section);
                        } else if (focusField(event.currentTarget.ownerDocument, row.pointer, idPrefix)) {
                          event.preventDefault();
                        }
                      }}
                    >
                      {/* The space stays outside the hidden span: some name computations trim a child's text. */}
                      Change{' '}
                      <span className={classFor(classes, 'visually-hidden')} data-part="visually-hidden">
                        {name}
                      </span>
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
