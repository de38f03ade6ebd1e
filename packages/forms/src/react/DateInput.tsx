import { useCallback, type ReactNode } from 'react';
import { datePartsOf, parseDateParts, type DateParts } from '../core/dateParts.js';
import { dateBoxes } from './PartBox.js';
import { QuestionFrame, type QuestionProps } from './QuestionFrame.js';
import { useClassNames } from './useClassNames.js';
import { useField, type FieldBinding } from './useField.js';
import { useTypedParts } from './useTypedParts.js';

/** Props of {@link DateInput}. */
export interface DateInputProps extends QuestionProps {
  /** Draws the legend instead of the schema title. */
  readonly renderLegend?: (field: FieldBinding) => ReactNode;
}

/**
 * A date as day, month and year boxes (the GOV.UK date input) in a fieldset whose legend is the
 * question. The month box takes a number or a name ("3", "March", "mar"). Stores `YYYY-MM-DD`.
 */
export function DateInput({ pointer, className, classNames, renderLegend }: DateInputProps) {
  const field = useField(pointer);
  const classes = useClassNames(classNames);
  const label = field.label;
  const read = useCallback((parts: DateParts) => parseDateParts(parts, label), [label]);
  const typed = useTypedParts(field, datePartsOf, read);
  if (!field.visible) return null;
  return QuestionFrame({
    field,
    className,
    classes,
    layout: 'fieldset',
    fieldset: { role: 'group', onBlur: typed.onGroupBlur },
    renderTitle: renderLegend,
    children: dateBoxes(field, typed, classes),
  });
}
