import { type MinutesTemplateSection, recordSection } from '@strategy-record/schemas/core';
import { type DragEvent, useEffect, useRef, useState } from 'react';
import { moveSection } from './templateDraft.js';

type Direction = 'up' | 'down';

/**
 * The template's sections in order, numbered as the minutes number them. Each moves by dragging or
 * by its "Move up" and "Move down" buttons, so a keyboard or screen-reader user can reorder too;
 * after a move the focus stays on the moved section's button and the new position is announced.
 */
export function SectionOrder({
  sections,
  onChange,
}: {
  readonly sections: readonly MinutesTemplateSection[];
  readonly onChange: (sections: MinutesTemplateSection[]) => void;
}) {
  const [dragged, setDragged] = useState<number | undefined>(undefined);
  const [target, setTarget] = useState<number | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ readonly id: string; readonly direction: Direction } | undefined>(undefined);

  useEffect(() => {
    const wanted = refocus.current;
    if (wanted === undefined || list.current === null) return;
    refocus.current = undefined;
    const buttons = [...list.current.querySelectorAll<HTMLButtonElement>(`[data-section="${wanted.id}"] button`)];
    const same = buttons.find((button) => button.dataset.move === wanted.direction && !button.disabled);
    (same ?? buttons.find((button) => !button.disabled))?.focus();
  });

  const move = (from: number, to: number, direction?: Direction) => {
    const section = sections[from];
    if (section === undefined || from === to) return;
    const moved = moveSection(sections, from, to);
    if (direction !== undefined) refocus.current = { id: section.id, direction };
    setAnnouncement(`“${headingOf(section)}” is now section ${to + 1} of ${moved.length}.`);
    onChange(moved);
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    if (dragged !== undefined) move(dragged, index);
    setDragged(undefined);
    setTarget(undefined);
  };

  return (
    <>
      <ol className="section-order" ref={list}>
        {sections.map((section, index) => (
          <li
            key={section.id}
            data-section={section.id}
            draggable
            data-dragged={dragged === index ? 'true' : undefined}
            data-drop-target={target === index && dragged !== index ? 'true' : undefined}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', section.id);
              setDragged(index);
            }}
            onDragOver={(event) => {
              event.preventDefault();
              setTarget(index);
            }}
            onDragEnd={() => {
              setDragged(undefined);
              setTarget(undefined);
            }}
            onDrop={(event) => onDrop(event, index)}
          >
            <span className="section-order-grip" aria-hidden="true">
              ⠿
            </span>
            <span className="section-order-heading">
              {index + 1}. {headingOf(section)}
            </span>
            <button
              type="button"
              data-move="up"
              disabled={index === 0}
              onClick={() => move(index, index - 1, 'up')}
              aria-label={`Move “${headingOf(section)}” up`}
            >
              Move up
            </button>
            <button
              type="button"
              data-move="down"
              disabled={index === sections.length - 1}
              onClick={() => move(index, index + 1, 'down')}
              aria-label={`Move “${headingOf(section)}” down`}
            >
              Move down
            </button>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}

/** The heading the minutes print: the template's own, else the toolkit's title for the section. */
function headingOf(section: MinutesTemplateSection): string {
  return section.heading ?? recordSection(section.id)?.title ?? section.id;
}
