import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '@strategy-record/validators';
import { VALIDATE_RECORD_VARIANTS } from '../../packages/validators/src/testing/variants.js';
import { exampleRecords } from '../render/support/exampleRecords.js';
import { conformanceInput, loadConformanceCases } from '../support/conformance.js';
import {
  agrees,
  ajvRuntimeVerdict,
  CODE_ONLY_RULE_IDS,
  hyperjumpVerdict,
  projectErrorIds,
  recordSchemaFile,
  schemasafeVerdict,
} from '../support/schemaVerdicts.js';
import { sample, singleFieldMutations } from '../support/singleFieldMutations.js';

/** Mutations checked per run: a fixed, seeded sample of every single-field mutation of the examples. */
const MUTATIONS = 520;

const examples = [...exampleRecords('final'), ...exampleRecords('incomplete')];
const conformanceRecords = loadConformanceCases()
  .filter((testCase) => testCase.recordText === undefined)
  .map((testCase) => ({
    name: `conformance ${testCase.id}`,
    record: JSON.parse(conformanceInput(testCase).recordText),
  }));
const mutations = sample(
  examples.flatMap(([name, record]) => singleFieldMutations(name, record)),
  MUTATIONS,
).map((mutation) => ({ name: mutation.name, record: mutation.apply() }));

describe('the schema alone gives the project’s structural verdict (issue 16)', () => {
  it('loads in Ajv’s strict mode once x-rule and x-enumTitles are declared', () => {
    expect(() => ajvRuntimeVerdict()).not.toThrow();
  });

  it('lists, in its description, exactly the rules the validators check in code', () => {
    expect([...CODE_ONLY_RULE_IDS].sort()).toEqual([...new Set(allRules.map((rule) => rule.id))].sort());
  });

  it('is documented in docs/rules.md with the same list of code-only rules', () => {
    const docs = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## What the schema alone checks'));
    const listed = section.slice(0, section.indexOf('\n## ', 4)).match(/SD-[A-Z0-9]+-[A-Z0-9-]*[A-Z0-9]/g) ?? [];
    expect([...new Set(listed)].sort()).toEqual([...CODE_ONLY_RULE_IDS].sort());
  });

  it('agrees with Ajv2020, @hyperjump/json-schema, @exodus/schemasafe and both project builds on the conformance records, the examples and 520 single-field mutations', async () => {
    // A record of an earlier version (the SD-STR-MIGRATED case) is judged by its own frozen schema, not
    // the current one: test/migrate checks that the 1.0 schema and the migrated record agree.
    const records = [
      ...conformanceRecords.filter(({ record }) => !isEarlierVersion(record)),
      ...examples.map(([name, record]) => ({ name, record })),
      ...mutations,
    ];
    const validators: [string, (record: unknown) => boolean][] = [
      ['Ajv2020 + ajv-formats', ajvRuntimeVerdict()],
      ['@hyperjump/json-schema', await hyperjumpVerdict()],
      ['@exodus/schemasafe', schemasafeVerdict()],
    ];
    const disagreements: string[] = [];
    let rejected = 0;
    for (const { name, record } of records) {
      const verdicts = validators.map(([validator, valid]) => [validator, valid(record)] as const);
      if (!verdicts[0]![1]) rejected += 1;
      for (const [build, validateRecord] of VALIDATE_RECORD_VARIANTS) {
        const errors = projectErrorIds(validateRecord, record);
        for (const [validator, valid] of verdicts)
          if (!agrees(valid, errors))
            disagreements.push(
              `${name}: ${validator} says ${valid ? 'valid' : 'invalid'}, ${build} found ${errors.join(', ') || 'no error'}`,
            );
      }
    }
    expect(disagreements).toEqual([]);
    // The sample is not all of one kind: the schema rejects many of the mutations and accepts the rest.
    expect(records.length).toBeGreaterThanOrEqual(MUTATIONS + 25);
    expect(rejected).toBeGreaterThan(records.length / 4);
    expect(rejected).toBeLessThan(records.length);
  });

  // The values issue 16 found the project and the standards disagreeing on.
  it.each([
    ['/meeting/startedAt', '2026-03-14 09:30:00Z', false],
    ['/meeting/startedAt', '2026-03-14T09:30:00+0100', false],
    ['/meeting/startedAt', '2026-03-14T09:30:00+01', false],
    ['/meeting/startedAt', '2016-12-31T24:59:60+01:00', false],
    ['/meeting/startedAt', '2026-02-10T13:30:00.5+00:00', true],
    ['/circulation/recipients/0/email', 'a@localhost', true],
    ['/circulation/recipients/0/email', 'a@[127.0.0.1]', true],
    ['/circulation/recipients/0/email', '"joe bloggs"@example.org', true],
    ['/circulation/recipients/0/email', 'a@[IPv6:2001:db8::1]', true],
    ['/circulation/recipients/0/email', 'a..b@example.org', false],
    ['/circulation/recipients/0/email', 'a@[300.1.1.1]', false],
  ])('%s = %s: every validator and both builds say valid = %s', async (pointer, value, valid) => {
    const record = structuredClone(examples.find(([name]) => name === 'joint-s47-physical-injury.json')![1]) as Record<
      string,
      unknown
    >;
    const segments = pointer.slice(1).split('/');
    let parent = record as Record<string, unknown>;
    for (const segment of segments.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
    parent[segments.at(-1)!] = value;
    const hyperjump = await hyperjumpVerdict();
    const verdicts = {
      ajv: ajvRuntimeVerdict()(record),
      hyperjump: hyperjump(record),
      ...Object.fromEntries(
        VALIDATE_RECORD_VARIANTS.map(([build, validateRecord]) => [
          build,
          projectErrorIds(validateRecord, record).length === 0,
        ]),
      ),
    };
    expect(verdicts).toEqual({
      ajv: valid,
      hyperjump: valid,
      ...Object.fromEntries(VALIDATE_RECORD_VARIANTS.map(([build]) => [build, valid])),
    });
  });

  it('names its $id so that a back end can register it beside the frozen 1.0 schema (issue 18)', () => {
    expect(recordSchemaFile.$id).toBe('urn:strategy-record:schema:record:1.1');
    const frozen = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../schemas/versions/1.0/record.schema.json'), 'utf8'),
    );
    expect(frozen.$id).toBe('urn:strategy-record:schema:record:1');
  });
});

function isEarlierVersion(record: unknown): boolean {
  return (
    typeof record === 'object' && record !== null && (record as { schemaVersion?: unknown }).schemaVersion === '1.0'
  );
}
