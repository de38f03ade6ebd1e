import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { toPointer } from '@strategy-record/schemas';
import type { Finding, ValidateRecord } from '@strategy-record/validators';
import schema from '../../schemas/record.schema.json' with { type: 'json' };
import { completeRecord, completeRecordWith } from '../../packages/validators/src/testing/completeRecord.js';
import { VALIDATE_RECORD_VARIANTS } from '../../packages/validators/src/testing/variants.js';
import { draftRecordArbitrary } from '../support/recordArbitrary.js';

// The `""` decision of schema 1.1 (docs/versions.md): a form that posts "" for a radio or a select
// nobody chose has not answered it. The field counts as absent, as blank text does: a draft with it is
// savable and its rules run; a final record reports it missing under the field's rule (or SD-STR-BLANK
// where no rule covers it), never as a wrong option (SD-STR-ENUM).

type Path = (string | number)[];
type SchemaNode = Readonly<Record<string, unknown>>;

const definitions = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;

function resolved(node: SchemaNode): SchemaNode {
  const ref = node['$ref'];
  return typeof ref === 'string'
    ? resolved({ ...definitions[ref.slice('#/$defs/'.length)]!, ...node, $ref: undefined })
    : node;
}

/** The paths of a record's option fields (a field of an object whose schema lists options), found from the schema. */
function optionFields(value: unknown, node: SchemaNode = schema as SchemaNode, path: Path = []): Path[] {
  const here = resolved(node);
  if (Array.isArray(value)) {
    const items = here['items'] as SchemaNode | undefined;
    return items === undefined ? [] : value.flatMap((item, i) => optionFields(item, items, [...path, i]));
  }
  if (typeof value !== 'object' || value === null) return [];
  const properties = (here['properties'] ?? {}) as Record<string, SchemaNode>;
  return Object.entries(value).flatMap(([key, item]) => {
    const property = properties[key];
    if (property === undefined || (path.length === 0 && key === 'schemaVersion')) return [];
    return Array.isArray(resolved(property)['enum']) && typeof item === 'string'
      ? [[...path, key]]
      : optionFields(item, property, [...path, key]);
  });
}

function withValue<T>(record: T, path: Path, value: unknown): T {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  if (value === undefined) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
  return copy as T;
}

const brief = (findings: readonly Finding[]) =>
  findings.map(({ ruleId, severity, pointer }) => ({ ruleId, severity, pointer }));

type Change = (record: StrategyDiscussionRecord) => void;
const set =
  (path: Path, value: unknown): Change =>
  (record) => {
    Object.assign(record, withValue(record, path, value));
  };

/** [what, the change to the complete record, the findings in draft mode, the findings in final mode]. */
const UNCHOSEN: readonly [string, Change, string[], string[]][] = [
  [
    "a child's ethnicity (required: SD-CHD-2)",
    set(['children', 0, 'ethnicity'], ''),
    [],
    ['SD-CHD-2 /children/0/ethnicity'],
  ],
  [
    "a decision's outcome (required: SD-DEC-1)",
    set(['decisions', 0, 'outcome'], ''),
    [],
    ['SD-DEC-1 /decisions/0/outcome'],
  ],
  ['the meeting format (required: SD-MTG-1)', set(['meeting', 'format'], ''), [], ['SD-MTG-1 /meeting/format']],
  [
    "a child's legal status (optional: SD-STR-BLANK)",
    set(['children', 0, 'legalStatus'], ''),
    [],
    ['SD-STR-BLANK /children/0/legalStatus'],
  ],
  [
    'a condition reads it as absent: medical consent "" where the medical is required (SD-MED-3)',
    set(['decisions', 0, 'medical', 'consent'], ''),
    [],
    ['SD-MED-3 /decisions/0/medical/consent'],
  ],
  [
    'the rules still run: an unchosen option and a reference to no child (SD-STR-REF, not SD-STR-SKIPPED)',
    (record) => {
      record.children![0]!.ethnicity = '' as never;
      record.actions![0]!.childId = 'nobody';
    },
    ['SD-STR-REF /actions/0/childId'],
    ['SD-CHD-2 /children/0/ethnicity', 'SD-STR-REF /actions/0/childId'],
  ],
];

/** "" that is not an unchosen option of a field: still a wrong value. */
const STILL_WRONG: readonly [string, Change, string][] = [
  [
    'an entry of a list of options',
    (r) => void r.concerns!.categories!.push('' as never),
    'SD-STR-ENUM /concerns/categories/1',
  ],
  ['the schema version', set(['schemaVersion'], ''), 'SD-STR-VERSION /schemaVersion'],
];

const ids = (validate: ValidateRecord, record: unknown, mode: 'draft' | 'final') =>
  validate(record, { mode }).findings.map((finding) => `${finding.ruleId} ${finding.pointer}`);

describe.each(VALIDATE_RECORD_VARIANTS)('"" in a field of options means "not answered" (%s)', (_build, validate) => {
  it.each(UNCHOSEN)('%s', (_what, change, draft, final) => {
    const record = completeRecordWith(change);
    expect(ids(validate, record, 'draft')).toEqual(draft);
    expect(ids(validate, record, 'final')).toEqual(final);
    const unchosen = validate(record, { mode: 'final' }).findings.find((f) => f.pointer === final[0]!.split(' ')[1]);
    expect(unchosen?.message).toContain('no option chosen');
  });

  it.each(STILL_WRONG)('"" as %s is still refused in both modes', (_what, change, finding) => {
    const record = completeRecordWith(change);
    expect(ids(validate, record, 'draft')).toContain(finding);
    expect(ids(validate, record, 'final')).toContain(finding);
  });

  it('leaves the caller’s record as it was', () => {
    const record = completeRecordWith(set(['children', 0, 'ethnicity'], ''));
    const copy = structuredClone(record);
    validate(record, { mode: 'final' });
    validate(record, { mode: 'draft' });
    expect(record).toEqual(copy);
  });
});

describe('any option field of a valid draft set to ""', () => {
  it('finds option fields to test in the complete example', () => {
    expect(optionFields(completeRecord()).length).toBeGreaterThan(40);
  });

  it('gives no SD-STR-ENUM, the findings of the field absent in a draft, and the field missing in a final record', () => {
    fc.assert(
      fc.property(draftRecordArbitrary(), fc.nat(), (record, pick) => {
        const fields = optionFields(record);
        fc.pre(fields.length > 0);
        const path = fields[pick % fields.length]!;
        const pointer = toPointer(path);
        const unchosen = withValue(record, path, '');
        const absent = withValue(record, path, undefined);
        for (const [, validate] of VALIDATE_RECORD_VARIANTS) {
          const draft = validate(unchosen, { mode: 'draft' });
          expect(draft.findings.filter((f) => f.ruleId === 'SD-STR-ENUM')).toEqual([]);
          expect(brief(draft.findings)).toEqual(brief(validate(absent, { mode: 'draft' }).findings));
          expect(draft.valid).toBe(validate(absent, { mode: 'draft' }).valid);

          const final = validate(unchosen, { mode: 'final' });
          // The schema refuses "" (its enums stay strict): the final verdict agrees (test/interop).
          expect(final.valid).toBe(false);
          expect(final.findings.filter((f) => f.ruleId === 'SD-STR-ENUM')).toEqual([]);
          expect(final.findings).toContainEqual(expect.objectContaining({ pointer, severity: 'error' }));
          const notBlank = (findings: readonly Finding[]) =>
            brief(findings.filter((f) => !(f.ruleId === 'SD-STR-BLANK' && f.pointer === pointer)));
          expect(notBlank(final.findings)).toEqual(notBlank(validate(absent, { mode: 'final' }).findings));
        }
      }),
      { numRuns: 200 },
    );
  });
});
