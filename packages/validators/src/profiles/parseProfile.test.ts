import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../ruleCatalogue.js';
import { bundledProfiles } from './bundledProfiles.js';
import { parseProfile } from './parseProfile.js';
import { resolveProfile } from './resolveProfile.js';

const minimal = {
  id: 'wrexham-test',
  name: 'Synthetic test procedure',
  shortName: 'test procedure',
  source: { document: 'Synthetic test procedure' },
};

// The bundled ids as the messages list them: read from the registry, so a new profile needs no edit here.
const BUNDLED_IDS = Object.keys(bundledProfiles).join(', ');

const messagesOf = (json: unknown): string[] => {
  const result = parseProfile(json);
  return result.ok ? [] : result.error.issues.map((issue) => issue.message);
};

describe('parseProfile', () => {
  it('fills what a profile leaves out from the national default', () => {
    const result = parseProfile({ ...minimal, urgency: { standard: { workingDays: 4 } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.urgency.standard).toEqual({
      timescale: { kind: 'working-days', days: 4 },
      setBy: 'wrexham-test',
      setByName: 'test procedure',
    });
    expect(result.profile.urgency['serious-harm'].setBy).toEqual('national-default');
    expect(result.profile.circulation.timescale).toEqual({ kind: 'working-days', days: 1 });
    expect(result.profile.extendsChain).toEqual(['national-default']);
  });

  it('extends another bundled profile, merging holiday overrides and severities', () => {
    const result = parseProfile({
      ...minimal,
      extends: 'lancashire',
      holidays: { add: [{ date: '2031-06-13', reason: 'Proclaimed bank holiday (synthetic)' }] },
      severity: { 'SD-TIM-3': 'error' },
    });
    if (!result.ok) throw result.error;
    expect(result.profile.childSeen.timescale).toEqual({ kind: 'hours', hours: 24 });
    expect(result.profile.childSeen.setBy).toEqual('lancashire');
    expect(result.profile.extendsChain).toEqual(['lancashire', 'national-default']);
    expect(result.profile.holidays).toEqual({
      add: [{ date: '2031-06-13', reason: 'Proclaimed bank holiday (synthetic)' }],
      remove: [],
    });
    expect(result.profile.severity).toEqual({ 'SD-TIM-3': 'error' });
  });

  it.each<[string, unknown, string[]]>([
    [
      'a negative number of working days',
      { ...minimal, urgency: { standard: { workingDays: -1 } } },
      ['/urgency/standard/workingDays must be a whole number ≥ 0'],
    ],
    [
      'a fraction of a working day',
      { ...minimal, urgency: { standard: { workingDays: 2.5 } } },
      ['/urgency/standard/workingDays must be a whole number ≥ 0'],
    ],
    [
      'working days as text',
      { ...minimal, urgency: { complex: { workingDays: '5' } } },
      ['/urgency/complex/workingDays must be a whole number ≥ 0'],
    ],
    [
      'too many working days',
      { ...minimal, icpc: { limit: { workingDays: 1000 } } },
      ['/icpc/limit/workingDays must be at most 365'],
    ],
    [
      'two kinds of timescale at once',
      { ...minimal, childSeen: { hours: 24, workingDays: 1 } },
      ['/childSeen must set only one of "sameDay", "workingDays", "hours", "calendarDays", "noLimit"'],
    ],
    [
      'a timescale with no number',
      { ...minimal, writeUp: { wording: 'promptly' } },
      ['/writeUp must set one of "sameDay", "workingDays", "hours", "calendarDays", "noLimit"'],
    ],
    [
      'sameDay false',
      { ...minimal, urgency: { 'serious-harm': { sameDay: false } } },
      ['/urgency/serious-harm/sameDay must be true (or be left out)'],
    ],
    [
      'an unknown urgency category',
      { ...minimal, urgency: { urgent: { sameDay: true } } },
      [
        '/urgency/urgent is not a field here; expected one of "serious-harm", "sexual-abuse-forensic", "immediate-action-taken", "complex", "extra-familial-multiple", "standard"',
      ],
    ],
    ['a missing name', { id: 'x', extends: 'lancashire' }, ['/name is required']],
    ['a missing source document', { ...minimal, source: {} }, ['/source/document is required']],
    [
      'an id with capitals and spaces',
      { ...minimal, id: 'North Yorkshire' },
      [
        '/id must be written as described: Lower-case letters, digits and single hyphens, for example "halton-pan-cheshire".',
      ],
    ],
    [
      'an unknown ICPC anchor',
      { ...minimal, icpc: { anchor: 'first-discussion' } },
      ['/icpc/anchor must be one of "enquiry-start", "latest-discussion"'],
    ],
    [
      'a severity that is not one',
      { ...minimal, severity: { 'SD-TIM-3': 'fatal' } },
      ['/severity/SD-TIM-3 must be one of "error", "warning"'],
    ],
    [
      'a severity for something that is not a rule id',
      { ...minimal, severity: { timescales: 'error' } },
      ['/severity/timescales is not a rule id (rule ids look like "SD-TIM-3")'],
    ],
    // Regression R5 (unchecked override ids): ids the catalogue does not have, and structural findings, were accepted.
    [
      'a severity for a rule the catalogue does not have',
      { ...minimal, severity: { 'SD-TIM-3': 'error', 'SD-TIM-9': 'error', 'SD-XYZ-1': 'warning' } },
      ['/severity/SD-TIM-9 is not a rule of the catalogue', '/severity/SD-XYZ-1 is not a rule of the catalogue'],
    ],
    [
      'a severity for a structural finding',
      { ...minimal, severity: { 'SD-STR-TYPE': 'warning' } },
      ['/severity/SD-STR-TYPE is a structural or system finding, whose severity a profile cannot change'],
    ],
    [
      'a severity for a system finding',
      { ...minimal, severity: { 'SD-SYS-RULE': 'warning' } },
      ['/severity/SD-SYS-RULE is a structural or system finding, whose severity a profile cannot change'],
    ],
    [
      'a holiday that is not a date',
      { ...minimal, holidays: { add: [{ date: '2031-02-30', reason: 'x' }] } },
      ['/holidays/add/0/date must be a real date written YYYY-MM-DD'],
    ],
    [
      'a holiday outside the table',
      { ...minimal, holidays: { add: [{ date: '2101-06-13', reason: 'x' }] } },
      ['/holidays/add/0/date must be between 2000-01-01 and 2100-12-31, the years the bank holiday table covers'],
    ],
    [
      'a holiday both added and removed',
      {
        ...minimal,
        holidays: { add: [{ date: '2031-06-13', reason: 'x' }], remove: [{ date: '2031-06-13', reason: 'y' }] },
      },
      ['/holidays/remove/0/date is also in /holidays/add: a day cannot be both added and removed'],
    ],
    [
      'a holiday without a reason',
      { ...minimal, holidays: { remove: [{ date: '2031-05-26' }] } },
      ['/holidays/remove/0/reason is required'],
    ],
    [
      'extends an unknown profile',
      { ...minimal, extends: 'narnia' },
      [`/extends must name a bundled profile (${BUNDLED_IDS}), not "narnia"`],
    ],
    [
      'extends itself',
      { ...minimal, id: 'lancashire', extends: 'lancashire' },
      ['/extends cannot name the profile itself'],
    ],
    [
      'an unknown top-level field',
      { ...minimal, timescales: {} },
      [
        expect.stringMatching(
          /^\/timescales is not a field here; expected one of "\$schema", "id", /,
        ) as unknown as string,
      ],
    ],
    ['an array', [minimal], ['The profile must be a JSON object']],
    ['null', null, ['The profile must be a JSON object']],
    ['JSON text that is not an object', '"lancashire"', ['The profile must be a JSON object']],
    [
      'text that is not JSON',
      'lancashire',
      ['The profile is not valid JSON: unexpected character at line 1, column 1.'],
    ],
  ])('rejects %s, naming the field', (_, json, expected) => {
    expect(messagesOf(json)).toEqual(expected);
  });

  it('accepts a severity for every rule of the catalogue but the structural and system findings', () => {
    const rejected = Object.keys(ruleCatalogue).filter(
      (ruleId) => parseProfile({ ...minimal, severity: { [ruleId]: 'error' } }).ok === false,
    );
    expect(rejected).toEqual(
      Object.keys(ruleCatalogue).filter((ruleId) => ruleId.startsWith('SD-STR-') || ruleId.startsWith('SD-SYS-')),
    );
  });

  it('needs only an id, a name and what differs from the profile it extends', () => {
    const result = parseProfile({
      id: 'northshire',
      name: 'Northshire strategy discussion procedure',
      extends: 'lancashire',
      writeUp: { hours: 48 },
    });
    if (!result.ok) throw result.error;
    expect(result.profile).toMatchObject({
      shortName: 'Northshire strategy discussion procedure',
      source: { document: 'Northshire strategy discussion procedure' },
    });
    expect(result.profile.writeUp).toMatchObject({ timescale: { kind: 'hours', hours: 48 }, setBy: 'northshire' });
    expect(result.profile.childSeen).toMatchObject({ timescale: { kind: 'hours', hours: 24 }, setBy: 'lancashire' });
    expect(result.profile.source.cites).toEqual(
      resolveProfile('lancashire').ok
        ? (resolveProfile('lancashire') as { profile: { source: { cites?: unknown } } }).profile.source.cites
        : undefined,
    );
  });

  it('takes JSON text as it takes the parsed document, and names the line and column of text that is not JSON', () => {
    const document = { id: 'northshire', name: 'Northshire procedure', extends: 'lancashire' };
    expect(parseProfile(`\ufeff${JSON.stringify(document, null, 2)}`)).toEqual(parseProfile(document));
    expect(messagesOf('{\n  "id": "northshire",\n  "name": }')).toEqual([
      'The profile is not valid JSON: a value was expected at line 3, column 11.',
    ]);
    expect(messagesOf('')).toEqual([expect.stringContaining('The profile is not valid JSON')]);
  });

  it('joins every issue into the error message', () => {
    const result = parseProfile({ ...minimal, urgency: { standard: { workingDays: -1 } }, extends: 7 });
    expect(result.ok ? '' : result.error.message).toEqual(
      '/extends must be text; /urgency/standard/workingDays must be a whole number ≥ 0',
    );
  });

  it('does not let "__proto__" in a profile reach Object.prototype', () => {
    const json: unknown = JSON.parse(
      `{"id":"x","name":"X","shortName":"X","source":{"document":"X"},"severity":{"__proto__":{"polluted":"error"}},"__proto__":{"polluted":true}}`,
    );
    expect(parseProfile(json).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseProfile(json);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never throws on a bundled profile with one field replaced by any JSON', () => {
    const documents = Object.values(bundledProfiles);
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.constantFrom(
          'urgency',
          'childSeen',
          'icpc',
          'writeUp',
          'circulation',
          'holidays',
          'severity',
          'extends',
          'id',
          'source',
        ),
        fc.jsonValue(),
        (document, field, value) => {
          const result = parseProfile({ ...document, [field]: value });
          if (!result.ok)
            for (const issue of result.error.issues)
              expect(issue.message.startsWith(issue.pointer === '' ? 'The profile' : issue.pointer)).toBe(true);
        },
      ),
    );
  });
});

describe('resolveProfile', () => {
  it('resolves a bundled id and a document alike', () => {
    const byId = resolveProfile('lancashire');
    const byDocument = resolveProfile(bundledProfiles.lancashire);
    expect(byId.ok && byDocument.ok).toBe(true);
    if (byId.ok && byDocument.ok) expect(byDocument.profile).toEqual(byId.profile);
  });

  it.each(['Lancashire', 'narnia', 'toString', '__proto__', ''])(
    'refuses the unknown id %j with the list of bundled ids',
    (id) => {
      const result = resolveProfile(id);
      expect(result.ok ? '' : result.error.message).toEqual(
        `There is no bundled profile called ${JSON.stringify(id)}; the bundled profiles are ${BUNDLED_IDS}`,
      );
    },
  );
});
