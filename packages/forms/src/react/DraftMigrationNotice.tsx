import type { ReactNode } from 'react';
import type { DraftMigration } from '../core/draftMigration.js';
import { classFor, type FormClassNames } from './formParts.js';
import { useClassNames } from './useClassNames.js';
import { useRecordFormContext } from './RecordFormContext.js';
import { useFormSelector } from './useFormSelector.js';

/** Props of {@link DraftMigrationNotice}. */
export interface DraftMigrationNoticeProps {
  readonly className?: string;
  readonly classNames?: FormClassNames;
  /** The banner's title (default "Important", as GOV.UK's notification banner words it). */
  readonly title?: ReactNode;
  /** Draws one change (default: "label: reason"). */
  readonly renderChange?: (change: DraftMigration['changes'][number]) => ReactNode;
}

/**
 * Tells the user that the draft they restored was saved under an earlier version of the record and
 * what updating it changed, each change named by its question's label: a GOV.UK notification banner
 * (a region named by its title). Renders nothing unless the latest restored draft was migrated.
 */
export function DraftMigrationNotice({
  className,
  classNames,
  title = 'Important',
  renderChange,
}: DraftMigrationNoticeProps) {
  const { idPrefix } = useRecordFormContext();
  const classes = useClassNames(classNames);
  const migration = useFormSelector((form) => form.getState().migration, 'migration', Object.is);
  if (migration === undefined) return null;
  const titleId = `${idPrefix}-draft-migration-title`;
  return (
    <div
      className={classFor(classes, 'notification-banner', { extra: className })}
      role="region"
      aria-labelledby={titleId}
      data-part="draft-migration"
    >
      <div className={classFor(classes, 'notification-banner-header')}>
        <h2 id={titleId} className={classFor(classes, 'notification-banner-title')}>
          {title}
        </h2>
      </div>
      <div className={classFor(classes, 'notification-banner-content')}>
        <h3 className={classFor(classes, 'notification-banner-heading')}>{migration.heading}</h3>
        <p className={classFor(classes, 'notification-banner-body')}>{migration.introduction}</p>
        <ul className={classFor(classes, 'notification-banner-list')}>
          {migration.changes.map((change) => (
            <li key={`${change.pointer} ${change.change}`}>
              {renderChange === undefined ? `${change.label}: ${change.reason}` : renderChange(change)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
