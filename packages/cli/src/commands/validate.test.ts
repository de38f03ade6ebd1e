import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecordText } from '@strategy-record/validators';
import { describe, expect, it } from 'vitest';
import { checkInput } from './validate.js';

const RECORD = readFileSync(
  join(import.meta.dirname, '../../../../schemas/examples/final/no-further-action.json'),
  'utf8',
);
const validate = (text: string) => validateRecordText(text, { mode: 'final' });

describe('checkInput: one file of a validate run', () => {
  it.each([
    [
      'a RangeError',
      () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      'RangeError: Maximum call stack size exceeded',
    ],
    [
      'a thrown string',
      () => {
        throw 'Ewa Kowalczyk';
      },
      'Ewa Kowalczyk',
    ],
    [
      'a TypeError from the validator',
      () => {
        throw new TypeError("Cannot read properties of undefined (reading 'Hamza')");
      },
      'TypeError',
    ],
  ])(
    "turns %s while checking into that file's own NOT CHECKED result, never a thrown error",
    (_what, throwing, said) => {
      const { result, text } = checkInput({ name: 'wójcik.json', text: RECORD }, throwing as typeof validate);
      expect(result).toMatchObject({ file: 'wójcik.json', error: { code: 'check-failed' } });
      expect(result.error?.message).toContain(said);
      expect(text).toMatch(
        /^wójcik\.json: NOT CHECKED: The record could not be checked \(.+\)\. Please report this\.\n$/,
      );
    },
  );

  it.each([
    ['a record', { name: 'a.json', text: RECORD }, /^a\.json: VALID: complete enough to sign off/],
    ['malformed JSON', { name: 'b.json', text: '{"recordId": ' }, /^b\.json: UNREADABLE: The file is not valid JSON/],
    [
      'an input that could not be read',
      {
        name: 'c.json',
        error: { code: 'too-large', message: 'The file is too large to be a record (200 MB; at most 64 MB).' },
      } as const,
      /^c\.json: UNREADABLE: The file is too large/,
    ],
  ])('reports %s on its own verdict line', (_what, input, line) => {
    expect(checkInput(input, validate).text).toMatch(line);
  });
});
