import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import type { ValidationMode } from '../findings.js';
import { defineRule } from './defineRule.js';
import { quote } from './text.js';
import { NO_HITS, type RuleHit } from './types.js';

const BOTH_MODES = { modes: ['draft', 'final'] } as const;

/** In a draft a reference may point to something not yet added: a warning then, an error for sign-off. */
function forMode(hits: RuleHit[], mode: ValidationMode): readonly RuleHit[] {
  if (hits.length === 0) return NO_HITS;
  return mode === 'draft' ? hits.map((hit) => ({ ...hit, severity: 'warning' as const })) : hits;
}

/** SD-STR-DUPLICATE: two invitees, children, adults, actions or information entries share a reference. */
export const referencesAreUnique = defineRule(
  'SD-STR-DUPLICATE',
  ({ record, mode }) => {
    const hits: RuleHit[] = [];
    for (const list of ['attendees', 'children', 'adults', 'actions', 'informationShared'] as const) {
      const seen = new Set<string>();
      (record[list] ?? []).forEach((item: { id?: string }, position: number) => {
        if (item.id === undefined) return;
        if (seen.has(item.id))
          hits.push({
            pointer: `/${list}/${position}/id`,
            message: `The reference ${quote(item.id)} is used twice in ${list}.`,
          });
        seen.add(item.id);
      });
    }
    return forMode(hits, mode);
  },
  BOTH_MODES,
);

/** SD-STR-REF: a reference points to a child or invitee that is not in the record. */
export const referencesResolve = defineRule(
  'SD-STR-REF',
  ({ record, index, mode }) => {
    const hits: RuleHit[] = [];
    const expect = (id: string | undefined, known: ReadonlySet<string>, pointer: string, what: string) => {
      if (id !== undefined && !known.has(id))
        hits.push({ pointer, message: `${quote(id)} does not match any ${what} in the record.` });
    };
    index.decisions.forEach((decision, i) =>
      expect(decision.childId, index.childIds, `/decisions/${i}/childId`, 'subject child'),
    );
    (record.actions ?? []).forEach((action, i) => {
      expect(action.childId, index.childIds, `/actions/${i}/childId`, 'subject child');
      expect(action.owner?.attendeeId, index.attendeeIds, `/actions/${i}/owner/attendeeId`, 'invitee');
    });
    (record.informationShared ?? []).forEach((entry, i) =>
      expect(entry.attendeeId, index.attendeeIds, `/informationShared/${i}/attendeeId`, 'invitee'),
    );
    (record.circulation?.recipients ?? []).forEach((recipient, i) =>
      expect(recipient.attendeeId, index.attendeeIds, `/circulation/recipients/${i}/attendeeId`, 'invitee'),
    );
    duplicateDecisions(record, hits);
    return forMode(hits, mode);
  },
  BOTH_MODES,
);

function duplicateDecisions(record: StrategyDiscussionRecord, hits: RuleHit[]): void {
  const seen = new Set<string>();
  (record.decisions ?? []).forEach((decision, i) => {
    if (decision.childId === undefined) return;
    if (seen.has(decision.childId))
      hits.push({
        pointer: `/decisions/${i}/childId`,
        message: `There are two decisions for the child ${quote(decision.childId)}.`,
      });
    seen.add(decision.childId);
  });
}
