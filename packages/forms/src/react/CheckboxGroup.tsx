import { Fragment, useMemo, type ReactNode } from 'react';
import type { ChoiceOption } from '../core/fieldIndex.js';
import { leaveGroup } from './leaveGroup.js';
import { optionRow } from './optionRow.js';
import { classFor, type FormClassNames } from './formParts.js';
import { QuestionFrame, type QuestionProps } from './QuestionFrame.js';
import { useClassNames } from './useClassNames.js';
import { useField, type FieldBinding } from './useField.js';

/** Props of {@link CheckboxGroup}. */
export interface CheckboxGroupProps extends QuestionProps {
  readonly renderLegend?: (field: FieldBinding) => ReactNode;
  readonly renderOption?: (option: ChoiceOption, checked: boolean) => ReactNode;
}

/**
 * Several answers from a list (an array of enum values, kept in the schema's order), as checkboxes in
 * a fieldset. A yes/no question becomes a single checkbox whose label is the question.
 */
export function CheckboxGroup({ pointer, className, classNames, renderLegend, renderOption }: CheckboxGroupProps) {
  const field = useField(pointer);
  const classes = useClassNames(classNames);
  const onGroupBlur = useMemo(() => leaveGroup(field.onBlur), [field.onBlur]);
  if (!field.visible) return null;
  if (field.kind === 'boolean') return <SingleCheckbox field={field} className={className} classes={classes} />;
  const chosen = Array.isArray(field.value) ? field.value : [];
  const options = field.options ?? [];
  const toggle = (value: ChoiceOption['value']) => {
    const next = chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value];
    field.onChange(options.map((option) => option.value).filter((item) => next.includes(item)));
  };
  return QuestionFrame({
    field,
    className,
    classes,
    layout: 'fieldset',
    fieldset: { onBlur: onGroupBlur },
    renderTitle: renderLegend,
    children: (
      <div className={classFor(classes, 'checkboxes')} data-part="options">
        {options.map((option, position) => {
          const checked = chosen.includes(option.value);
          return (
            <Fragment key={String(option.value)}>
              {optionRow({
                field,
                option,
                position,
                type: 'checkbox',
                classes,
                checked,
                onChange: () => toggle(option.value),
                renderOption,
              })}
            </Fragment>
          );
        })}
      </div>
    ),
  });
}

function SingleCheckbox({
  field,
  className,
  classes,
}: {
  readonly field: FieldBinding;
  readonly className: string | undefined;
  readonly classes: FormClassNames;
}) {
  const { 'aria-required': _required, ...aria } = field.ariaProps;
  return QuestionFrame({
    field,
    className,
    classes,
    layout: 'checkbox',
    children: (
      <input
        {...aria}
        className={classFor(classes, 'checkbox-input')}
        type="checkbox"
        name={field.id}
        checked={field.value === true}
        onChange={(event) => field.onChange(event.target.checked)}
        onBlur={field.onBlur}
      />
    ),
  });
}
