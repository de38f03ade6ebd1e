import { defineRule } from './defineRule.js';
import { hasText } from './text.js';
import { NO_HITS, type RuleHit } from './types.js';

/** SD-S47-5: a Section 47 enquiry and no decision on immediate safety action or on legal action. */
export const safetyAndLegalActionDecided = defineRule('SD-S47-5', ({ record, index }) => {
  if (index.s47Decisions.length === 0) return NO_HITS;
  const hits: RuleHit[] = [];
  if (record.plan?.immediateSafety === undefined) {
    hits.push({
      pointer: '/plan/immediateSafety',
      message: 'A Section 47 enquiry was decided but the decision on immediate safety action is not recorded.',
    });
  }
  if (record.plan?.legalAction === undefined) {
    hits.push({
      pointer: '/plan/legalAction',
      message: 'A Section 47 enquiry was decided but the decision on legal action is not recorded.',
    });
  }
  return hits.length > 0 ? hits : NO_HITS;
});

/** SD-S47-6: a Section 47 enquiry and no information-gathering plan. */
export const informationGatheringPlanned = defineRule('SD-S47-6', ({ record, index }) => {
  if (index.s47Decisions.length === 0 || (record.plan?.informationGathering?.length ?? 0) > 0) return NO_HITS;
  return [
    {
      pointer: '/plan/informationGathering',
      message:
        'A Section 47 enquiry was decided but there is no information-gathering plan (what, by whom, by when and why).',
    },
  ];
});

/** SD-S47-8: a child in hospital and no safe discharge plan. */
export const safeDischargePlanned = defineRule('SD-S47-8', ({ record, index }) => {
  if (hasText(record.plan?.hospitalDischarge)) return NO_HITS;
  const inHospital = index.children.filter(
    (child) => child.inHospital === 'in-patient' || child.inHospital === 'attending',
  );
  if (inHospital.length === 0) return NO_HITS;
  const names = inHospital.map((child) => child.fullName ?? 'a child').join(', ');
  return [
    {
      pointer: '/plan/hospitalDischarge',
      message: `${names} ${inHospital.length > 1 ? 'are' : 'is'} in hospital but there is no safe discharge plan.`,
    },
  ];
});
