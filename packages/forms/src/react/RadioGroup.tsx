import { Fragment, useMemo, type ReactNode } from 'react';
import type { ChoiceOption } from '../core/fieldIndex.js';
import { leaveGroup } from './leaveGroup.js';
import { optionId, optionRow } from './optionRow.js';
import { classFor } from './formParts.js';
import { QuestionFrame, type QuestionProps } from './QuestionFrame.js';
import { useClassNames } from './useClassNames.js';
import { useField, type FieldBinding } from './useField.js';

/** Props of {@link RadioGroup}. */
export interface RadioGroupProps extends QuestionProps {
  /**
   * Content revealed under an option while it is chosen, keyed by the option's value as text
   * (`"not-required"`, `"true"`): the GOV.UK conditional reveal. Put the questions the schema shows
   * for that answer here; they hide themselves again when the answer changes.
   */
  readonly conditional?: Readonly<Record<string, ReactNode>>;
  readonly renderLegend?: (field: FieldBinding) => ReactNode;
  /** Draws an option's label (default: the schema's `x-enumTitles` label). */
  readonly renderOption?: (option: ChoiceOption, checked: boolean) => ReactNode;
}

/** One answer from a list (an enum, or yes/no), as radios in a fieldset whose legend is the question. */
export function RadioGroup({
  pointer,
  className,
  classNames,
  conditional,
  renderLegend,
  renderOption,
}: RadioGroupProps) {
  const field = useField(pointer);
  const classes = useClassNames(classNames);
  const onGroupBlur = useMemo(() => leaveGroup(field.onBlur), [field.onBlur]);
  if (!field.visible) return null;
  return QuestionFrame({
    field,
    className,
    classes,
    layout: 'fieldset',
    fieldset: { onBlur: onGroupBlur },
    renderTitle: renderLegend,
    children: (
      <div className={classFor(classes, 'radios')} data-part="options">
        {(field.options ?? []).map((option, position) => {
          const checked = field.value === option.value;
          const revealed = checked ? conditional?.[String(option.value)] : undefined;
          return (
            <Fragment key={String(option.value)}>
              {optionRow({
                field,
                option,
                position,
                type: 'radio',
                classes,
                checked,
                onChange: () => field.onChange(option.value),
                renderOption,
              })}
              {revealed === undefined || revealed === null ? null : (
                <div
                  id={`${optionId(field, position)}-conditional`}
                  className={classFor(classes, 'conditional')}
                  data-part="conditional"
                >
                  {revealed}
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    ),
  });
}
