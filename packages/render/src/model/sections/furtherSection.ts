import { blocks, field, keyValues } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { yesNo } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

/** Section 12: whether another strategy discussion is needed, and the ICPC target date. */
export function furtherSection({ record, audience }: SectionContext): MinutesBlock[] {
  const further = asObject(record.furtherDiscussion);
  const icpc = asObject(record.icpc);
  return blocks(
    keyValues(
      field('Further strategy discussion needed', yesNo(further?.needed)),
      field('To be held by', formatDateOrDateTime(further?.by), { optional: further?.needed !== true }),
      audience === 'professionals'
        ? field('Why', further?.rationale, { optional: further?.needed !== true })
        : undefined,
      field('Initial child protection conference by', formatDateOrDateTime(icpc?.targetDate), {
        optional: audience === 'family',
      }),
      audience === 'professionals'
        ? field('ICPC timescale counted from record', icpc?.anchorRecordId, { optional: true })
        : undefined,
    ),
  );
}
