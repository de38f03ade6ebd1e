import type { DatePartName, DateParts } from '../core/dateParts.js';
import { classFor, type FormClassNames } from './formParts.js';
import type { FieldBinding } from './useField.js';
import type { TypedParts } from './useTypedParts.js';

/** One labelled box of a date or time (day, month, year, hour, minute). The first box carries the field's id. */
export function PartBox<P extends { readonly [K in keyof P]: string }>({
  field,
  typed,
  name,
  label,
  classes,
  first = false,
}: {
  readonly field: FieldBinding;
  readonly classes: FormClassNames;
  readonly typed: TypedParts<P>;
  readonly name: DatePartName & keyof P & string;
  readonly label: string;
  readonly first?: boolean;
}) {
  const id = first ? field.id : `${field.id}-${name}`;
  const invalid = field.error !== undefined && (typed.wrong.length === 0 || typed.wrong.includes(name));
  return (
    <div className={classFor(classes, 'box')} data-part={`${name}-box`}>
      <div className={classFor(classes, 'box-group')} data-part="box-group">
        <label htmlFor={id} className={classFor(classes, 'box-label')}>
          {label}
        </label>
        <input
          id={id}
          className={classFor(classes, 'box-input', invalid && 'box-input-error', `box-input-${name}`)}
          name={`${field.id}-${name}`}
          type="text"
          inputMode={name === 'month' ? 'text' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          value={typed.parts[name]}
          aria-invalid={invalid ? true : undefined}
          onChange={(event) => typed.update(name, event.target.value)}
        />
      </div>
    </div>
  );
}

/**
 * The day, month and year boxes of a date, the first carrying the field's id, as both the date and
 * the date-and-time questions draw them. A function, not a component: it holds no state, and each
 * box re-renders on its own.
 */
export function dateBoxes<P extends DateParts & { readonly [K in keyof P]: string }>(
  field: FieldBinding,
  typed: TypedParts<P>,
  classes: FormClassNames,
) {
  return (
    <div className={classFor(classes, 'date')} data-part="date">
      <PartBox field={field} typed={typed} classes={classes} name="day" label="Day" first />
      <PartBox field={field} typed={typed} classes={classes} name="month" label="Month" />
      <PartBox field={field} typed={typed} classes={classes} name="year" label="Year" />
    </div>
  );
}
