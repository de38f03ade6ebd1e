import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { leafStrings } from './exampleRecords.js';

/**
 * The parts of a record marked as not for the family: information entries, decisions and actions
 * whose `shareWithFamily` is not true, the risk analysis when it is not shared, the withheld items,
 * the checks on adults and the other children. (Independent of the renderer's own family view: the
 * test states the rule again rather than reuse the code it tests.)
 */
function partsNotForFamily(record: StrategyDiscussionRecord): unknown[] {
  const notShared = <T extends { shareWithFamily?: boolean }>(items: readonly T[] | undefined): T[] =>
    (items ?? []).filter((item) => item.shareWithFamily !== true);
  return [
    notShared(record.informationShared),
    record.riskAnalysis?.shareWithFamily === true ? [] : [record.riskAnalysis],
    notShared(record.decisions),
    notShared(record.actions),
    record.familySharing?.withheld ?? [],
    (record.adults ?? []).map((adult) => adult.checks ?? []),
    record.otherChildren ?? {},
  ];
}

/**
 * The fields new in 1.1 that never reach the family copy, as [object, keys] pairs of the record
 * itself (so canaries can be planted in place): the concerns but the child's words when marked
 * shareable, why the discussion was reconvened, the adults' identity, language and needs, the
 * feedback to agencies and the record's status and amendment.
 */
function fieldsNew11NotForFamily(record: StrategyDiscussionRecord): [Record<string, unknown>, string[]][] {
  const pairs: [Record<string, unknown>, string[]][] = [];
  const concerns = record.concerns as Record<string, unknown> | undefined;
  if (concerns !== undefined)
    pairs.push([
      concerns,
      Object.keys(concerns).filter((key) => key !== 'childVoice' || concerns['childVoiceShareWithFamily'] !== true),
    ]);
  if (record.meeting !== undefined) pairs.push([record.meeting as Record<string, unknown>, ['reconvenedReason']]);
  for (const adult of record.adults ?? [])
    pairs.push([
      adult as Record<string, unknown>,
      ['identity', 'firstLanguage', 'interpreterLanguage', 'additionalNeedsDetails'],
    ]);
  if (record.plan !== undefined) pairs.push([record.plan as Record<string, unknown>, ['agencyFeedback']]);
  if (record.signOff !== undefined) pairs.push([record.signOff as Record<string, unknown>, ['amendmentReason']]);
  return pairs;
}

/** The strings of the parts marked not for the family. */
export function stringsNotForFamily(record: StrategyDiscussionRecord): string[] {
  return [...new Set(leafStrings(partsNotForFamily(record)))];
}

// Free-text properties: any text is valid there, so a canary can stand in for the value.
const FREE_TEXT = new Set([
  'description',
  'fullName',
  'name',
  'contributor',
  'information',
  'checks',
  'analysis',
  'strengths',
  'dissent',
  'dissentEscalation',
  'rationale',
  'leadSocialWorker',
  'leadOfficer',
  'conductAndTiming',
  'who',
  'notAloneReason',
  'examiner',
  'location',
  'consentBy',
  'interviewers',
  'what',
  'reason',
  'result',
  'noneStatement',
  'relationship',
  'school',
  'considerations',
  'agency',
  // New in 1.1.
  'childVoice',
  'history',
  'referralSource',
  'tool',
  'reconvenedReason',
  'amendmentReason',
  'feedback',
  'byWhom',
  'identity',
  'firstLanguage',
  'interpreterLanguage',
  'additionalNeedsDetails',
]);

/**
 * The record with every free-text value in the parts not for the family (and in the fields new in
 * 1.1 that the family copy leaves out) replaced by a unique canary
 * ("Zkanary7Ż…"), and the canaries: a family copy of it must contain none of them.
 */
export function withCanaries(record: StrategyDiscussionRecord): {
  record: StrategyDiscussionRecord;
  canaries: string[];
} {
  const copy = structuredClone(record);
  const canaries: string[] = [];
  const plant = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') {
      if (!FREE_TEXT.has(key)) return value;
      const canary = `Zkanary${canaries.length}Ż`;
      canaries.push(canary);
      return canary;
    }
    if (Array.isArray(value)) return value.map((item) => plant(item, key));
    if (typeof value === 'object' && value !== null) {
      for (const [name, field] of Object.entries(value)) (value as Record<string, unknown>)[name] = plant(field, name);
    }
    return value;
  };
  for (const part of partsNotForFamily(copy)) plant(part);
  for (const [owner, keys] of fieldsNew11NotForFamily(copy))
    for (const key of keys) if (owner[key] !== undefined) owner[key] = plant(owner[key], key);
  return { record: copy, canaries };
}

/** The text of an HTML document: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
