import { formatDateTime } from '../core/formatAnswer.js';
import type { GroupBinding } from './useField.js';

/**
 * The hint, the deadline and the error of a field, in the GOV.UK order (under the label, above the
 * input), each with the id `aria-describedby` points at. Unstyled: `data-part` marks each element.
 */
export function FieldMessages({ field }: { readonly field: GroupBinding }) {
  const { deadline } = field;
  return (
    <>
      {field.hint === undefined ? null : (
        <div id={field.hintId} data-part="hint">
          {field.hint}
        </div>
      )}
      {deadline === undefined ? null : (
        <p
          id={field.deadlineId}
          data-part="deadline"
          data-met={deadline.met === undefined ? undefined : String(deadline.met)}
        >
          {`${deadline.label}: due by ${formatDateTime(deadline.due)}${deadline.met === true ? ' (met)' : deadline.met === false ? ' (missed)' : ''}`}
        </p>
      )}
      {field.error === undefined ? null : (
        <p id={field.errorId} data-part="error">
          <span data-part="error-prefix">Error: </span>
          {field.error}
        </p>
      )}
    </>
  );
}
