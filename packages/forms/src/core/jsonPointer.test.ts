import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPointer, getAt, jsonEqual, moveItemAt, parsePointer, removeItemAt, setAt } from './jsonPointer.js';

const record = {
  meeting: { chair: { fullName: 'Gareth Pryce' } },
  attendees: [{ fullName: 'Zuzanna Kowalczyk' }, { fullName: 'Nguyễn Thị Hương' }],
  'a/b': { '~c': 1 },
};

describe('JSON Pointer', () => {
  it.each([
    ['', record],
    ['/meeting/chair/fullName', 'Gareth Pryce'],
    ['/attendees/1/fullName', 'Nguyễn Thị Hương'],
    ['/a~1b/~0c', 1],
    ['/attendees/2/fullName', undefined],
    ['/attendees/01', undefined],
    ['/attendees/-', undefined],
    ['/meeting/chair/fullName/length', undefined],
    ['/constructor', undefined],
    ['/__proto__', undefined],
    ['/meeting/toString', undefined],
  ])('reads %s', (pointer, expected) => {
    expect(getAt(record, pointer)).toEqual(expected);
  });

  it('refuses a string that is not a pointer', () => {
    expect(() => parsePointer('meeting')).toThrow(TypeError);
  });

  it('shares every object off the changed path', () => {
    const next = setAt(record, '/attendees/0/fullName', 'Ayşe Yılmaz') as typeof record;
    expect(next.attendees[0]).toEqual({ fullName: 'Ayşe Yılmaz' });
    expect(next.meeting).toBe(record.meeting);
    expect(next.attendees[1]).toBe(record.attendees[1]);
    expect(record.attendees[0]).toEqual({ fullName: 'Zuzanna Kowalczyk' });
  });

  it('returns the same object when nothing changes', () => {
    expect(setAt(record, '/meeting/chair/fullName', 'Gareth Pryce')).toBe(record);
    expect(setAt(record, '/meeting/minuteTaker/fullName', undefined)).toBe(record);
  });

  it('creates missing containers as told and removes keys set to undefined', () => {
    const created = setAt({}, '/plan/interviews/0/person', 'Faadumo Cali Warsame', (pointer) =>
      pointer === '/plan/interviews' ? 'array' : 'object',
    );
    expect(created).toEqual({ plan: { interviews: [{ person: 'Faadumo Cali Warsame' }] } });
    expect(setAt(record, '/meeting/chair/fullName', undefined)).toEqual({ ...record, meeting: { chair: {} } });
  });

  it.each(['/__proto__/polluted', '/constructor/prototype/polluted', '/meeting/prototype'])(
    'never writes through %s',
    (pointer) => {
      expect(() => setAt({}, pointer, 'yes')).toThrow(TypeError);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it('removes and moves list items without touching the input', () => {
    const list = { items: ['a', 'b', 'c', 'd'] };
    expect(removeItemAt(list, '/items', 1)).toEqual({ items: ['a', 'c', 'd'] });
    expect(moveItemAt(list, '/items', 0, 2)).toEqual({ items: ['b', 'c', 'a', 'd'] });
    expect(moveItemAt(list, '/items', 3, 1)).toEqual({ items: ['a', 'd', 'b', 'c'] });
    expect(moveItemAt(list, '/items', 0, 9)).toBe(list);
    expect(list).toEqual({ items: ['a', 'b', 'c', 'd'] });
  });
});

// Keys as users and schemas write them, including the characters pointers escape and non-Latin scripts.
const key = fc
  .oneof(fc.constantFrom('fullName', 'a/b', '~0', '~', '/', '', 'Łódź', 'مرحبا', '名字'), fc.string({ maxLength: 6 }))
  .filter((candidate) => !['__proto__', 'constructor', 'prototype'].includes(candidate));
const segments = fc.array(key, { minLength: 1, maxLength: 5 });
const json = fc.jsonValue({ maxDepth: 3 });

/** Whether every value on the way to `path` is an object or missing, so a value can be set there. */
function settable(root: unknown, path: readonly string[]): boolean {
  return path.every((_, depth) => {
    const value = getAt(root, formatPointer(path.slice(0, depth)));
    return value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value));
  });
}

describe('JSON Pointer properties', () => {
  it('formatPointer and parsePointer are inverse', () => {
    fc.assert(
      fc.property(segments, (path) => {
        expect(parsePointer(formatPointer(path))).toEqual(path);
      }),
    );
  });

  it('a value set at a pointer is read back there, and nothing else changes', () => {
    fc.assert(
      fc.property(fc.dictionary(key, json), segments, json, (root, path, value) => {
        fc.pre(settable(root, path));
        const pointer = formatPointer(path);
        const before = structuredClone(root);
        const next = setAt(root, pointer, value);
        expect(getAt(next, pointer)).toEqual(value);
        expect(root).toEqual(before);
        const sibling = formatPointer([`${path[0]}x`]);
        if (path[0] !== `${path[0]}x`) expect(getAt(next, sibling)).toEqual(getAt(root, sibling));
      }),
    );
  });

  it('setting a value back to what it was gives an equal record', () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.dictionary(key, json)), segments, json, (root, path, value) => {
        fc.pre(settable(root, path));
        const pointer = formatPointer(path);
        const previous = getAt(root, pointer);
        fc.pre(previous !== undefined);
        expect(jsonEqual(setAt(setAt(root, pointer, value), pointer, previous), root)).toBe(true);
      }),
    );
  });
});
