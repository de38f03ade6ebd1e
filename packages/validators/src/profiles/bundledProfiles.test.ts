import { recordSchema } from '@strategy-record/schemas';
import profileSchema from '@strategy-record/schemas/profile.schema.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { validateProfileSchema } from '../generated/profileSchemaValidator.js';
import { bundledProfiles } from './bundledProfiles.js';
import { describeTimescale } from './describeTimescale.js';
import type { LocalProcedureProfileDocument, UrgencyCategory } from './profileTypes.js';
import { resolveProfile } from './resolveProfile.js';
import { urgencyCategories } from './urgencyCategories.js';

const resolved = (id: string) => {
  const result = resolveProfile(id);
  if (!result.ok) throw result.error;
  return result.profile;
};

describe('the bundled profiles', () => {
  it.each(Object.entries(bundledProfiles))('%s is valid against the profile schema', (id, document) => {
    expect(validateProfileSchema(document) ? [] : validateProfileSchema.errors).toEqual([]);
    expect(document.id).toEqual(id);
  });

  it.each([
    ['lancashire', 'lancashire-strategy-discussions-and-s47.txt'],
    ['convening-a-strategy-meeting', 'convening-a-strategy-meeting.txt'],
    ['strategy-meetings-two-working-days', 'strategy-meetings-two-working-days.txt'],
    ['practitioner-guide', 'practitioner-guide-strategy-discussions.txt'],
    ['halton-pan-cheshire', 'halton-pan-cheshire-strategy-discussions.txt'],
  ])('%s cites its procedure file %s', (id, file) => {
    expect(bundledProfiles[id]?.source?.file).toEqual(file);
  });

  // The timescales table of docs/profiles.md, with "—" (the procedure is silent) filled from the national default,
  // except where the procedure's general rule covers every other concern (regression D1): the Single
  // Point of Contact guidance's 2 working days and Halton's 3 days after the request.
  const table: Record<string, Record<UrgencyCategory | 'childSeen' | 'icpc' | 'writeUp' | 'circulation', string>> = {
    'national-default': {
      'serious-harm': 'same day',
      'sexual-abuse-forensic': '3 working days',
      'immediate-action-taken': '3 working days',
      complex: '3 working days',
      'extra-familial-multiple': '3 working days',
      standard: '3 working days',
      childSeen: 'no fixed limit',
      icpc: '15 working days',
      writeUp: 'no fixed limit',
      circulation: '1 working day',
    },
    lancashire: {
      'serious-harm': 'same day',
      'sexual-abuse-forensic': '3 working days',
      'immediate-action-taken': '3 working days',
      complex: '5 working days',
      'extra-familial-multiple': '3 working days',
      standard: '3 working days',
      childSeen: '24 hours',
      icpc: '15 working days',
      writeUp: '24 hours',
      circulation: '24 hours',
    },
    'convening-a-strategy-meeting': {
      'serious-harm': 'same day',
      'sexual-abuse-forensic': 'same day',
      'immediate-action-taken': '1 working day',
      complex: '5 working days',
      'extra-familial-multiple': '5 working days',
      standard: '3 working days',
      childSeen: 'no fixed limit',
      icpc: '15 working days',
      writeUp: 'no fixed limit',
      circulation: '1 working day',
    },
    'strategy-meetings-two-working-days': {
      'serious-harm': 'same day',
      'sexual-abuse-forensic': '2 working days',
      'immediate-action-taken': '2 working days',
      complex: '5 working days',
      'extra-familial-multiple': '2 working days',
      standard: '2 working days',
      childSeen: 'no fixed limit',
      icpc: '15 working days',
      writeUp: 'no fixed limit',
      circulation: '1 working day',
    },
    'practitioner-guide': {
      'serious-harm': 'same day',
      'sexual-abuse-forensic': '3 working days',
      'immediate-action-taken': '3 working days',
      complex: '3 working days',
      'extra-familial-multiple': '3 working days',
      standard: '3 working days',
      childSeen: 'no fixed limit',
      icpc: '15 working days',
      writeUp: 'no fixed limit',
      circulation: '1 working day',
    },
    'halton-pan-cheshire': {
      'serious-harm': 'same day',
      'sexual-abuse-forensic': 'same day',
      'immediate-action-taken': '3 calendar days',
      complex: '5 working days',
      'extra-familial-multiple': '3 calendar days',
      standard: '3 calendar days',
      childSeen: 'no fixed limit',
      icpc: '15 working days',
      writeUp: 'no fixed limit',
      circulation: '1 working day',
    },
  };

  it.each(Object.keys(table))('%s resolves to the timescales of the table in docs/profiles.md', (id) => {
    const profile = resolved(id);
    const actual = {
      ...Object.fromEntries(
        urgencyCategories.map((category) => [category, describeTimescale(profile.urgency[category].timescale)]),
      ),
      childSeen: describeTimescale(profile.childSeen.timescale),
      icpc: describeTimescale(profile.icpc.limit.timescale),
      writeUp: describeTimescale(profile.writeUp.timescale),
      circulation: describeTimescale(profile.circulation.timescale),
    };
    expect(actual).toEqual(table[id]);
    expect(profile.icpc.anchor).toEqual('enquiry-start');
  });

  it('says where each timescale came from: the procedure, or the national default where it is silent', () => {
    const lancashire = resolved('lancashire');
    expect([
      lancashire.urgency['serious-harm'].setBy,
      lancashire.urgency.standard.setBy,
      lancashire.childSeen.setBy,
    ]).toEqual(['lancashire', 'national-default', 'lancashire']);
    expect(lancashire.extendsChain).toEqual(['national-default']);
    expect(resolved('national-default').extendsChain).toEqual([]);
  });

  it('resolves each bundled profile once and shares the frozen result', () => {
    expect(resolved('lancashire')).toBe(resolved('lancashire'));
    expect(Object.isFrozen(resolved('lancashire').urgency.standard)).toBe(true);
  });
});

describe('the profile schema', () => {
  it("lists exactly the record's urgency categories", () => {
    const meeting = (recordSchema as unknown as { $defs: { meeting: { properties: { urgency: { enum: string[] } } } } })
      .$defs.meeting;
    expect(Object.keys(profileSchema.properties.urgency.properties)).toEqual(meeting.properties.urgency.enum);
    expect(urgencyCategories).toEqual(meeting.properties.urgency.enum);
  });

  it('names the same fields as the hand-written document type', () => {
    const fields = {
      $schema: true,
      id: true,
      name: true,
      shortName: true,
      description: true,
      source: true,
      extends: true,
      urgency: true,
      childSeen: true,
      icpc: true,
      writeUp: true,
      circulation: true,
      holidays: true,
      exploitationScreening: true,
      severity: true,
    } satisfies Record<keyof LocalProcedureProfileDocument, true>;
    expect(Object.keys(profileSchema.properties).sort()).toEqual(Object.keys(fields).sort());
    expect(Object.keys(profileSchema.$defs.limit.properties)).toEqual([
      'sameDay',
      'workingDays',
      'hours',
      'calendarDays',
      'noLimit',
      'wording',
      'note',
    ]);
  });

  it('gives every property a title and a description', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(record)) {
        if (key === 'properties' || key === '$defs') {
          for (const [name, child] of Object.entries(value as Record<string, Record<string, unknown>>)) {
            if (typeof child.title !== 'string' || typeof child.description !== 'string')
              missing.push(`${path}/${key}/${name}`);
            visit(child, `${path}/${key}/${name}`);
          }
        } else if (typeof value === 'object') visit(value, `${path}/${key}`);
      }
    };
    visit(profileSchema, '');
    expect(missing).toEqual([]);
  });
});
