/**
 * Every part of every component that can take a class, by name. The names follow the components'
 * `data-part` hooks where a part has one; `*-error` parts (and the `task-tag-*` ones) are modifiers,
 * added beside the base part's classes while the state they name holds.
 */
export const FORM_PARTS = [
  // Every question: the container, its name and its messages.
  'question',
  'question-error',
  'label',
  'fieldset',
  'legend',
  'hint',
  'deadline',
  'error',
  'error-prefix',
  // Text.
  'input',
  'input-error',
  'textarea',
  'textarea-error',
  // Dates and times: the row of boxes, each box and its label and input.
  'date',
  'time',
  'box',
  'box-group',
  'box-label',
  'box-input',
  'box-input-error',
  'box-input-day',
  'box-input-month',
  'box-input-year',
  'box-input-hour',
  'box-input-minute',
  // Radios and checkboxes (a yes/no checkbox is a group of one).
  'radios',
  'radio',
  'radio-input',
  'radio-label',
  'checkboxes',
  'checkbox',
  'checkbox-input',
  'checkbox-label',
  'conditional',
  // Lists with add, remove and move.
  'item',
  'item-legend',
  'item-controls',
  'add',
  'remove',
  'move-up',
  'move-down',
  // The error summary.
  'error-summary',
  'error-summary-title',
  'error-summary-body',
  'error-summary-list',
  // The notice that a restored draft was updated to the current version of the record.
  'notification-banner',
  'notification-banner-header',
  'notification-banner-title',
  'notification-banner-content',
  'notification-banner-heading',
  'notification-banner-body',
  'notification-banner-list',
  // The task list.
  'task-list',
  'task',
  'task-with-link',
  'task-name',
  'task-link',
  'task-status',
  'task-tag',
  'task-tag-not-started',
  'task-tag-in-progress',
  'task-tag-has-errors',
  // Check answers.
  'check-answers',
  'section-title',
  'summary-list',
  'summary-row',
  'summary-key',
  'summary-value',
  'summary-actions',
  'summary-link',
  'visually-hidden',
  // RecordJourney's own page furniture.
  'page-heading',
  'back-link',
  'actions',
  'button',
  'link',
] as const;

/** A part of a component that takes a class: see {@link FORM_PARTS}. */
export type FormPart = (typeof FORM_PARTS)[number];

/**
 * Classes by part, for every component below a `FormRoot` (its `classNames` prop) or for one
 * component (its own `classNames`, whose entries replace the form's for that part). A part left out
 * gets no class; the `data-part` hooks are there whatever the classes.
 */
export type FormClassNames = Readonly<Partial<Record<FormPart, string>>>;

/**
 * The `class` of an element made of these parts (base part first, then modifiers; `false` skips a
 * modifier whose state does not hold). `undefined` when no part has a class, so unstyled markup
 * carries no empty `class` attribute.
 */
export function classFor(
  classes: FormClassNames,
  ...parts: readonly (FormPart | false | undefined | { readonly extra: string | undefined })[]
): string | undefined {
  const names: string[] = [];
  for (const part of parts) {
    if (part === false || part === undefined) continue;
    const name = typeof part === 'string' ? classes[part] : part.extra;
    if (name !== undefined && name !== '') names.push(name);
  }
  return names.length === 0 ? undefined : names.join(' ');
}
