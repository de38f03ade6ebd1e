import { displayText, field, notice, NOT_RECORDED } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel, fieldTitle } from '../labels.js';
import type { DecisionBlock, KeyValue, MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

/** Section 8: the outcome and rationale for each child, drawn prominently by every back end. */
export function decisionsSection({ record, audience, childName }: SectionContext): MinutesBlock[] {
  const decisions = asList(record.decisions).filter((decision) => asObject(decision) !== undefined);
  if (decisions.length === 0) {
    return [
      notice(
        audience === 'family' ? 'No decisions are shared with the family in these minutes.' : 'No decisions recorded.',
      ),
    ];
  }
  return decisions.map((decision): DecisionBlock => {
    const s47 = asObject(decision.s47);
    const investigation = asObject(s47?.criminalInvestigation);
    const seeChild = asObject(s47?.seeChild);
    const details: (KeyValue | undefined)[] =
      s47 === undefined
        ? []
        : [
            field('Enquiry', enumLabel('s47', 'enquiryType', s47.enquiryType)),
            field('Lead social worker', s47.leadSocialWorker),
            ...(audience === 'professionals'
              ? [
                  field('Lead for the criminal investigation', investigation?.leadOfficer, {
                    optional: s47.enquiryType !== 'joint',
                  }),
                  field(
                    fieldTitle('s47', 'criminalInvestigation', 'startedOn'),
                    formatDateOrDateTime(investigation?.startedOn),
                    { optional: true },
                  ),
                  field('Conduct and timing of the criminal investigation', investigation?.conductAndTiming, {
                    optional: s47.enquiryType !== 'joint',
                  }),
                  field('Who will see the child', seeChild?.who),
                  field('Child to be seen by', formatDateOrDateTime(seeChild?.byWhen)),
                  field('Seen alone', enumLabel('seeChild', 'seenAlone', seeChild?.seenAlone)),
                  field('Why not alone', seeChild?.notAloneReason, { optional: true }),
                  field('Shared with the family', decision.shareWithFamily === true ? 'Yes' : 'No'),
                ]
              : []),
          ];
    if (s47 === undefined && audience === 'professionals')
      details.push(field('Shared with the family', decision.shareWithFamily === true ? 'Yes' : 'No'));
    return {
      kind: 'decision',
      child: childName(decision.childId) ?? 'Child not recorded',
      outcome: enumLabel('decision', 'outcome', displayText(decision.outcome)) ?? NOT_RECORDED,
      rationale: displayText(decision.rationale) ?? NOT_RECORDED,
      details: details.filter((item): item is KeyValue => item !== undefined),
    };
  });
}
