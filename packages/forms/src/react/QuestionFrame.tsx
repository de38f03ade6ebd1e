import type { FocusEventHandler, ReactNode } from 'react';
import { FieldMessages } from './FieldMessages.js';
import { classFor, type FormClassNames } from './formParts.js';
import type { GroupBinding } from './useField.js';

/** The props every question component takes. */
export interface QuestionProps {
  /** JSON Pointer of the question, e.g. `/meeting/chair/fullName`. */
  readonly pointer: string;
  /** Added to the question's container, after the `question` part's classes. */
  readonly className?: string;
  /** Classes by part, replacing the form's for this question (see `FormRoot`'s `classNames`). */
  readonly classNames?: FormClassNames;
}

/** What a question's `<fieldset>` carries besides its legend and messages. */
interface QuestionFieldset {
  /** `group`, as the GOV.UK date input has, for boxes that together make one answer. */
  readonly role?: 'group';
  /**
   * The fieldset takes the question's id and can be focused: for a group or a list, which has no
   * input of its own for the error summary to link to.
   */
  readonly focusTarget?: boolean;
  readonly onBlur?: FocusEventHandler<HTMLFieldSetElement>;
}

/**
 * Props of {@link QuestionFrame}. `layout` says how the question is named:
 * - `label`: one input, named by a `<label>` above the messages and the input;
 * - `checkbox`: one checkbox whose label, after it, is the question; the messages follow;
 * - `fieldset`: several inputs in a `<fieldset>` named by its `<legend>`, the messages under it.
 */
type QuestionFrameProps<F extends GroupBinding = GroupBinding> = {
  readonly field: F;
  readonly className?: string | undefined;
  /** The classes by part the component drew with (`useClassNames`). */
  readonly classes: FormClassNames;
  /** Draws the question's name (the label or legend); without it, the schema's title. */
  readonly renderTitle?: ((field: F) => ReactNode) | undefined;
  /** The question's own inputs (a text box, date boxes, options, the items of a list...). */
  readonly children: ReactNode;
} & (
  | { readonly layout: 'label' }
  | { readonly layout: 'checkbox' }
  | { readonly layout: 'fieldset'; readonly fieldset?: QuestionFieldset }
);

/**
 * The markup every question shares, made here and nowhere else: the container that tests, styles and
 * the error summary find by `data-field`, the label or the fieldset and legend, and (through
 * {@link FieldMessages}) the hint, the deadline and the error that `aria-describedby` points at.
 * Each part is one element below, marked by `data-part` and classed by its part in `classes`, so a
 * part's class or attributes are set in one place.
 *
 * It uses no hooks, and the question components call it as a plain function rather than as an
 * element: the frame is markup, not state, so it adds no component to React's tree and a keystroke
 * re-renders the same components as before the frame existed (test/forms/renderCounts.test.tsx).
 */
export function QuestionFrame<F extends GroupBinding>(props: QuestionFrameProps<F>) {
  const { field, className, classes, renderTitle, children } = props;
  const title = renderTitle === undefined ? field.label : renderTitle(field);
  const messages = <FieldMessages field={field} classes={classes} />;
  const label = (
    <label
      htmlFor={field.id}
      className={classFor(classes, props.layout === 'checkbox' ? 'checkbox-label' : 'label')}
      data-part="label"
    >
      {title}
    </label>
  );
  let content: ReactNode;
  if (props.layout === 'label') {
    content = (
      <>
        {label}
        {messages}
        {children}
      </>
    );
  } else if (props.layout === 'checkbox') {
    content = (
      <>
        {messages}
        <div className={classFor(classes, 'checkboxes')} data-part="options">
          <div className={classFor(classes, 'checkbox')} data-part="option">
            {children}
            {label}
          </div>
        </div>
      </>
    );
  } else {
    const { role, focusTarget = false, onBlur } = props.fieldset ?? {};
    content = (
      <fieldset
        id={focusTarget ? field.id : undefined}
        tabIndex={focusTarget ? -1 : undefined}
        role={role}
        className={classFor(classes, 'fieldset')}
        aria-describedby={field.ariaProps['aria-describedby']}
        onBlur={onBlur}
      >
        <legend className={classFor(classes, 'legend')} data-part="legend">
          {title}
        </legend>
        {messages}
        {children}
      </fieldset>
    );
  }
  return (
    <div
      className={classFor(classes, 'question', field.error !== undefined && 'question-error', { extra: className })}
      data-field={field.pointer}
      data-invalid={field.error === undefined ? undefined : 'true'}
    >
      {content}
    </div>
  );
}
