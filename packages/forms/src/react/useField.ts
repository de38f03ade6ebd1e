import { useCallback, useMemo } from 'react';
import { fieldIdFor } from '../core/fieldIdFor.js';
import type { ChangeResult, FieldState, RecordForm } from '../core/recordFormTypes.js';
import { useFormSelector } from './useFormSelector.js';
import { useRecordFormContext } from './RecordFormContext.js';

/** The ARIA attributes to spread on a field's input. */
export interface FieldAriaProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
  readonly 'aria-required'?: true;
}

/** What {@link useField} returns: the field's state, its handlers and the ids that tie its markup together. */
export interface FieldBinding extends FieldState {
  /** The input's id: labels point at it and the error summary links to it. */
  readonly id: string;
  readonly hintId: string;
  readonly errorId: string;
  readonly deadlineId: string;
  /** Spread on the input (or the first input of a group): id, aria-describedby, aria-invalid, aria-required. */
  readonly ariaProps: FieldAriaProps;
  /** Sets the answer; empty text removes it. Returns the answers the change cleared, if any. */
  readonly onChange: (value: unknown, problem?: string) => ChangeResult;
  /** Marks the field visited, so draft errors show from now on. */
  readonly onBlur: () => void;
}

/**
 * Binds one question of the record to a component: value, change handler, error, required, visible,
 * label and hint (from the schema's `title` and `description`) and the ARIA attributes to spread.
 * The component re-renders only when this field's state changes.
 */
export function useField(pointer: string): FieldBinding {
  return useBinding(pointer, selectField) as FieldBinding;
}

/** What {@link useGroup} returns: a {@link FieldBinding} without the group's value. */
export type GroupBinding = Omit<FieldBinding, 'value' | 'dirty'>;

/**
 * Binds a group or a list (a fieldset): label, hint, error, visibility and ids, but not its value,
 * so that typing in one of its questions does not re-render the whole group.
 */
export function useGroup(pointer: string): GroupBinding {
  return useBinding(pointer, selectGroup);
}

const selectField = (form: RecordForm, pointer: string): FieldState => form.field(pointer);

function selectGroup(form: RecordForm, pointer: string): Omit<FieldState, 'value' | 'dirty'> {
  const { value: _value, dirty: _dirty, ...group } = form.field(pointer);
  return group;
}

function useBinding<S extends Omit<FieldState, 'value' | 'dirty'>>(
  pointer: string,
  select: (form: RecordForm, pointer: string) => S,
): S & Omit<FieldBinding, keyof FieldState> {
  const { form, idPrefix } = useRecordFormContext();
  const state = useFormSelector((current) => select(current, pointer), pointer);
  const id = fieldIdFor(pointer, idPrefix);
  const onChange = useCallback(
    (value: unknown, problem?: string) => form.setValue(pointer, value, problem === undefined ? {} : { problem }),
    [form, pointer],
  );
  const onBlur = useCallback(() => form.touch(pointer), [form, pointer]);
  const { hint, error, required, deadline } = state;
  const ariaProps = useMemo((): FieldAriaProps => {
    const describedBy = [
      hint === undefined ? '' : `${id}-hint`,
      deadline === undefined ? '' : `${id}-deadline`,
      error === undefined ? '' : `${id}-error`,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      id,
      ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
      ...(error === undefined ? {} : { 'aria-invalid': true as const }),
      ...(required ? { 'aria-required': true as const } : {}),
    };
  }, [id, hint, error, required, deadline]);
  return useMemo(
    () => ({
      ...state,
      id,
      hintId: `${id}-hint`,
      errorId: `${id}-error`,
      deadlineId: `${id}-deadline`,
      ariaProps,
      onChange,
      onBlur,
    }),
    [state, id, ariaProps, onChange, onBlur],
  );
}
