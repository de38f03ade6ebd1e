import { useCallback, type ReactNode } from 'react';
import { dateTimePartsOf, readDateTimeParts, type DateTimeParts } from '../core/dateTimeParts.js';
import { PartBox, dateBoxes } from './PartBox.js';
import { QuestionFrame, type QuestionProps } from './QuestionFrame.js';
import { useField, type FieldBinding } from './useField.js';
import { useTypedParts } from './useTypedParts.js';

/** Props of {@link DateTimeInput}. */
export interface DateTimeInputProps extends QuestionProps {
  readonly renderLegend?: (field: FieldBinding) => ReactNode;
}

/**
 * A date and time: day, month and year boxes and hour and minute boxes (24-hour, "2pm" understood),
 * in one fieldset. Times are read as the time in England, whatever the browser's time zone.
 */
export function DateTimeInput({ pointer, className, renderLegend }: DateTimeInputProps) {
  const field = useField(pointer);
  const { label, kind } = field;
  const read = useCallback(
    (parts: DateTimeParts) => readDateTimeParts(parts, label, kind === 'dateOrDateTime'),
    [label, kind],
  );
  const typed = useTypedParts(field, dateTimePartsOf, read);
  if (!field.visible) return null;
  return QuestionFrame({
    field,
    className,
    layout: 'fieldset',
    fieldset: { role: 'group', onBlur: typed.onGroupBlur },
    renderTitle: renderLegend,
    children: (
      <>
        {dateBoxes(field, typed)}
        <div data-part="time">
          <PartBox
            field={field}
            typed={typed}
            name="hour"
            label={kind === 'dateOrDateTime' ? 'Hour (optional)' : 'Hour'}
          />
          <PartBox
            field={field}
            typed={typed}
            name="minute"
            label={kind === 'dateOrDateTime' ? 'Minute (optional)' : 'Minute'}
          />
        </div>
      </>
    ),
  });
}
