import { useCallback, type ReactNode } from 'react';
import { dateTimePartsOf, readDateTimeParts, type DateTimeParts } from '../core/dateTimeParts.js';
import { classFor } from './formParts.js';
import { PartBox, dateBoxes } from './PartBox.js';
import { QuestionFrame, type QuestionProps } from './QuestionFrame.js';
import { useClassNames } from './useClassNames.js';
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
export function DateTimeInput({ pointer, className, classNames, renderLegend }: DateTimeInputProps) {
  const field = useField(pointer);
  const classes = useClassNames(classNames);
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
    classes,
    layout: 'fieldset',
    fieldset: { role: 'group', onBlur: typed.onGroupBlur },
    renderTitle: renderLegend,
    children: (
      <>
        {dateBoxes(field, typed, classes)}
        <div className={classFor(classes, 'time')} data-part="time">
          <PartBox
            field={field}
            typed={typed}
            classes={classes}
            name="hour"
            label={kind === 'dateOrDateTime' ? 'Hour (optional)' : 'Hour'}
          />
          <PartBox
            field={field}
            typed={typed}
            classes={classes}
            name="minute"
            label={kind === 'dateOrDateTime' ? 'Minute (optional)' : 'Minute'}
          />
        </div>
      </>
    ),
  });
}
