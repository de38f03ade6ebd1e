import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  CURRENT_SCHEMA_VERSION,
  type Finding,
  type MigrationChange,
  type MigrationResult,
  migrateRecord,
  validateRecord,
} from '@strategy-record/validators';
import { describe, expect, it } from 'vitest';
import { completeRecordArbitrary, draftRecordArbitrary } from '../support/recordArbitrary.js';
import { REPO_ROOT } from '../support/runCli.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const V10 = join(REPO_ROOT, 'schemas/versions/1.0');
const schema10 = JSON.parse(readFileSync(join(V10, 'record.schema.json'), 'utf8'));
const schema11 = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/record.schema.json'), 'utf8'));

/** Each schema as a back end in another language would check it: Ajv 2020-12, strict, formats asserted. */
function strictAjv(schema: object): (record: unknown) => boolean {
  const ajv = new Ajv2020.default({ strict: true });
  addFormats.default(ajv);
  ajv.addKeyword('x-rule');
  ajv.addKeyword('x-enumTitles');
  const check = ajv.compile(schema);
  return (record) => check(record) === true;
}
const valid10 = strictAjv(schema10);
const valid11 = strictAjv(schema11);

const exampleFiles = ['final', 'incomplete'].flatMap((folder) =>
  readdirSync(join(V10, 'examples', folder))
    .filter((file) => file.endsWith('.json'))
    .map((file) => `${folder}/${file}`),
);
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

function migrated(record: unknown): MigrationResult {
  const result = migrateRecord(record);
  if ('refused' in result) throw new Error(result.refused);
  return result;
}

/** Every leaf of a JSON value with its pointer (an empty object or list counts as a leaf). */
function leaves(value: unknown, pointer = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[pointer, value]];
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  if (entries.length === 0) return [[pointer, value]];
  return entries.flatMap(([key, item]) =>
    leaves(item, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
  );
}

function valueAt(value: unknown, pointer: string): unknown {
  let here = value;
  for (const key of pointer.split('/').slice(1)) {
    const segment = key.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, segment)) return undefined;
    here = (here as Record<string, unknown>)[segment];
  }
  return here;
}

/** A value of the input that is neither in the output at the same place nor accounted for by a change. */
function lostValues(input: unknown, result: MigrationResult): string[] {
  const accounted = (pointer: string, change: MigrationChange) =>
    change.pointer === pointer && Object.hasOwn(change, 'before');
  return leaves(input)
    .filter(
      ([pointer, value]) =>
        !Object.is(valueAt(result.record, pointer), value) &&
        JSON.stringify(valueAt(result.record, pointer)) !== JSON.stringify(value) &&
        !result.changes.some((change) => accounted(pointer, change)),
    )
    .map(([pointer]) => pointer);
}

/** A 1.1 record without the fields 1.1 added (docs/versions.md), which no 1.0 record can hold. */
function withoutAdditionsOf11(record: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(record) as Record<string, any>;
  delete copy['unplacedValues'];
  delete copy['meeting']?.reconvenedReason;
  delete copy['concerns']?.childVoiceShareWithFamily;
  delete copy['concerns']?.exploitationScreening;
  delete copy['plan']?.agencyFeedback;
  for (const key of ['status', 'amendedAt', 'amendmentReason']) delete copy['signOff']?.[key];
  for (const decision of copy['decisions'] ?? []) delete decision?.s47?.criminalInvestigation?.startedOn;
  for (const adult of copy['adults'] ?? []) for (const key of ADULT_DETAILS_OF_11) delete adult[key];
  return copy;
}
const ADULT_DETAILS_OF_11 = [
  'ethnicity',
  'identity',
  'firstLanguage',
  'interpreterNeeded',
  'interpreterLanguage',
  'additionalNeeds',
  'additionalNeedsDetails',
];

const withoutMigrated = (findings: readonly Finding[]) =>
  findings
    .filter((finding) => finding.ruleId !== 'SD-STR-MIGRATED')
    .map(({ ruleId, severity, pointer }) => ({ ruleId, severity, pointer }));

describe('migrateRecord', () => {
  it.each(exampleFiles)('the 1.0 example %s migrates to the 1.1 example, which 1.1 accepts where 1.0 did', (file) => {
    const old = readJson(join(V10, 'examples', file));
    const result = migrated(old);
    expect(result).toMatchObject({ from: '1.0', to: CURRENT_SCHEMA_VERSION });
    // The 1.1 example may also show what 1.1 adds (agency feedback, say); the rest is the same record.
    expect(result.record).toEqual(withoutAdditionsOf11(readJson(join(REPO_ROOT, 'schemas/examples', file))));
    expect(valid11(result.record)).toBe(valid10(old));
    expect(lostValues(old, result)).toEqual([]);
    // Findings are the same before and after, apart from the one that says it was migrated.
    const before = validateRecord(old, { mode: 'final' });
    const after = validateRecord(result.record, { mode: 'final' });
    expect(withoutMigrated(before.findings)).toEqual(withoutMigrated(after.findings));
    expect(before.valid).toBe(after.valid);
    expect(before.findings.filter((f) => f.ruleId === 'SD-STR-MIGRATED')).toHaveLength(1);
  });

  it.each([
    [
      'names 1.0',
      { schemaVersion: '1.0', recordId: 'SD-1' },
      '1.0',
      [{ pointer: '/schemaVersion', before: '1.0', after: '1.1' }],
    ],
    ['names no version (read as 1.0)', { recordId: 'SD-1' }, '1.0', [{ pointer: '/schemaVersion', after: '1.1' }]],
    ['is already 1.1', { schemaVersion: '1.1', recordId: 'SD-1' }, '1.1', []],
  ])('a record that %s comes out as 1.1 with its changes listed', (_, record, from, changes) => {
    const result = migrated(record);
    expect(result).toMatchObject({ from, to: '1.1', changes });
    expect(result.record).toEqual({ ...record, schemaVersion: '1.1' });
  });

  it.each([
    ['a newer version', { schemaVersion: '2.0' }, /"2\.0".*reads versions 1\.0 and 1\.1/],
    ['a version that never existed', { schemaVersion: '0.9' }, /"0\.9"/],
    ['a version that is not text', { schemaVersion: 1 }, /version 1;/],
    ['something that is not a record', ['a list'], /JSON object/],
  ])('refuses %s, saying why', (_, record, message) => {
    const result = migrateRecord(record);
    expect(result).toEqual({ refused: expect.stringMatching(message) });
  });

  it('keeps a field the schema does not define where it is, for the validators to report', () => {
    const record = { schemaVersion: '1.0', misspeltField: { deep: ['kept'] } };
    expect(migrated(record).record).toEqual({ schemaVersion: '1.1', misspeltField: { deep: ['kept'] } });
  });

  it('never changes its input', () => {
    const record = { schemaVersion: '1.0', meeting: { kind: 'meeting' } };
    const copy = structuredClone(record);
    migrateRecord(record);
    expect(record).toEqual(copy);
  });

  // 1,000 generated drafts of the frozen 1.0 schema (any subset of its fields, every option).
  it('migrates generated 1.0 drafts to 1.1 drafts, losing nothing, and a second migration changes nothing', () => {
    fc.assert(
      fc.property(draftRecordArbitrary({ schema: schema10, maxTextLength: 60 }), (record) => {
        expect(record.schemaVersion ?? '1.0').toBe('1.0');
        const result = migrated(record);
        expect(result.from).toBe('1.0');
        expect(lostValues(record, result)).toEqual([]);
        expect(validateRecord(result.record, { mode: 'draft' }).findings.filter((f) => f.severity === 'error')).toEqual(
          [],
        );
        const again = migrated(result.record);
        expect(again.changes).toEqual([]);
        expect(again.record).toEqual(result.record);
      }),
      { numRuns: 1000 },
    );
  });

  // Complete 1.0 records: accepted by the 1.0 schema, and after migration by the 1.1 schema, with the same findings.
  it('migrates generated complete 1.0 records to 1.1 records with the same findings', () => {
    fc.assert(
      fc.property(completeRecordArbitrary(), (complete) => {
        // The arbitrary grows from the 1.1 joint example: what 1.1 added is taken out for a 1.0 record.
        const record = { ...withoutAdditionsOf11(complete as Record<string, unknown>), schemaVersion: '1.0' };
        expect(valid10(record)).toBe(true);
        const result = migrated(record);
        expect(valid11(result.record)).toBe(true);
        expect(withoutMigrated(validateRecord(record, { mode: 'final' }).findings)).toEqual(
          withoutMigrated(validateRecord(result.record, { mode: 'final' }).findings),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('validateRecord and the schema version', () => {
  it('reports a 1.0 record as migrated, with the changes, and validates it as 1.1', () => {
    const report = validateRecord({ schemaVersion: '1.0' }, { mode: 'draft' });
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'SD-STR-MIGRATED',
        severity: 'warning',
        pointer: '/schemaVersion',
        section: 'record',
        changes: [expect.objectContaining({ pointer: '/schemaVersion', before: '1.0', after: '1.1' })],
        message: expect.stringMatching(/written for schema version 1\.0 and was checked as 1\.1/),
      }),
    ]);
    expect(report.valid).toBe(true);
  });

  it.each(['2.0', '1.2', '0.9'])('refuses version %s with SD-STR-VERSION alone', (version) => {
    const report = validateRecord({ schemaVersion: version, children: 'not a list' }, { mode: 'final' });
    expect(report.findings.map((f) => [f.ruleId, f.pointer])).toEqual([['SD-STR-VERSION', '/schemaVersion']]);
    expect(report.valid).toBe(false);
  });
});
