import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecordText } from './validateRecord.js';
import { parseRecordText } from './validateRecordText.js';

describe('validateRecordText', () => {
  it('never throws on any text, and names the line and column of malformed JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((json) => json.slice(0, Math.max(0, json.length - 1))),
        ),
        (text) => {
          const report = validateRecordText(text, { mode: 'final' });
          if (report.parseError?.code === 'malformed-json' && report.parseError.line !== undefined) {
            expect(report.findings[0]?.message).toContain(
              `line ${report.parseError.line}, column ${report.parseError.column}`,
            );
          }
          expect(typeof report.valid).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([null, 42, undefined, {}])('explains that %j is not text', (value) => {
    const report = validateRecordText(value as never);
    expect(report).toMatchObject({ valid: false, findings: [{ ruleId: 'SD-STR-JSON' }] });
  });

  it('accepts a byte-order mark and refuses comments', () => {
    expect(parseRecordText('\ufeff{}')).toEqual({ ok: true, value: {} });
    expect(parseRecordText('{ /* no */ }')).toMatchObject({
      ok: false,
      error: { code: 'malformed-json', line: 1, column: 3 },
    });
  });
});
