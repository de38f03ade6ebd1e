import { useMemo, type ReactNode } from 'react';
import type { RecordForm } from '../core/recordFormTypes.js';
import type { FormClassNames } from './formParts.js';
import { RecordFormContext } from './RecordFormContext.js';

/** Props of {@link RecordFormProvider}. */
export interface RecordFormProviderProps {
  readonly form: RecordForm;
  /** Prefix of generated ids (default `record`). */
  readonly idPrefix?: string;
  /**
   * Classes by part for every component below, e.g. `govukClassNames` from
   * `@strategy-record/forms/govuk`. Keep the object stable (a module constant or memoised): a new
   * object re-renders every component.
   */
  readonly classNames?: FormClassNames;
  readonly children?: ReactNode;
}

const NO_CLASSES: FormClassNames = {};

/** Makes a form available to the hooks and components below it, without rendering any markup. */
export function RecordFormProvider({
  form,
  idPrefix = 'record',
  classNames = NO_CLASSES,
  children,
}: RecordFormProviderProps) {
  const value = useMemo(() => ({ form, idPrefix, classNames }), [form, idPrefix, classNames]);
  return <RecordFormContext.Provider value={value}>{children}</RecordFormContext.Provider>;
}
