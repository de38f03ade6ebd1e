import { blocks, field, keyValues, notice, subheading } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

/** Section 7: the child protection medical and ABE interview decisions, per child. */
export function medicalSection({ record, audience, childName }: SectionContext): MinutesBlock[] {
  const decisions = asList(record.decisions).filter((decision) => asObject(decision) !== undefined);
  if (decisions.length === 0) {
    return [
      notice(
        audience === 'family'
          ? 'No medical arrangements are shared with the family in these minutes.'
          : 'No decisions recorded.',
      ),
    ];
  }
  return decisions.flatMap((decision) => {
    const medical = asObject(decision.medical);
    const abe = asObject(decision.abeInterview);
    return blocks(
      subheading(childName(decision.childId) ?? 'Child not recorded'),
      keyValues(
        field('Child protection medical', enumLabel('medical', 'decision', medical?.decision)),
        field('Why', medical?.rationale, { optional: medical === undefined }),
        field('Examiner', medical?.examiner, { optional: true }),
        field('When', formatDateOrDateTime(medical?.arrangedFor), { optional: true }),
        field('Where', medical?.location, { optional: true }),
        field('Consent', enumLabel('medical', 'consent', medical?.consent), { optional: true }),
        audience === 'professionals'
          ? field('Consent given or refused by', medical?.consentBy, { optional: true })
          : undefined,
        audience === 'professionals'
          ? field('ABE interview', enumLabel('abeInterview', 'decision', abe?.decision))
          : undefined,
        audience === 'professionals' ? field('Why (ABE)', abe?.rationale, { optional: abe === undefined }) : undefined,
        audience === 'professionals' ? field('Interviewers', abe?.interviewers, { optional: true }) : undefined,
        audience === 'professionals'
          ? field('Interview planned for', formatDateOrDateTime(abe?.when), { optional: true })
          : undefined,
      ),
    );
  });
}
