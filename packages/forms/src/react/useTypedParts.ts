import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import type { DatePartName, ParsedParts } from '../core/dateParts.js';
import { leaveGroup } from './leaveGroup.js';
import type { FieldBinding } from './useField.js';

/** What {@link useTypedParts} gives a date component. */
export interface TypedParts<P> {
  /** The boxes as typed (kept even while they do not make a date). */
  readonly parts: P;
  /** The boxes the last reading found wrong, to mark with `aria-invalid`. */
  readonly wrong: readonly DatePartName[];
  readonly update: (name: keyof P & string, text: string) => void;
  /** For the group: marks the field visited when focus leaves all of its boxes. */
  readonly onGroupBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * Keeps what is typed in the boxes of a date (or date and time) and writes the value they make to
 * the form on every keystroke: the ISO value when they read as one, otherwise no value and the
 * problem (which the form shows once the field is left, and which blocks submitting). A value set
 * from outside (a restored draft) refills the boxes.
 */
export function useTypedParts<P extends { readonly [K in keyof P]: string }>(
  field: FieldBinding,
  partsOf: (value: unknown) => P,
  read: (parts: P) => ParsedParts<string>,
): TypedParts<P> {
  const [parts, setParts] = useState(() => partsOf(field.value));
  const [wrong, setWrong] = useState<readonly DatePartName[]>([]);
  const latest = useRef(parts);
  const emitted = useRef(field.value);
  const { value, onChange, onBlur } = field;
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    latest.current = partsOf(value);
    setParts(latest.current);
    setWrong([]);
  }, [value, partsOf]);
  const update = useCallback(
    (name: keyof P & string, text: string) => {
      const next = { ...latest.current, [name]: text };
      latest.current = next;
      setParts(next);
      const parsed = read(next);
      emitted.current = parsed.ok ? parsed.value : undefined;
      setWrong(parsed.ok ? [] : parsed.wrong);
      onChange(emitted.current, parsed.ok ? undefined : parsed.message);
    },
    [read, onChange],
  );
  const onGroupBlur = useMemo(() => leaveGroup(onBlur), [onBlur]);
  return { parts, wrong, update, onGroupBlur };
}
