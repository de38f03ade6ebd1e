import { blocks, column, table } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

/**
 * Section 10: the actions table (owner, agency, due date). Back ends repeat its header row on every
 * page and never split a row across pages.
 */
export function actionsSection({ record, audience, childName }: SectionContext): MinutesBlock[] {
  const actions = asList(record.actions).filter((action) => asObject(action) !== undefined);
  return blocks(
    table(
      'actions',
      'Actions',
      [
        column('Ref', 1.2),
        column('Action', 6),
        column('Owner', 2.6),
        column('Agency', 2.6),
        column('Due by', 2.6),
        column('Status', 1.4),
      ],
      actions.map((action) => {
        const owner = asObject(action.owner);
        const child = childName(action.childId);
        return [
          action.id,
          child === undefined ? action.description : `${action.description ?? ''}\n(${child})`,
          owner?.fullName,
          owner?.agency,
          formatDateOrDateTime(action.dueBy),
          enumLabel('action', 'status', action.status),
        ];
      }),
      audience === 'family' ? 'No actions are shared with the family in these minutes.' : 'No actions recorded.',
    ),
  );
}
