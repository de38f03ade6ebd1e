import type { Finding } from '@strategy-record/validators';
import { compareDocumentOrder } from './documentOrder.js';
import type { FieldIndex, FieldSchema } from './fieldIndex.js';
import { getAt, isArrayIndex } from './jsonPointer.js';
import { isAnswered } from './visibility.js';

/**
 * What to do, in GOV.UK's words, for the required questions whose wording made from their title
 * would read badly. Keyed by the question's path with list positions as `*`; `{item}` becomes the
 * list item ("invitee 2").
 */
const ASK: Readonly<Record<string, string>> = {
  '/recordId': 'Enter the record id',
  '/meeting/kind': 'Select whether this was a strategy discussion or a strategy meeting',
  '/meeting/sequence': 'Select whether this is the initial discussion or a reconvened one',
  '/meeting/format': 'Select how the discussion was held',
  '/meeting/startedAt': 'Enter the date and time the discussion started',
  '/meeting/concernsIdentifiedAt': 'Enter the date and time the concerns were identified',
  '/meeting/urgency': 'Select how urgent the concerns are',
  '/meeting/chair/fullName': 'Enter the full name of the chair',
  '/meeting/chair/role': 'Enter the role of the chair',
  '/attendees/*/fullName': 'Enter the full name of {item}',
  '/attendees/*/role': 'Enter the role of {item}',
  '/attendees/*/agency/name': 'Enter the agency of {item}',
  '/attendees/*/agency/type': 'Select the type of agency of {item}',
  '/attendees/*/attendance': 'Select whether {item} attended',
  '/children/*/fullName': 'Enter the full name of {item}',
  '/children/*/dateOfBirth': 'Enter the date of birth of {item}',
  '/children/*/ethnicity': 'Select the ethnicity of {item}, or "Not known"',
  '/children/*/firstLanguage': 'Enter the first language of {item}, or "Not known"',
  '/children/*/interpreterNeeded': 'Select whether {item} needs an interpreter',
  '/children/*/additionalNeeds': 'Select whether {item} has disability or communication needs',
  '/otherChildren/status':
    'Select whether there are other children in the household or in contact with the alleged abuser',
  '/concerns/reason': 'Enter the reason for the discussion',
  '/concerns/categories': 'Select the category of harm',
  '/riskAnalysis/analysis': 'Enter the multi-agency risk analysis',
  '/decisions/*/childId': 'Enter the id of the child {item} is about',
  '/decisions/*/outcome': 'Select the outcome of {item}',
  '/decisions/*/rationale': 'Enter the reason for {item}',
  '/decisions/*/medical/decision': 'Select whether a child protection medical is needed for {item}',
  '/actions/*/description': 'Enter what {item} is',
  '/actions/*/owner/fullName': 'Enter the full name of the owner of {item}',
  '/actions/*/owner/agency': 'Enter the agency of the owner of {item}',
  '/actions/*/dueBy': 'Enter the date {item} is due by',
  '/familySharing/decision': 'Select what is shared with the family',
  '/signOff/chairName': 'Enter the name of the chair who signs off the record',
  '/signOff/signedAt': 'Enter the date and time the record was signed off',
};

// Rules of the schema itself: their explanation ("a final record must fill in every field the
// schema requires") tells a social worker nothing to act on, so it is never added.
const SCHEMA_RULE = /^SD-STR-/;

/**
 * The error messages a user can act on, one per question in page order, from the validator's
 * findings (errors only): a question left empty says what to do ("Enter the date and time the
 * discussion started", "Select whether …"); any other finding keeps its own sentence. The rule's
 * longer explanation, which the validator repeats after every finding of that rule, is said once:
 * after the first message of the rule. Several findings on one question become one message.
 * Rule ids and pointers are the validator's, unchanged.
 */
export function presentErrors(
  findings: readonly Finding[],
  index: FieldIndex,
  record: unknown,
): Map<string, { readonly message: string; readonly ruleId: string }> {
  const errors = findings
    .filter((finding) => finding.severity === 'error')
    .sort((a, b) => compareDocumentOrder(index, a.pointer, b.pointer));
  const explanations = explanationsByRule(errors);
  const explained = new Set<string>();
  const byPointer = new Map<string, { sentences: string[]; explained: string[]; ruleId: string }>();
  for (const finding of errors) {
    const explanation = explanations.get(finding.ruleId);
    const own = explanation === undefined ? finding.message : withoutEnd(finding.message, explanation);
    const sentence = askFor(finding.pointer, index, record) ?? own;
    const entry = byPointer.get(finding.pointer) ?? { sentences: [], explained: [], ruleId: finding.ruleId };
    if (!entry.sentences.includes(sentence)) entry.sentences.push(sentence);
    if (explanation !== undefined && !explained.has(finding.ruleId) && !SCHEMA_RULE.test(finding.ruleId)) {
      explained.add(finding.ruleId);
      entry.explained.push(explanation);
    }
    byPointer.set(finding.pointer, entry);
  }
  return new Map(
    [...byPointer].map(([pointer, { sentences, explained: said, ruleId }]) => [
      pointer,
      { message: [...sentences, ...said].map(asSentence).join(' '), ruleId },
    ]),
  );
}

/**
 * A rule's explanation: the sentences every one of its messages ends with, when it has several
 * (the validator writes "<what is wrong here>. <what the rule asks>").
 */
function explanationsByRule(findings: readonly Finding[]): Map<string, string> {
  const messages = new Map<string, string[]>();
  for (const { ruleId, message } of findings) messages.set(ruleId, [...(messages.get(ruleId) ?? []), message]);
  const explanations = new Map<string, string>();
  for (const [ruleId, list] of messages) {
    if (new Set(list).size < 2) continue;
    const [first, ...rest] = list as [string, ...string[]];
    // Candidate endings start after a sentence: longest first.
    for (let at = first.indexOf('. '); at >= 0; at = first.indexOf('. ', at + 1)) {
      const ending = first.slice(at + 2);
      if (rest.every((message) => message.endsWith(` ${ending}`) && message !== ending)) {
        explanations.set(ruleId, ending);
        break;
      }
    }
  }
  return explanations;
}

function withoutEnd(message: string, ending: string): string {
  return message.endsWith(ending) ? message.slice(0, -ending.length).trimEnd() : message;
}

const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** What to do about a question left empty, or `undefined` when the question is answered or is a group. */
function askFor(pointer: string, index: FieldIndex, record: unknown): string | undefined {
  const field = index.fieldAt(pointer);
  if (field === undefined || field.kind === 'group' || isAnswered(getAt(record, pointer))) return undefined;
  const segments = pointer.split('/').slice(1);
  const item = itemName(index, segments);
  const path = `/${segments.map((segment) => (isArrayIndex(segment) ? '*' : segment)).join('/')}`;
  const worded = ASK[path];
  if (worded !== undefined) return item === undefined ? worded : worded.replace('{item}', item);
  const forItem = item === undefined ? '' : ` for ${item}`;
  return `${verbFor(field)}${forItem}`;
}

function verbFor(field: FieldSchema): string {
  const title = lowerFirst(field.title);
  switch (field.kind) {
    case 'list':
      return `Add at least one ${(field.items?.title ?? title).toLowerCase()}`;
    case 'choice':
    case 'choices':
    case 'boolean':
      return `Select ${title}`;
    default:
      return `Enter ${title}`;
  }
}

/** "invitee 2", "decision 1" (not "decision for a child 1"): the innermost list item the pointer is in. */
function itemName(index: FieldIndex, segments: readonly string[]): string | undefined {
  for (let end = segments.length - 1; end > 0; end -= 1) {
    const segment = segments[end]!;
    if (!isArrayIndex(segment)) continue;
    const list = index.fieldAt(`/${segments.slice(0, end).join('/')}`);
    const title = list?.items?.title;
    if (title !== undefined) return `${title.split(' for ')[0]!.toLowerCase()} ${Number(segment) + 1}`;
  }
  return undefined;
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
