import type { ReactNode } from 'react';
import { CheckboxGroup } from './CheckboxGroup.js';
import { DateInput } from './DateInput.js';
import type { FormClassNames } from './formParts.js';
import { DateTimeInput } from './DateTimeInput.js';
import { TextInput } from './TextInput.js';
import { RadioGroup } from './RadioGroup.js';
import { useRecordFormContext } from './RecordFormContext.js';
import { useField, type FieldBinding } from './useField.js';

/** Props of {@link Field}. */
export interface FieldProps {
  /** JSON Pointer of the question, e.g. `/meeting/chair/fullName`. */
  readonly pointer: string;
  readonly className?: string;
  /** Classes by part, replacing the form's for this question. */
  readonly classNames?: FormClassNames;
  /** Replaces the default markup; gets everything {@link useField} returns (it is not called while the question is hidden). */
  readonly render?: (field: FieldBinding) => ReactNode;
}

/**
 * One question, drawn by its kind in the schema: a text box (a textarea for free text), a date, a
 * date and time, radios (one answer, or a yes/no that must be answered), checkboxes (several answers,
 * or an optional yes/no). Renders nothing while the schema's conditions hide it.
 */
export function Field({ pointer, className, classNames, render }: FieldProps) {
  const { form } = useRecordFormContext();
  const schema = form.schemaAt(pointer);
  if (schema === undefined) throw new Error(`The record has no question at "${pointer}".`);
  const { kind } = schema;
  if (render !== undefined) return <RenderedField pointer={pointer} render={render} />;
  switch (kind) {
    case 'date':
      return <DateInput pointer={pointer} className={className} classNames={classNames} />;
    case 'dateTime':
    case 'dateOrDateTime':
      return <DateTimeInput pointer={pointer} className={className} classNames={classNames} />;
    case 'choice':
      return <RadioGroup pointer={pointer} className={className} classNames={classNames} />;
    case 'boolean':
      // A checkbox cannot tell "no" from "not answered", so a yes/no that must be answered, or that
      // shows other questions, is asked with radios.
      return schema.required || schema.dependents.length > 0 ? (
        <RadioGroup pointer={pointer} className={className} classNames={classNames} />
      ) : (
        <CheckboxGroup pointer={pointer} className={className} classNames={classNames} />
      );
    case 'choices':
      return <CheckboxGroup pointer={pointer} className={className} classNames={classNames} />;
    case 'group':
    case 'list':
      throw new Error(
        `"${pointer}" is a ${kind === 'group' ? 'group of questions: use <SchemaFields>' : 'list: use <RepeatingGroup>'}, not <Field>.`,
      );
    default:
      return <TextInput pointer={pointer} className={className} classNames={classNames} />;
  }
}

function RenderedField({
  pointer,
  render,
}: {
  readonly pointer: string;
  readonly render: (field: FieldBinding) => ReactNode;
}) {
  const field = useField(pointer);
  return field.visible ? <>{render(field)}</> : null;
}
