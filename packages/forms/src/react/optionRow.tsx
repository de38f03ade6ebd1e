import type { ReactNode } from 'react';
import type { ChoiceOption } from '../core/fieldIndex.js';
import { classFor, type FormClassNames } from './formParts.js';
import type { FieldBinding } from './useField.js';

/** The id of a group's option: the first carries the field's id, which labels and the error summary point at. */
export function optionId(field: FieldBinding, position: number): string {
  return position === 0 ? field.id : `${field.id}-${position}`;
}

/** What {@link optionRow} draws. */
interface OptionRowProps {
  readonly field: FieldBinding;
  readonly option: ChoiceOption;
  readonly position: number;
  readonly type: 'radio' | 'checkbox';
  readonly classes: FormClassNames;
  readonly checked: boolean;
  readonly onChange: () => void;
  readonly renderOption: ((option: ChoiceOption, checked: boolean) => ReactNode) | undefined;
}

/**
 * One radio or checkbox of a group, with its label: the `option` part, made here for both groups.
 * Called as a plain function, as QuestionFrame is, so it adds no component to React's tree.
 */
export function optionRow({ field, option, position, type, classes, checked, onChange, renderOption }: OptionRowProps) {
  const id = optionId(field, position);
  return (
    <div className={classFor(classes, type)} data-part="option">
      <input
        id={id}
        className={classFor(classes, `${type}-input`)}
        type={type}
        name={field.id}
        value={String(option.value)}
        checked={checked}
        onChange={onChange}
      />
      <label htmlFor={id} className={classFor(classes, `${type}-label`)}>
        {renderOption === undefined ? option.label : renderOption(option, checked)}
      </label>
    </div>
  );
}
