import { Fragment, useMemo, type ReactNode } from 'react';
import type { ChoiceOption } from '../core/fieldIndex.js';
import { leaveGroup } from './leaveGroup.js';
import { optionRow } from './optionRow.js';
import { QuestionFrame, type QuestionProps } from './QuestionFrame.js';
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
export function CheckboxGroup({ pointer, className, renderLegend, renderOption }: CheckboxGroupProps) {
  const field = useField(pointer);
  const onGroupBlur = useMemo(() => leaveGroup(field.onBlur), [field.onBlur]);
  if (!field.visible) return null;
  if (field.kind === 'boolean') return <SingleCheckbox field={field} className={className} />;
  const chosen = Array.isArray(field.value) ? field.value : [];
  const options = field.options ?? [];
  const toggle = (value: ChoiceOption['value']) => {
    const next = chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value];
    field.onChange(options.map((option) => option.value).filter((item) => next.includes(item)));
  };
  return QuestionFrame({
    field,
    className,
    layout: 'fieldset',
    fieldset: { onBlur: onGroupBlur },
    renderTitle: renderLegend,
    children: (
      <div data-part="options">
        {options.map((option, position) => {
          const checked = chosen.includes(option.value);
          return (
            <Fragment key={String(option.value)}>
              {optionRow({
                field,
                option,
                position,
                type: 'checkbox',
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
}: {
  readonly field: FieldBinding;
  readonly className: string | undefined;
}) {
  const { 'aria-required': _required, ...aria } = field.ariaProps;
  return QuestionFrame({
    field,
    className,
    layout: 'checkbox',
    children: (
      <input
        {...aria}
        type="checkbox"
        name={field.id}
        checked={field.value === true}
        onChange={(event) => field.onChange(event.target.checked)}
        onBlur={field.onBlur}
      />
    ),
  });
}
