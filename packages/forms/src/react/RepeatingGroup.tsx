import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { classFor, type FormClassNames } from './formParts.js';
import { QuestionFrame } from './QuestionFrame.js';
import { useRecordFormContext } from './RecordFormContext.js';
import { useClassNames } from './useClassNames.js';
import { useGroup, type GroupBinding } from './useField.js';
import { useFormSelector } from './useFormSelector.js';

/** One item of a {@link RepeatingGroup}, as its render prop receives it. */
export interface RepeatingGroupItem {
  /** The item's pointer, e.g. `/attendees/2`: build the pointers of its questions on it. */
  readonly pointer: string;
  readonly position: number;
  /** A key that follows the item when items are removed or moved. */
  readonly key: string;
  readonly count: number;
  /** "Invitee 3". */
  readonly legend: string;
  readonly remove: () => void;
  readonly moveUp: () => void;
  readonly moveDown: () => void;
}

/** Props of {@link RepeatingGroup}. */
export interface RepeatingGroupProps {
  /** The list, e.g. `/attendees`. */
  readonly pointer: string;
  /** Draws the questions of one item. */
  readonly children: (item: RepeatingGroupItem) => ReactNode;
  readonly className?: string;
  /** Classes by part (the list's question parts and `item`, `item-legend`, `add`, `remove`...). */
  readonly classNames?: FormClassNames;
  /** Text of the add button (default "Add an invitee"-style, from the item's title). */
  readonly addLabel?: string;
  readonly renderLegend?: (field: GroupBinding) => ReactNode;
  /** Replaces the remove and move buttons of an item. */
  readonly renderControls?: (item: RepeatingGroupItem) => ReactNode;
  /** The fields a new item starts with. */
  readonly newItem?: () => Record<string, unknown>;
}

/**
 * A list of items (invitees, children, actions...) with add, remove and move. Each item is a fieldset
 * with its own legend; a new item takes focus so keyboard and screen-reader users land in it.
 */
export function RepeatingGroup({
  pointer,
  children,
  className,
  classNames,
  addLabel,
  renderLegend,
  renderControls,
  newItem,
}: RepeatingGroupProps) {
  const { form } = useRecordFormContext();
  const field = useGroup(pointer);
  const classes = useClassNames(classNames);
  const keys = useFormSelector((current) => current.itemKeys(pointer), `${pointer}#keys`, Object.is);
  const itemTitle = form.schemaAt(pointer)?.items?.title ?? 'Item';
  const focusKey = useRef<string | undefined>(undefined);
  const items = useRef(new Map<string, HTMLFieldSetElement>());
  useEffect(() => {
    if (focusKey.current === undefined) return;
    items.current.get(focusKey.current)?.focus();
    focusKey.current = undefined;
  }, [keys]);
  // The items are drawn again only when the list or its look changes, not when the list's own error
  // does (a message naming an invitee changes as the name is typed): each item is many questions.
  const itemElements = useMemo(
    () =>
      keys.map((key, position) => {
        const item: RepeatingGroupItem = {
          pointer: `${pointer}/${position}`,
          position,
          key,
          count: keys.length,
          legend: `${itemTitle} ${position + 1}`,
          remove: () => form.removeItem(pointer, position),
          moveUp: () => form.moveItem(pointer, position, position - 1),
          moveDown: () => form.moveItem(pointer, position, position + 1),
        };
        return (
          <fieldset
            key={key}
            className={classFor(classes, 'item')}
            data-part="item"
            tabIndex={-1}
            ref={(element) => {
              if (element === null) items.current.delete(key);
              else items.current.set(key, element);
            }}
          >
            <legend className={classFor(classes, 'item-legend')} data-part="item-legend">
              {item.legend}
            </legend>
            {children(item)}
            {renderControls === undefined ? <ItemControls item={item} classes={classes} /> : renderControls(item)}
          </fieldset>
        );
      }),
    [keys, pointer, itemTitle, form, classes, children, renderControls],
  );
  if (!field.visible) return null;
  const atLimit = keys.length >= (form.schemaAt(pointer)?.maxItems ?? Number.POSITIVE_INFINITY);
  const add = () => {
    const { pointer: added } = form.addItem(pointer, newItem?.());
    if (added !== undefined) focusKey.current = form.itemKeys(pointer).at(-1);
  };
  return QuestionFrame({
    field,
    className,
    classes,
    layout: 'fieldset',
    fieldset: { focusTarget: true },
    renderTitle: renderLegend,
    children: (
      <>
        {itemElements}
        {atLimit ? null : (
          <button type="button" className={classFor(classes, 'add')} data-part="add" onClick={add}>
            {addLabel ?? `Add ${/^[aeiou]/i.test(itemTitle) ? 'an' : 'a'} ${itemTitle.toLowerCase()}`}
          </button>
        )}
      </>
    ),
  });
}

function ItemControls({ item, classes }: { readonly item: RepeatingGroupItem; readonly classes: FormClassNames }) {
  const name = item.legend.toLowerCase();
  const control = (part: 'remove' | 'move-up' | 'move-down', text: string, label: string, onClick: () => void) => (
    <button type="button" className={classFor(classes, part)} data-part={part} aria-label={label} onClick={onClick}>
      {text}
    </button>
  );
  return (
    <div className={classFor(classes, 'item-controls')} data-part="item-controls">
      {control('remove', 'Remove', `Remove ${name}`, item.remove)}
      {item.position > 0 ? control('move-up', 'Move up', `Move up (${name})`, item.moveUp) : null}
      {item.position < item.count - 1 ? control('move-down', 'Move down', `Move down (${name})`, item.moveDown) : null}
    </div>
  );
}
