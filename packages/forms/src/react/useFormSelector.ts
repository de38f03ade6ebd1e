import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { RecordForm, RecordFormState } from '../core/recordFormTypes.js';
import { useRecordFormContext } from './RecordFormContext.js';

/** Equal when both are the same value, or objects whose own properties are the same values. */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Subscribes to the part of the form `select` picks, on `useSyncExternalStore`. Every change runs the
 * selector, but the component re-renders only when the selection differs (by `isEqual`), which is
 * what keeps a keystroke from re-rendering the other fields. `key` names what `select` depends on
 * besides the form (a pointer, usually): when it changes the selection is recomputed.
 */
export function useFormSelector<T>(
  select: (form: RecordForm) => T,
  key: string,
  isEqual: (a: T, b: T) => boolean = shallowEqual,
): T {
  const { form } = useRecordFormContext();
  const memo = useRef<{ state: RecordFormState; key: string; value: T } | null>(null);
  const selectRef = useRef(select);
  selectRef.current = select;
  const getSnapshot = useCallback((): T => {
    const state = form.getState();
    const previous = memo.current;
    if (previous !== null && previous.state === state && previous.key === key) return previous.value;
    const selected = selectRef.current(form);
    const value =
      previous !== null && previous.key === key && isEqual(previous.value, selected) ? previous.value : selected;
    memo.current = { state, key, value };
    return value;
  }, [form, key, isEqual]);
  return useSyncExternalStore(form.subscribe, getSnapshot, getSnapshot);
}
