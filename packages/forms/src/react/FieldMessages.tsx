import { formatDateTime } from '../core/formatAnswer.js';
import { classFor, type FormClassNames } from './formParts.js';
import type { GroupBinding } from './useField.js';

/**
 * The hint, the deadline and the error of a field, in the GOV.UK order (under the label, above the
 * input), each with the id `aria-describedby` points at. `data-part` marks each element;
 * its classes come from the parts `hint`, `deadline`, `error` and `error-prefix`.
 */
export function FieldMessages({ field, classes }: { readonly field: GroupBinding; readonly classes: FormClassNames }) {
  const { deadline } = field;
  return (
    <>
      {field.hint === undefined ? null : (
        <div id={field.hintId} className={classFor(classes, 'hint')} data-part="hint">
          {field.hint}
        </div>
      )}
      {deadline === undefined ? null : (
        <p
          id={field.deadlineId}
          className={classFor(classes, 'deadline')}
          data-part="deadline"
          data-met={deadline.met === undefined ? undefined : String(deadline.met)}
        >
          {`${deadline.label}: due by ${formatDateTime(deadline.due)}${deadline.met === true ? ' (met)' : deadline.met === false ? ' (missed)' : ''}`}
        </p>
      )}
      {field.error === undefined ? null : (
        <p id={field.errorId} className={classFor(classes, 'error')} data-part="error">
          <span className={classFor(classes, 'error-prefix')} data-part="error-prefix">
            Error:
          </span>{' '}
          {field.error}
        </p>
      )}
    </>
  );
}
