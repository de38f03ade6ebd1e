import { defineRule } from './defineRule.js';
import { NO_HITS, type RuleHit } from './types.js';

/** SD-DEC-1: every subject child has an outcome decision. (The schema checks each decision is complete.) */
export const decisionForEveryChild = defineRule('SD-DEC-1', ({ index }) => {
  const decided = new Set(index.decisions.map((decision) => decision.childId));
  const hits: RuleHit[] = [];
  index.children.forEach((child, position) => {
    if (child.id !== undefined && !decided.has(child.id)) {
      hits.push({
        pointer: `/children/${position}`,
        message: `No outcome decision is recorded for ${child.fullName ?? `child ${position + 1}`}.`,
      });
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});

/** SD-MED-4: consent to a medical was refused and no further strategy discussion is planned. */
export const furtherDiscussionWhenConsentRefused = defineRule('SD-MED-4', ({ record, index }) => {
  if (record.furtherDiscussion?.needed === true) return NO_HITS;
  const hits: RuleHit[] = [];
  index.decisions.forEach((decision, position) => {
    if (decision.medical?.consent === 'refused') {
      hits.push({
        pointer: `/decisions/${position}/medical/consent`,
        message: `Consent to the medical was refused${childName(index.children, decision.childId)} but no further strategy discussion is planned.`,
      });
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});

/** SD-FUR-1 (the part the schema cannot see): an outcome of "further strategy discussion" without one planned. */
export const furtherDiscussionWhenDecided = defineRule('SD-FUR-1', ({ record, index }) => {
  if (record.furtherDiscussion?.needed === true) return NO_HITS;
  const position = index.decisions.findIndex((decision) => decision.outcome === 'further-strategy-discussion');
  if (position < 0) return NO_HITS;
  return [
    {
      pointer: '/furtherDiscussion',
      message: `The outcome${childName(index.children, index.decisions[position]!.childId)} is a further strategy discussion, but none is planned with a date and rationale.`,
    },
  ];
});

function childName(children: readonly { id?: string; fullName?: string }[], childId: string | undefined): string {
  const child = children.find((candidate) => candidate.id === childId);
  return child?.fullName === undefined ? '' : ` for ${child.fullName}`;
}
