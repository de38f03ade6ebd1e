import { useMemo, type ReactNode } from 'react';
import type { RecordForm } from '../core/recordFormTypes.js';
import { RecordFormContext } from './RecordFormContext.js';

/** Props of {@link RecordFormProvider}. */
export interface RecordFormProviderProps {
  readonly form: RecordForm;
  /** Prefix of generated ids (default `record`). */
  readonly idPrefix?: string;
  readonly children?: ReactNode;
}

/** Makes a form available to the hooks and components below it, without rendering any markup. */
export function RecordFormProvider({ form, idPrefix = 'record', children }: RecordFormProviderProps) {
  const value = useMemo(() => ({ form, idPrefix }), [form, idPrefix]);
  return <RecordFormContext.Provider value={value}>{children}</RecordFormContext.Provider>;
}
