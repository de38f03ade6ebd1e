import type { ReactNode } from 'react';
import type { SectionStatus } from '../core/formSections.js';
import type { SectionState } from '../core/recordFormTypes.js';
import { classFor, type FormClassNames } from './formParts.js';
import { useRecordFormContext } from './RecordFormContext.js';
import { useClassNames } from './useClassNames.js';
import { useFormSelector } from './useFormSelector.js';

/** The words GOV.UK's task list pattern uses for each status. */
export const SECTION_STATUS_LABELS: Readonly<Record<SectionStatus, string>> = {
  'not-started': 'Not yet started',
  'in-progress': 'In progress',
  complete: 'Completed',
  'has-errors': 'There is a problem',
};

/** Props of {@link TaskList}. */
export interface TaskListProps {
  readonly className?: string;
  readonly classNames?: FormClassNames;
  /** Where a section's link goes (default `#<prefix>-section-<id>`). */
  readonly hrefFor?: (section: SectionState) => string;
  readonly statusLabels?: Partial<Record<SectionStatus, string>>;
  /** Replaces the markup of one entry. */
  readonly renderItem?: (section: SectionState, statusLabel: string) => ReactNode;
}

const sameStatuses = (a: readonly SectionState[], b: readonly SectionState[]) =>
  a.length === b.length && a.every((section, position) => section.status === b[position]!.status);

/**
 * The task list: each section of the record with its status (not yet started, in progress,
 * completed, there is a problem). The status is tied to the link by `aria-describedby`. As in the
 * GOV.UK task list, "Completed" is plain text and every other status a tag (`task-tag` and its
 * `task-tag-<status>` modifier), so the sections still to do stand out.
 */
export function TaskList({ className, classNames, hrefFor, statusLabels, renderItem }: TaskListProps) {
  const { idPrefix } = useRecordFormContext();
  const classes = useClassNames(classNames);
  const sections = useFormSelector((current) => current.sections(), 'sections', sameStatuses);
  return (
    <ul className={classFor(classes, 'task-list', { extra: className })} data-part="task-list">
      {sections.map((section) => {
        const label = statusLabels?.[section.status] ?? SECTION_STATUS_LABELS[section.status];
        const statusId = `${idPrefix}-task-${section.id}-status`;
        return (
          <li
            key={section.id}
            className={classFor(classes, 'task', renderItem === undefined && 'task-with-link')}
            data-status={section.status}
          >
            {renderItem === undefined ? (
              <>
                <div className={classFor(classes, 'task-name')} data-part="name">
                  <a
                    className={classFor(classes, 'task-link')}
                    href={hrefFor === undefined ? `#${idPrefix}-section-${section.id}` : hrefFor(section)}
                    aria-describedby={statusId}
                  >
                    {section.title}
                  </a>
                </div>
                <div id={statusId} className={classFor(classes, 'task-status')} data-part="status">
                  {section.status === 'complete' ? (
                    label
                  ) : (
                    <strong className={classFor(classes, 'task-tag', `task-tag-${section.status}`)} data-part="tag">
                      {label}
                    </strong>
                  )}
                </div>
              </>
            ) : (
              renderItem(section, label)
            )}
          </li>
        );
      })}
    </ul>
  );
}
