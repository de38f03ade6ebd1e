import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeRecord } from './testing/completeRecord.js';
import { MAX_FINDINGS } from './createValidateRecord.js';
import { validateRecord } from './validateRecord.js';
import type { ValidationReport } from './findings.js';

const MODES = ['draft', 'final'] as const;

function expectReport(report: ValidationReport): void {
  expect(typeof report.valid).toBe('boolean');
  expect(report.valid).toBe(report.errorCount === 0);
  for (const finding of report.findings) {
    expect(finding.ruleId).toMatch(/^SD-[A-Z0-9]+(-[A-Z0-9]+)+$/);
    expect(['error', 'warning']).toContain(finding.severity);
    expect(finding.pointer === '' || finding.pointer.startsWith('/')).toBe(true);
    expect(finding.message).not.toMatch(/\n\s+at /); // never a stack trace
  }
}

/** Every path to a property in a JSON value: the candidates for "remove an optional field". */
function propertyPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => propertyPaths(item, [...prefix, i]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...propertyPaths(item, [...prefix, key])]);
}

function without(record: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> | undefined = copy;
  for (const key of path.slice(0, -1)) node = node?.[key] as Record<string | number, unknown> | undefined;
  if (node !== undefined) delete node[path.at(-1)!];
  return copy;
}

describe('validateRecord never throws', () => {
  it.each(MODES)('returns a report for any JSON value (%s mode)', (mode) => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => expectReport(validateRecord(value, { mode }))),
      { numRuns: 500 },
    );
  });

  it.each(MODES)('returns a report for any JavaScript value (%s mode)', (mode) => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        (value) => expectReport(validateRecord(value, { mode })),
      ),
      { numRuns: 300 },
    );
  });

  it.each(MODES)('returns a report when any field of a complete record holds any JSON value (%s mode)', (mode) => {
    const paths = propertyPaths(completeRecord());
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const record = structuredClone(completeRecord()) as Record<string | number, any>;
        let node = record;
        for (const key of path.slice(0, -1)) node = node[key];
        node[path.at(-1)!] = value;
        expectReport(validateRecord(record, { mode }));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['null', null],
    ['a list', []],
    ['text', '{"meeting": {}}'],
    ['a number', 12],
    ['undefined', undefined],
    ['a 10 MB string', 'x'.repeat(10 * 1024 * 1024)],
  ])('explains that %s is not a record', (_what, value) => {
    const report = validateRecord(value, { mode: 'final' });
    expect(report.valid).toBe(false);
    expect(report.findings).toMatchObject([{ ruleId: 'SD-STR-TYPE', pointer: '', severity: 'error' }]);
  });

  it('reports a 10 MB text field as too long without losing the rest of the report', () => {
    const record = completeRecord();
    record.concerns!.reason = 'Ł'.repeat(10 * 1024 * 1024);
    const report = validateRecord(record, { mode: 'final' });
    expect(report.findings.map((f) => [f.ruleId, f.pointer])).toContainEqual(['SD-STR-LENGTH', '/concerns/reason']);
  });

  it('handles 1,000-deep nesting in any field', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 1000; i += 1) deep = i % 2 === 0 ? [deep] : { level: deep };
    for (const mode of MODES) {
      const report = validateRecord({ ...completeRecord(), meeting: deep }, { mode });
      expect(report.valid).toBe(false);
      expect(report.findings.some((f) => f.pointer.startsWith('/meeting') && f.ruleId.startsWith('SD-STR-'))).toBe(
        true,
      );
      expectReport(validateRecord({ ...completeRecord(), extra: deep }, { mode }));
    }
  });

  it('lists at most MAX_FINDINGS findings and says how many more there are', () => {
    const record = completeRecord() as Record<string, unknown>;
    // An unknown field in each of MAX_FINDINGS actions, and 50 more in the record itself.
    const action = (record['actions'] as object[])[0];
    record['actions'] = Array.from({ length: MAX_FINDINGS }, (_, i) => ({ ...action, [`unknown${i}`]: i }));
    for (let i = 0; i < 50; i += 1) record[`unknown${i}`] = i;
    const report = validateRecord(record, { mode: 'draft' });
    expect(report.findings).toHaveLength(MAX_FINDINGS + 1);
    expect(report.errorCount).toBe(MAX_FINDINGS + 50);
    const unlisted = report.errorCount + report.warningCount - MAX_FINDINGS;
    expect(report.findings.at(-1)).toMatchObject({
      ruleId: 'SD-STR-TOO-MANY',
      message: expect.stringContaining(`${unlisted} more`),
    });
  });
});

describe('drafts', () => {
  it('accepts an empty draft', () => {
    expect(validateRecord({}, { mode: 'draft' })).toMatchObject({ valid: true, findings: [] });
  });

  it('keeps a valid draft valid when any optional fields are removed', () => {
    const record = completeRecord();
    const paths = propertyPaths(record).filter((path) => typeof path.at(-1) === 'string');
    fc.assert(
      fc.property(fc.subarray(paths, { maxLength: 40 }), (removed) => {
        const draft = removed.reduce<unknown>((current, path) => without(current, path), record);
        const report = validateRecord(draft, { mode: 'draft' });
        expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(report.valid).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('defaults to draft mode, so saving is never blocked by completeness', () => {
    expect(validateRecord({ meeting: {} }).mode).toBe('draft');
    expect(validateRecord({ meeting: {} }).valid).toBe(true);
  });
});

describe('prototype pollution', () => {
  it('a __proto__ or constructor key anywhere never pollutes Object.prototype', () => {
    const keys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'meeting', 'children', 'polluted');
    const payload = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.dictionary(keys, tie('node'), { maxKeys: 3 }),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(payload, (value) => {
        const text = JSON.stringify({ ...completeRecord(), children: [value], __proto__x: value }).replaceAll(
          '__proto__x',
          '__proto__',
        );
        for (const mode of MODES) expectReport(validateRecord(JSON.parse(text), { mode }));
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('robustness regressions', () => {
  it('quotes a value nested 5,000 deep without serialising it (a report, not a stack overflow)', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i += 1) deep = [deep];
    const record = completeRecord() as Record<string, any>;
    record.meeting.kind = deep;
    const report = validateRecord(record, { mode: 'final' });
    expect(report.findings.map((f) => f.ruleId)).not.toContain('SD-SYS-RULE');
    expect(report.findings.find((f) => f.pointer === '/meeting/kind')?.message).toContain('a list');
  });

  it.each([null, 42, 'final', [], true])(
    'fails closed on options that are not an object (%j): checked as final, and says so',
    (options) => {
      const incomplete = without(completeRecord(), ['decisions']);
      const report = validateRecord(incomplete, options as never);
      expect(report).toMatchObject({ mode: 'final', valid: false });
      expect(report.findings.map((finding) => finding.ruleId)).toEqual(
        expect.arrayContaining(['SD-STR-OPTIONS', 'SD-DEC-1']),
      );
    },
  );

  it('fails closed on options whose getter throws, and reads each option once', () => {
    const throwing = Object.defineProperty({}, 'mode', {
      get: () => {
        throw new Error('no');
      },
      enumerable: true,
    });
    const report = validateRecord({ meeting: {} }, throwing);
    expect(report).toMatchObject({ mode: 'final', valid: false });
    expect(report.findings[0]).toMatchObject({ ruleId: 'SD-STR-OPTIONS' });
    let reads = 0;
    const counting = Object.defineProperty({}, 'mode', {
      get: () => {
        reads += 1;
        return reads === 1 ? 'final' : 'draft';
      },
      enumerable: true,
    });
    expect(validateRecord({ meeting: {} }, counting)).toMatchObject({ mode: 'final', valid: false });
    expect(reads).toBe(1);
  });

  it.each(['FINAL', 'sign-off', 1])('fails closed on an unknown mode (%j): checked as final, and says so', (mode) => {
    const report = validateRecord({ meeting: {} }, { mode: mode as never });
    expect(report.mode).toBe('final');
    expect(report.valid).toBe(false);
    expect(report.findings[0]).toMatchObject({ ruleId: 'SD-STR-OPTIONS' });
  });
});
