import { recordSchema } from '@strategy-record/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldIndexFor } from './fieldIndex.js';
import { DRAFT_FORMAT, MAX_DRAFT_LENGTH, readDraft } from './readDraft.js';

const index = fieldIndexFor(recordSchema);
const draft = (record: unknown, extra: object = {}) =>
  JSON.stringify({ format: DRAFT_FORMAT, version: 1, record, touched: [], ...extra });

afterEach(() => {
  // A failed refusal must not leave anything on the shared prototypes.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('reading a saved draft', () => {
  it('reads a draft the form wrote', () => {
    const record = {
      schemaVersion: '1.1',
      meeting: { chair: { fullName: 'Gareth Pryce' } },
      attendees: [{ id: 'sw', fullName: 'Zuzanna Kowalczyk' }],
    };
    expect(readDraft(draft(record, { touched: ['/meeting/chair/fullName'], submitted: true }), index)).toEqual({
      ok: true,
      draft: { record, touched: ['/meeting/chair/fullName'], submitted: true },
    });
  });

  it('restores a draft saved by the 1.0 form with every answer in place, and says what the migration changed (issue 18)', () => {
    const record = {
      schemaVersion: '1.0',
      meeting: { chair: { fullName: 'Nguyễn Thị Lan' } },
      children: [{ id: 'c1', fullName: 'Ayaan Qureshi', interpreterNeeded: 'yes', interpreterLanguage: 'Urdu' }],
    };
    expect(readDraft(draft(record, { touched: ['/meeting/chair/fullName'] }), index)).toEqual({
      ok: true,
      draft: { record: { ...record, schemaVersion: '1.1' }, touched: ['/meeting/chair/fullName'], submitted: false },
      migration: {
        from: '1.0',
        to: '1.1',
        changes: [expect.objectContaining({ pointer: '/schemaVersion', before: '1.0', after: '1.1' })],
      },
    });
  });

  it('refuses a draft written for a newer schema version', () => {
    const read = readDraft(draft({ schemaVersion: '2.0', recordId: 'SD-1' }), index);
    expect(read).toMatchObject({ ok: false, problems: [expect.objectContaining({ pointer: '/schemaVersion' })] });
  });

  it('reads a bare record as a draft with nothing touched', () => {
    expect(readDraft('{"recordId":"SD-1"}', index)).toEqual({
      ok: true,
      draft: { record: { recordId: 'SD-1' }, touched: [], submitted: false },
    });
  });

  it.each([
    ['__proto__ at the top of the record', draft(JSON.parse('{"__proto__":{"polluted":"yes"}}')), '/__proto__'],
    [
      '__proto__ written into the JSON text',
      `{"format":"${DRAFT_FORMAT}","version":1,"record":{"__proto__":{"polluted":"yes"}},"touched":[]}`,
      '/__proto__',
    ],
    [
      '__proto__ inside a list item',
      `{"format":"${DRAFT_FORMAT}","version":1,"record":{"attendees":[{"__proto__":{"polluted":"yes"}}]},"touched":[]}`,
      '/attendees/0/__proto__',
    ],
    [
      'constructor.prototype in a group',
      `{"format":"${DRAFT_FORMAT}","version":1,"record":{"meeting":{"constructor":{"prototype":{"polluted":"yes"}}}},"touched":[]}`,
      '/meeting/constructor',
    ],
    ['prototype as a field', draft({ prototype: { polluted: 'yes' } }), '/prototype'],
    [
      '__proto__ in the envelope',
      `{"format":"${DRAFT_FORMAT}","version":1,"record":{},"__proto__":{"polluted":"yes"}}`,
      '',
    ],
    ['__proto__ in a bare record', '{"__proto__":{"polluted":"yes"}}', '/__proto__'],
    ['an unknown top-level field', draft({ notes: 'x' }), '/notes'],
    ['an unknown nested field', draft({ meeting: { chair: { nickname: 'G' } } }), '/meeting/chair/nickname'],
    ['an unknown envelope key', draft({}, { extra: 1 }), '/extra'],
    ['text where a group belongs', draft({ meeting: 'yesterday' }), '/meeting'],
    ['a group where text belongs', draft({ recordId: { id: 1 } }), '/recordId'],
    ['a number where yes/no belongs', draft({ furtherDiscussion: { needed: 1 } }), '/furtherDiscussion/needed'],
    ['an option the schema does not offer', draft({ meeting: { format: 'carrier pigeon' } }), '/meeting/format'],
    ['a list of the wrong things', draft({ attendees: ['Zuzanna'] }), '/attendees/0'],
    ['too many list items', draft({ children: Array.from({ length: 31 }, () => ({})) }), '/children'],
    ['a touched pointer the record lacks', draft({}, { touched: ['/nothing'] }), '/touched/0'],
    ['a touched pointer through __proto__', draft({}, { touched: ['/__proto__/polluted'] }), '/touched/0'],
    ['a touched entry that is not a pointer', draft({}, { touched: [42] }), '/touched/0'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, record: {} }), '/format'],
    ['another version', JSON.stringify({ format: DRAFT_FORMAT, version: 2, record: {} }), '/version'],
    ['no record', JSON.stringify({ format: DRAFT_FORMAT, version: 1 }), '/record'],
    ['a list instead of an object', '[]', ''],
    ['not JSON', '{"record": ', ''],
    ['JSON nested too deep to parse', '['.repeat(100_000), ''],
    ['too large', ' '.repeat(MAX_DRAFT_LENGTH + 1), ''],
  ])('refuses %s', (_case, text, pointer) => {
    const result = readDraft(text, index);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.pointer)).toContain(pointer);
  });

  it.each([null, 42, { record: {} }])('refuses %j, which is not text', (value) => {
    expect(readDraft(value, index)).toMatchObject({ ok: false });
  });
});
