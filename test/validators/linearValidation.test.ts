import { describe, expect, it } from 'vitest';
import { validateRecord, validateRecordText } from '@strategy-record/validators';
import { validateRecord as validateInBrowser } from '../../packages/validators/src/browser/validateRecord.js';
import { SHAPES } from '../../scripts/bench/validationShapes.mjs';

const KIB = 1024;

/**
 * CPU milliseconds per KiB of validating an already parsed record (JSON.parse is the platform's): the
 * median of runs that take at least 100 ms in all, so one GC pause does not decide it, timed in this
 * process's CPU time so that other processes' load does not count.
 */
function millisecondsPerKiB(validate: typeof validateRecord, text: string, mode: 'draft' | 'final'): number {
  const record: unknown = JSON.parse(text);
  validate(record, { mode });
  const times: number[] = [];
  for (let total = 0; times.length < 3 || total < 100; ) {
    const start = process.cpuUsage();
    validate(record, { mode });
    const used = process.cpuUsage(start);
    const time = (used.user + used.system) / 1000;
    times.push(time);
    total += time;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]! / (text.length / KIB);
}

/**
 * The ratio of time per KiB at 10 MiB to that at 10 KiB, the lowest of up to three measurements:
 * a superlinear fault is slow every time, while another process's load comes and goes.
 */
function growth(
  validate: typeof validateRecord,
  make: (bytes: number) => { text: string; mode: 'draft' | 'final' },
): number {
  const small = make(10 * KIB);
  const large = make(10 * KIB * KIB);
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest >= 3; attempt += 1) {
    lowest = Math.min(
      lowest,
      millisecondsPerKiB(validate, large.text, large.mode) / millisecondsPerKiB(validate, small.text, small.mode),
    );
  }
  return lowest;
}

// A ratio of times measured in one run, with a bound far from what the fault looked like: when error
// lists were merged by copying, 10 MiB took about 1,000 times as long per KiB as 10 KiB.
describe('validation time grows linearly with the input, whatever it holds', () => {
  // The shapes of the issue that found the fault. One object with a million keys (manyUnknownFields)
  // is left to the bench: its validation reads 50 keys, but V8 collects and sorts every key of such an
  // object before the first (a cost of the platform's, about 2.5 times as much per key at a million
  // keys as at a thousand, as JSON.parse's own).
  it.each(['wrongTypedItems', 'unknownFieldInEveryItem', 'manyBlankFields'])(
    '%s: time per KiB at 10 MiB is within 3 times that at 10 KiB (both builds)',
    (shape) => {
      const make = SHAPES[shape as keyof typeof SHAPES] as (bytes: number) => { text: string; mode: 'draft' | 'final' };
      expect({ node: growth(validateRecord, make) < 3, browser: growth(validateInBrowser, make) < 3 }).toEqual({
        node: true,
        browser: true,
      });
    },
    180_000,
  );

  it('reads no more of a list than its maxItems allows: 40,000 and 4,000,000 wrong-typed actions give the same 1,001 errors', () => {
    for (const count of [40_000, 4_000_000]) {
      const report = validateRecordText(`{"actions":[${new Array(count).fill('0').join(',')}]}`);
      expect(report.errorCount).toBe(1001);
      expect(report.findings.filter((finding) => finding.ruleId === 'SD-STR-ITEMS')).toHaveLength(1);
    }
  }, 60_000);

  it('reports at most 50 unknown fields of one object, in both builds', () => {
    const record = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    for (const validate of [validateRecord, validateInBrowser]) {
      const unknown = validate(record).findings.filter((finding) => finding.ruleId === 'SD-STR-UNKNOWN');
      expect(unknown.map((finding) => finding.pointer).sort()).toEqual(
        Array.from({ length: 50 }, (_, i) => `/k${i}`).sort(),
      );
    }
  });

  it('validates {"actions":[0 × 40,000]} in under 100 ms', () => {
    const text = `{"actions":[${new Array(40_000).fill('0').join(',')}]}`;
    validateRecordText(text);
    const start = performance.now();
    validateRecordText(text);
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe('deeply nested JSON is a report, never a stack overflow', () => {
  it.each([
    ['[', 100_000],
    ['{"a":', 100_000],
    ['{"actions":[', 50_000],
  ])('%j repeated %i times: SD-STR-JSON with a line and column', (unit, times) => {
    const report = validateRecordText(unit.repeat(times), { mode: 'final' });
    expect(report).toMatchObject({ valid: false, mode: 'final', findings: [{ ruleId: 'SD-STR-JSON' }] });
    expect(report.parseError).toMatchObject({ line: 1, column: unit.length * times + 1 });
  });

  it('a closed 100,000-deep value where a field belongs is one type finding', () => {
    const text = `{"meeting":{"kind":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const report = validateRecordText(text, { mode: 'final' });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'SD-STR-TYPE', pointer: '/meeting/kind' }),
    );
  });
});
