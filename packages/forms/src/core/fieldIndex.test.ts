import { recordSchema } from '@strategy-record/schemas';
import { describe, expect, it } from 'vitest';
import { fieldIndexFor, type FieldSchema } from './fieldIndex.js';

const index = fieldIndexFor(recordSchema);

function conditionalFields(field: FieldSchema, found: Record<string, string> = {}): Record<string, string> {
  if (field.conditions.length > 0) {
    found[field.path] = field.conditions
      .map(
        ({ controller, values, negated }) =>
          `${negated ? 'not ' : ''}${controller}${values === undefined ? ' answered' : ` in ${values.join('|')}`}`,
      )
      .join(' or ');
  }
  field.properties?.forEach((property) => conditionalFields(property, found));
  if (field.items !== undefined) conditionalFields(field.items, found);
  return found;
}

describe('the field index of the record schema', () => {
  it('reads every condition of the schema as show/hide rules (one source of truth)', () => {
    expect(conditionalFields(index.root)).toEqual({
      '/meeting/previousRecordId': 'sequence in reconvened',
      '/meeting/chair/agency/healthRole': 'type in health',
      '/meeting/minuteTaker/agency/healthRole': 'type in health',
      '/attendees/-/agency/healthRole': 'type in health',
      '/children/-/dateOfBirth': 'not unborn in true',
      '/children/-/expectedDeliveryDate': 'unborn in true',
      '/children/-/interpreterLanguage': 'interpreterNeeded in yes',
      '/children/-/additionalNeedsDetails': 'additionalNeeds in yes',
      '/children/-/hospital': 'inHospital in in-patient|attending',
      '/otherChildren/noneStatement': 'status in none',
      '/otherChildren/children': 'status in listed',
      '/informationShared/-/agency/healthRole': 'type in health',
      '/riskAnalysis/dissentEscalation': 'dissent answered',
      '/decisions/-/s47': 'outcome in s47-enquiry',
      '/decisions/-/s47/criminalInvestigation': 'enquiryType in joint',
      '/decisions/-/medical/rationale': 'decision in not-required',
      '/decisions/-/medical/examiner': 'decision in required',
      '/decisions/-/medical/arrangedFor': 'decision in required',
      '/decisions/-/medical/consent': 'decision in required',
      '/plan/immediateSafetyDetails': 'immediateSafety in taken|planned',
      '/familySharing/whatIsShared': 'decision in share-all|share-some',
      '/familySharing/sharedBy': 'decision in share-all|share-some',
      '/familySharing/withheld': 'decision in share-some|share-none',
      '/furtherDiscussion/by': 'needed in true',
      '/furtherDiscussion/rationale': 'needed in true',
    });
  });

  it.each([
    ['/meeting/chair/fullName', 'shortText', 'Full name'],
    ['/meeting/startedAt', 'dateTime', 'Started at'],
    ['/children/3/dateOfBirth', 'date', 'Date of birth'],
    ['/actions/-/dueBy', 'dateOrDateTime', 'Due by'],
    ['/concerns/reason', 'text', 'Reason for the discussion'],
    ['/concerns/categories', 'choices', 'Category of harm'],
    ['/attendees', 'list', 'Invitees and attendees'],
    ['/attendees/0/id', 'reference', 'Invitee reference'],
    ['/attendees/0/email', 'email', 'Email'],
    ['/decisions/0/outcome', 'choice', 'Outcome'],
    ['/furtherDiscussion/needed', 'boolean', 'Further discussion needed'],
  ])('%s is a %s question labelled from the schema title', (pointer, kind, title) => {
    const field = index.fieldAt(pointer);
    expect(field?.kind).toBe(kind);
    expect(field?.title).toBe(title);
  });

  it('labels options with x-enumTitles', () => {
    expect(index.fieldAt('/attendees/0/agency/type')?.options?.slice(0, 3)).toEqual([
      { value: 'csc', label: "Children's social care" },
      { value: 'police', label: 'Police' },
      { value: 'health', label: 'Health' },
    ]);
  });

  it.each(['/nothing', '/meeting/chair/nickname', '/attendees/x', '/__proto__', '/meeting/constructor'])(
    'knows no field at %s',
    (pointer) => {
      expect(index.fieldAt(pointer)).toBeUndefined();
    },
  );

  it.each([
    [
      { if: { properties: { a: { minLength: 2 } }, required: ['a'] }, then: { required: ['b'] } },
      'must use const or enum',
    ],
    [{ if: { required: ['a', 'b'] }, then: { required: ['c'] } }, 'is not one the form can show or hide'],
    [{ if: { not: { required: ['a'] } }, then: { required: ['b'] } }, 'is not one the form can show or hide'],
    [{ if: { required: ['a'] }, then: { required: ['missing'] } }, 'which is not a property'],
  ])('refuses a condition it cannot show questions by: %j', (condition, message) => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
      ...condition,
    };
    expect(() => fieldIndexFor(schema)).toThrow(message);
  });

  it('lets a property opt out of conditional visibility with x-visibility: always', () => {
    const schema = {
      type: 'object',
      properties: {
        decision: { type: 'string', enum: ['yes', 'no'] },
        rationale: { type: 'string', 'x-visibility': 'always' },
      },
      if: { properties: { decision: { const: 'no' } }, required: ['decision'] },
      then: { required: ['rationale'] },
    };
    expect(fieldIndexFor(schema).fieldAt('/rationale')?.conditions).toEqual([]);
  });
});
