import { useState } from 'react';
import { createRecordForm } from '../core/createRecordForm.js';
import type { RecordForm, RecordFormOptions } from '../core/recordFormTypes.js';

/**
 * Creates the form once for the life of the component. Later changes to `options` are ignored (as
 * with `useState`'s initial value): restore a draft or create a new form to start again.
 */
export function useRecordForm<Profile = unknown>(options: RecordFormOptions<Profile>): RecordForm {
  const [form] = useState(() => createRecordForm(options));
  return form;
}
