type Path = readonly (string | number)[];

/** One change to one field of a record, named so that a failure says what was changed where. */
export interface Mutation {
  readonly name: string;
  /** Builds the changed record (a copy: the original is never changed). */
  readonly apply: () => unknown;
}

/**
 * Values that sit on the edges where validators have disagreed: date-times and email addresses the
 * standards allow or forbid, invisible text, lengths, ids and types.
 */
const STRING_EDGES: readonly unknown[] = [
  '',
  '\t\n',
  '\u200b',
  'Ola Kowalska',
  'x'.repeat(201),
  'x'.repeat(501),
  '2026-03-14',
  '2026-03-14T09:30:00Z',
  '2026-03-14 09:30:00Z',
  '2026-03-14T09:30:00+0100',
  '2026-03-14T09:30:00+01',
  '2026-03-14t09:30:00z',
  '2016-12-31T24:59:60+01:00',
  '2016-12-31T23:59:60Z',
  '2026-02-29T10:00:00Z',
  '2024-02-29T10:00:00.125+05:30',
  '2026-03-14T09:30:00',
  'a@localhost',
  'a@[127.0.0.1]',
  '"joe bloggs"@example.org',
  'a..b@example.org',
  'a@-example.org',
  'a@[300.1.1.1]',
  'a@[IPv6:2001:db8::1]',
  'nguyen.van.an@police.example.uk',
  'bad id',
  '-leading',
  'x'.repeat(65),
  'not-an-option',
  42,
  true,
  null,
  [],
  {},
];

const OTHER_EDGES: readonly unknown[] = ['text', 0, null, [], {}];

/**
 * Every single-field mutation of a record: each value replaced by each edge value of its kind, each
 * property removed, an unknown property added to each object, each list emptied and its first item
 * repeated. Deterministic, so a disagreement reproduces by name.
 */
export function singleFieldMutations(recordName: string, record: unknown): Mutation[] {
  const out: Mutation[] = [];
  const visit = (value: unknown, path: Path): void => {
    const where = `/${path.join('/')}`;
    const edges = typeof value === 'string' ? STRING_EDGES : OTHER_EDGES;
    for (const edge of edges) {
      if (edge === value) continue;
      out.push({
        name: `${recordName} ${where} = ${JSON.stringify(edge).slice(0, 40)}`,
        apply: () => withValue(record, path, edge),
      });
    }
    if (Array.isArray(value)) {
      out.push({ name: `${recordName} ${where} emptied`, apply: () => withValue(record, path, []) });
      if (value.length > 0)
        out.push({
          name: `${recordName} ${where} first item twice`,
          apply: () => withValue(record, path, [value[0], ...value]),
        });
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      out.push({
        name: `${recordName} ${where} + unknown field`,
        apply: () => withValue(record, path, { ...value, colour: 'blue' }),
      });
      for (const [key, item] of Object.entries(value)) {
        out.push({
          name: `${recordName} ${where}/${key} removed`,
          apply: () => withValue(record, [...path, key], undefined),
        });
        visit(item, [...path, key]);
      }
    }
  };
  visit(record, []);
  return out;
}

function withValue(record: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

/** A deterministic sample of `count` items (a seeded shuffle), so the same mutations run every time. */
export function sample<T>(items: readonly T[], count: number, seed = 20260314): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}
