import type { ReactNode } from 'react';
import { classFor } from './formParts.js';
import { QuestionFrame, type QuestionProps } from './QuestionFrame.js';
import { useClassNames } from './useClassNames.js';
import { useField, type FieldBinding } from './useField.js';

/** Props of {@link TextInput}. */
export interface TextInputProps extends QuestionProps {
  /** Draws the label instead of the schema title (the field is passed for its `id` and `label`). */
  readonly renderLabel?: (field: FieldBinding) => ReactNode;
}

/**
 * A text question: a textarea for free text, a one-line box otherwise. Empty text removes the answer
 * (a blank answer never reaches the record).
 */
export function TextInput({ pointer, className, classNames, renderLabel }: TextInputProps) {
  const field = useField(pointer);
  const classes = useClassNames(classNames);
  if (!field.visible) return null;
  const value = typeof field.value === 'string' ? field.value : '';
  const common = { ...field.ariaProps, name: field.id, value, onBlur: field.onBlur } as const;
  const invalid = field.error !== undefined;
  return QuestionFrame({
    field,
    className,
    classes,
    layout: 'label',
    renderTitle: renderLabel,
    children:
      field.kind === 'text' ? (
        <textarea
          {...common}
          className={classFor(classes, 'textarea', invalid && 'textarea-error')}
          rows={5}
          onChange={(event) => field.onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          className={classFor(classes, 'input', invalid && 'input-error')}
          type={field.kind === 'email' ? 'email' : 'text'}
          spellCheck={field.kind === 'reference' || field.kind === 'email' ? false : undefined}
          autoComplete="off"
          onChange={(event) => field.onChange(event.target.value)}
        />
      ),
  });
}
