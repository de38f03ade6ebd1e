import type { DatePartName, DateParts } from '../core/dateParts.js';
import type { FieldBinding } from './useField.js';
import type { TypedParts } from './useTypedParts.js';

/** One labelled box of a date or time (day, month, year, hour, minute). The first box carries the field's id. */
export function PartBox<P extends { readonly [K in keyof P]: string }>({
  field,
  typed,
  name,
  label,
  first = false,
}: {
  readonly field: FieldBinding;
  readonly typed: TypedParts<P>;
  readonly name: DatePartName & keyof P & string;
  readonly label: string;
  readonly first?: boolean;
}) {
  const id = first ? field.id : `${field.id}-${name}`;
  const invalid = field.error !== undefined && (typed.wrong.length === 0 || typed.wrong.includes(name));
  return (
    <div data-part={`${name}-box`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
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
) {
  return (
    <div data-part="date">
      <PartBox field={field} typed={typed} name="day" label="Day" first />
      <PartBox field={field} typed={typed} name="month" label="Month" />
      <PartBox field={field} typed={typed} name="year" label="Year" />
    </div>
  );
}
