import { useMemo } from 'react';
import type { FormClassNames } from './formParts.js';
import { useRecordFormContext } from './RecordFormContext.js';

/**
 * The classes a component draws with: the form's (`FormRoot`/`RecordFormProvider` `classNames`),
 * with the component's own `classNames` replacing them part by part. Stable while neither changes, so
 * it costs a keystroke nothing.
 */
export function useClassNames(own: FormClassNames | undefined): FormClassNames {
  const { classNames } = useRecordFormContext();
  return useMemo(() => (own === undefined ? classNames : { ...classNames, ...own }), [classNames, own]);
}
