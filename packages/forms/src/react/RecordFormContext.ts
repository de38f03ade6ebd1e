import { createContext, useContext } from 'react';
import type { RecordForm } from '../core/recordFormTypes.js';
import type { FormClassNames } from './formParts.js';

/** The form the components below a {@link RecordFormProvider} read and write, and the prefix of their ids. */
export interface RecordFormContextValue {
  readonly form: RecordForm;
  /** Prefix of every id the components generate, so two forms can share a page. */
  readonly idPrefix: string;
  /** Classes by part for every component below (empty: unstyled, `data-part` hooks only). */
  readonly classNames: FormClassNames;
}

export const RecordFormContext = createContext<RecordFormContextValue | null>(null);

/** The form in context. Throws a message that says what to do when a component is used outside one. */
export function useRecordFormContext(): RecordFormContextValue {
  const context = useContext(RecordFormContext);
  if (context === null)
    throw new Error('Record form components must be inside <RecordFormProvider form={...}> or <FormRoot form={...}>.');
  return context;
}
