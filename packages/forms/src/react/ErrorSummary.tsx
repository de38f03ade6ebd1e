import { useEffect, useRef, type ReactNode } from 'react';
import { fieldIdFor } from '../core/fieldIdFor.js';
import type { FormError } from '../core/recordFormTypes.js';
import { focusField } from './focusField.js';
import { classFor, type FormClassNames } from './formParts.js';
import { useClassNames } from './useClassNames.js';
import { useRecordFormContext } from './RecordFormContext.js';
import { useFormSelector } from './useFormSelector.js';

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  readonly className?: string;
  readonly classNames?: FormClassNames;
  /** The heading (default "There is a problem", as GOV.UK words it). */
  readonly title?: ReactNode;
  /** Draws one error's link text (default: the message). */
  readonly renderError?: (error: FormError) => ReactNode;
}

const sameErrors = (a: readonly FormError[], b: readonly FormError[]) =>
  a.length === b.length &&
  a.every((error, position) => error.pointer === b[position]!.pointer && error.message === b[position]!.message);

/**
 * The GOV.UK error summary: after a submit with errors it appears at the top, takes focus so screen
 * readers announce it, and lists every error as a link that moves focus to its question. Renders
 * nothing before the first submit or when there are no errors.
 */
export function ErrorSummary({ className, classNames, title = 'There is a problem', renderError }: ErrorSummaryProps) {
  const { form, idPrefix } = useRecordFormContext();
  const classes = useClassNames(classNames);
  const errors = useFormSelector((current) => current.errors(), 'errors', sameErrors);
  const submitCount = useFormSelector((current) => current.getState().submitCount, 'submitCount', Object.is);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submitCount > 0) summary.current?.focus();
  }, [submitCount]);
  if (errors.length === 0) return null;
  // No aria-labelledby on the container: a div without a role cannot be named (ARIA 1.2) and
  // govuk-frontend gives it none; the alert inside, heading first, is what is announced.
  const titleId = `${idPrefix}-error-summary-title`;
  return (
    <div
      className={classFor(classes, 'error-summary', { extra: className })}
      ref={summary}
      tabIndex={-1}
      data-part="error-summary"
    >
      <div role="alert">
        <h2 id={titleId} className={classFor(classes, 'error-summary-title')} data-part="title">
          {title}
        </h2>
        <div className={classFor(classes, 'error-summary-body')} data-part="body">
          <ul className={classFor(classes, 'error-summary-list')} data-part="list">
            {errors.map((error, position) => (
              <li key={`${error.pointer} ${position}`}>
                <a
                  href={`#${fieldIdFor(error.pointer, idPrefix)}`}
                  onClick={(event) => {
                    if (focusField(event.currentTarget.ownerDocument, error.pointer, idPrefix)) event.preventDefault();
                  }}
                >
                  {renderError === undefined ? error.message : renderError(error)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
