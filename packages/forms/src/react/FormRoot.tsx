import type { FormHTMLAttributes, ReactNode } from 'react';
import type { RecordForm, SubmitResult } from '../core/recordFormTypes.js';
import type { FormClassNames } from './formParts.js';
import { RecordFormProvider } from './RecordFormProvider.js';

/** Props of {@link FormRoot}: any `<form>` attribute, plus the form model. */
export interface FormRootProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  readonly form: RecordForm;
  readonly idPrefix?: string;
  /** Classes by part for every component inside (see `RecordFormProvider`). */
  readonly classNames?: FormClassNames;
  /** Called after every submit with the final validation result; submit the record when `valid`. */
  readonly onSubmit?: (result: SubmitResult) => void;
  readonly children?: ReactNode;
}

/**
 * A `<form>` (with the browser's own validation turned off: the schema's rules apply) that provides
 * the form model to the components inside it and runs final validation on submit.
 */
export function FormRoot({ form, idPrefix, classNames, onSubmit, children, ...attributes }: FormRootProps) {
  return (
    <form
      noValidate
      {...attributes}
      onSubmit={(event) => {
        event.preventDefault();
        const result = form.submit();
        onSubmit?.(result);
      }}
    >
      <RecordFormProvider form={form} idPrefix={idPrefix} classNames={classNames}>
        {children}
      </RecordFormProvider>
    </form>
  );
}
