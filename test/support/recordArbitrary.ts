import fc from 'fast-check';
import { FILLED_IN_PATTERN, type StrategyDiscussionRecord } from '@strategy-record/schemas';
import schema from '../../schemas/record.schema.json' with { type: 'json' };
import jointEnquiry from '../../schemas/examples/final/joint-s47-physical-injury.json' with { type: 'json' };
import { agencyNames, namingTraditions, phrases, shortAnswers, writtenFullNames } from './names.js';

/** Options for {@link draftRecordArbitrary}. */
export interface DraftRecordOptions {
  /** Most items in any list (never more than the schema's `maxItems`). Small by default so runs stay fast. */
  readonly maxArrayLength?: number;
  /** Longest free text in code points (never more than the schema's `maxLength`). */
  readonly maxTextLength?: number;
  /** Out of 10 strings, how many are arbitrary printable Unicode rather than drawn from the name and phrase pools. */
  readonly unicodeWeight?: number;
  /** Most sentences in a free text with room for more than 500 code points (3 by default); within `maxTextLength`. */
  readonly maxSentences?: number;
  /**
   * The record schema to walk: the current one by default; a frozen earlier version
   * (`schemas/versions/1.0/record.schema.json`) gives records of that version, for the migration tests.
   */
  readonly schema?: Readonly<Record<string, unknown>>;
}

/** Options for {@link completeRecordArbitrary}. */
export interface CompleteRecordOptions {
  /** Most actions added to those kept from the example (a non-empty subset of its 13). */
  readonly maxExtraActions?: number;
  /** As in {@link DraftRecordOptions}. */
  readonly unicodeWeight?: number;
  /** As in {@link DraftRecordOptions}: long texts make records of many pages. */
  readonly maxSentences?: number;
}

type SchemaNode = Readonly<Record<string, unknown>>;
interface Settings {
  readonly maxArrayLength: number;
  readonly maxTextLength: number;
  readonly unicodeWeight: number;
  readonly maxSentences: number;
  /** The schema whose `$defs` references resolve against. */
  readonly root?: SchemaNode;
}

const root = schema as SchemaNode;
// Text fields carry the schema's "filled in" pattern; they get realistic text, filtered by it.
const NON_BLANK = FILLED_IN_PATTERN;
const NON_BLANK_TEXT = new RegExp(NON_BLANK, 'u');
// Keywords the generator honours, and annotations it may ignore. Anything else is a schema change it
// does not understand: it fails loudly rather than generate records that drift from the schema.
const HONOURED = new Set([
  '$ref',
  'type',
  'properties',
  'additionalProperties',
  'items',
  'maxItems',
  'uniqueItems',
  'enum',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'anyOf',
]);
const IGNORED = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  'x-rule',
  'x-enumTitles',
  'required',
  'minItems',
  'if',
  'then',
  'else',
  'allOf',
]);
// What `if`/`then`/`else`/`allOf` may say: only completeness (required, minItems), which drafts need not meet.
const COMPLETENESS_ONLY = new Set([
  'required',
  'minItems',
  'properties',
  'type',
  'const',
  'enum',
  'if',
  'then',
  'else',
  'allOf',
  'x-rule',
]);

const codePoints = (text: string): number => [...text].length;

function resolveRef(ref: string, from: SchemaNode = root): SchemaNode {
  const target = ref.startsWith('#/$defs/')
    ? (from['$defs'] as Record<string, SchemaNode>)[ref.slice('#/$defs/'.length)]
    : undefined;
  if (target === undefined)
    throw new Error(
      `recordArbitrary: cannot resolve ${JSON.stringify(ref)}; only "#/$defs/<name>" references are supported.`,
    );
  return target;
}

function assertCompletenessOnly(node: unknown, where: string): void {
  if (Array.isArray(node)) return node.forEach((member) => assertCompletenessOnly(member, where));
  if (typeof node !== 'object' || node === null) return;
  for (const [keyword, value] of Object.entries(node)) {
    if (!COMPLETENESS_ONLY.has(keyword))
      throw new Error(
        `recordArbitrary: "${keyword}" inside a condition at ${where} is more than completeness; teach the generator about it.`,
      );
    if (keyword === 'properties')
      Object.values(value as object).forEach((property) => assertCompletenessOnly(property, where));
    else if (keyword !== 'required' && keyword !== 'enum') assertCompletenessOnly(value, where);
  }
}

function checkKeywords(node: SchemaNode, where: string): void {
  for (const keyword of Object.keys(node)) {
    if (!HONOURED.has(keyword) && !IGNORED.has(keyword))
      throw new Error(`recordArbitrary: unsupported keyword "${keyword}" at ${where}.`);
  }
  for (const keyword of ['if', 'then', 'else', 'allOf']) assertCompletenessOnly(node[keyword], `${where}/${keyword}`);
}

const composedName = fc
  .constantFrom(...namingTraditions)
  .chain((tradition) =>
    fc
      .tuple(fc.constantFrom(...tradition.givenNames), fc.constantFrom(...tradition.familyNames))
      .map(([given, family]) =>
        (tradition.order === 'given-family' ? [given, family] : [family, given]).join(tradition.separator),
      ),
  );
/** Composed names from every naming tradition, plus names written with titles and transliterations. */
const personName: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: composedName },
  { weight: 1, arbitrary: fc.constantFrom(...writtenFullNames) },
);

/** Pool strings sized for a field of this capacity: names for names, short answers, then sentences. */
function pooledText(capacity: number, maxSentences: number): fc.Arbitrary<string> {
  if (capacity <= 200) return fc.oneof(personName, fc.constantFrom(...agencyNames));
  if (capacity <= 500) return fc.oneof(fc.constantFrom(...shortAnswers), personName);
  return (
    fc
      // size 'max': fast-check's default size draws at most about ten items, whatever maxLength says.
      .array(fc.constantFrom(...phrases), { minLength: 1, maxLength: maxSentences, size: 'max' })
      .map((sentences) => sentences.join(' '))
  );
}

function textArbitrary(capacity: number, settings: Settings): fc.Arbitrary<string> {
  const pooled = { weight: 10 - settings.unicodeWeight, arbitrary: pooledText(capacity, settings.maxSentences) };
  const unicode = {
    weight: settings.unicodeWeight,
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(capacity, 40) }),
  };
  const mixed =
    settings.unicodeWeight <= 0
      ? pooled.arbitrary
      : settings.unicodeWeight >= 10
        ? unicode.arbitrary
        : fc.oneof(pooled, unicode);
  return mixed.filter((text) => NON_BLANK_TEXT.test(text));
}

const pad = (value: number) => String(value).padStart(2, '0');
const calendarDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2050-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
// Mostly the two offsets England uses (winter Z, summer +01:00), and some others a system may send.
const utcOffset = fc.constantFrom('Z', 'Z', '+01:00', '+01:00', '+00:00', '-05:00', '+05:30', '+09:00', '-03:30');
const dateTime = fc
  .tuple(calendarDate, fc.nat(23), fc.nat(59), fc.nat(59), fc.option(fc.nat(999), { nil: undefined }), utcOffset)
  .map(
    ([day, hour, minute, second, millis, offset]) =>
      `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}${millis === undefined ? '' : `.${String(millis).padStart(3, '0')}`}${offset}`,
  );
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{0,11}(\.[a-z0-9]{1,12})?$/),
    fc.constantFrom('northshire.gov.uk', 'nhs.example', 'northshire.police.example', 'stcuthberts-primary.example'),
  )
  .map(([local, domain]) => `${local}@${domain}`);
const FORMATS: Readonly<Record<string, fc.Arbitrary<string>>> = { date: calendarDate, 'date-time': dateTime, email };

function stringArbitrary(node: SchemaNode, settings: Settings, where: string): fc.Arbitrary<string> {
  const minLength = (node['minLength'] as number | undefined) ?? 0;
  const maxLength = Math.min((node['maxLength'] as number | undefined) ?? Infinity, settings.maxTextLength);
  const pattern = node['pattern'] as string | undefined;
  const matches =
    pattern === undefined
      ? () => true
      : (
          (regex: RegExp) => (text: string) =>
            regex.test(text)
        )(new RegExp(pattern, 'u'));
  const fits = (text: string) =>
    codePoints(text) >= minLength && codePoints(text) <= Math.max(maxLength, minLength) && matches(text);
  const format = node['format'] as string | undefined;
  if (format !== undefined) {
    const formatted = FORMATS[format];
    if (formatted === undefined) throw new Error(`recordArbitrary: unsupported format "${format}" at ${where}.`);
    return formatted.filter(fits);
  }
  if (pattern !== undefined && pattern !== NON_BLANK) return fc.stringMatching(new RegExp(pattern, 'u')).filter(fits);
  return textArbitrary((node['maxLength'] as number | undefined) ?? 20_000, settings).filter(fits);
}

function nodeArbitrary(
  node: SchemaNode,
  settings: Settings,
  where: string,
  refs: readonly string[],
): fc.Arbitrary<unknown> {
  checkKeywords(node, where);
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    if (refs.includes(ref))
      throw new Error(`recordArbitrary: ${ref} refers to itself; recursive schemas are not supported.`);
    const { $ref: _ref, ...siblings } = node;
    return nodeArbitrary({ ...resolveRef(ref, settings.root), ...siblings }, settings, ref, [...refs, ref]);
  }
  if ('const' in node) return fc.constant(node['const']);
  if (Array.isArray(node['enum'])) return fc.constantFrom(...(node['enum'] as unknown[]));
  if (Array.isArray(node['anyOf'])) {
    const { anyOf, ...shared } = node;
    return fc.oneof(
      ...(anyOf as SchemaNode[]).map((branch, i) =>
        nodeArbitrary({ ...shared, ...branch }, settings, `${where}/anyOf/${i}`, refs),
      ),
    );
  }
  switch (node['type']) {
    case 'object': {
      const properties = Object.entries((node['properties'] as Record<string, SchemaNode> | undefined) ?? {});
      const model = Object.fromEntries(
        properties.map(([key, property]) => [key, nodeArbitrary(property, settings, `${where}/${key}`, refs)]),
      );
      return fc.record(model, { requiredKeys: [], noNullPrototype: true });
    }
    case 'array': {
      const items = nodeArbitrary(node['items'] as SchemaNode, settings, `${where}/items`, refs);
      const maxLength = Math.min((node['maxItems'] as number | undefined) ?? Infinity, settings.maxArrayLength);
      return node['uniqueItems'] === true
        ? fc.uniqueArray(items, { maxLength, selector: (item) => JSON.stringify(item) })
        : fc.array(items, { maxLength });
    }
    case 'string':
      return stringArbitrary(node, settings, where);
    case 'boolean':
      return fc.boolean();
    default:
      throw new Error(`recordArbitrary: unsupported type ${JSON.stringify(node['type'])} at ${where}.`);
  }
}

// Dates and date-times need up to 40 code points: a shorter cap could never be met and would make
// fast-check filter forever, so it is refused up front.
const SHORTEST_TEXT_CAP = 40;

function checkedSettings(settings: Settings): Settings {
  if (!Number.isInteger(settings.maxArrayLength) || settings.maxArrayLength < 0)
    throw new RangeError('recordArbitrary: maxArrayLength must be a whole number, 0 or more.');
  if (!(settings.maxTextLength >= SHORTEST_TEXT_CAP))
    throw new RangeError(`recordArbitrary: maxTextLength must be at least ${SHORTEST_TEXT_CAP}.`);
  if (!(settings.unicodeWeight >= 0 && settings.unicodeWeight <= 10))
    throw new RangeError('recordArbitrary: unicodeWeight must be between 0 and 10.');
  if (!Number.isInteger(settings.maxSentences) || settings.maxSentences < 1)
    throw new RangeError('recordArbitrary: maxSentences must be a whole number, 1 or more.');
  return settings;
}

/**
 * Records that pass the draft schema (`schemas/record.schema.json` without its completeness keywords),
 * derived by walking the schema: any subset of fields, every enum, dates and date-times with offsets,
 * lists up to `maxArrayLength`, strings from a pool of names and phrases in many scripts and sometimes
 * arbitrary printable Unicode. Deterministic for a seed, so a failing run reproduces.
 *
 * Throws at construction if the schema uses a keyword the generator does not understand, so a schema
 * change cannot silently make it generate invalid records.
 */
export function draftRecordArbitrary(options: DraftRecordOptions = {}): fc.Arbitrary<StrategyDiscussionRecord> {
  const settings = checkedSettings({
    maxArrayLength: options.maxArrayLength ?? 3,
    maxTextLength: options.maxTextLength ?? 400,
    unicodeWeight: options.unicodeWeight ?? 1,
    maxSentences: options.maxSentences ?? 3,
  });
  const from = options.schema ?? root;
  return nodeArbitrary(from, { ...settings, root: from }, '#', []) as fc.Arbitrary<StrategyDiscussionRecord>;
}

/** Where a string sits: the `$defs` entry it is an instance of, and the property that holds it. */
type StringRewrite = (definition: string | undefined, key: string, text: string) => string;

/** Copies a record, passing every string through `rewrite` with its schema definition. */
function rewriteStrings(
  node: SchemaNode,
  value: unknown,
  rewrite: StringRewrite,
  definition?: string,
  key = '',
): unknown {
  const ref = node['$ref'];
  if (typeof ref === 'string')
    return rewriteStrings(resolveRef(ref), value, rewrite, ref.slice('#/$defs/'.length), key);
  if (typeof value === 'string') return rewrite(definition, key, value);
  if (Array.isArray(value))
    return value.map((item) => rewriteStrings(node['items'] as SchemaNode, item, rewrite, undefined, key));
  if (typeof value !== 'object' || value === null) return value;
  const properties = (node['properties'] as Record<string, SchemaNode> | undefined) ?? {};
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [
      name,
      properties[name] === undefined ? field : rewriteStrings(properties[name], field, rewrite, undefined, name),
    ]),
  );
}

// Names of organisations use the same `name` definition as names of people; these properties hold them.
const AGENCY_KEYS = new Set(['name', 'agency', 'localAuthority']);
const TEXT_CAPACITY = { text: 20_000, shortText: 500 } as const;
const agencyName = fc.oneof(
  fc.constantFrom(...agencyNames),
  personName.map((name) => `${name} Family Centre`),
);
const base = jointEnquiry as unknown as StrategyDiscussionRecord;

/** An action owned by someone already on the invitee list, due after the meeting. */
function extraAction(
  record: StrategyDiscussionRecord,
): fc.Arbitrary<NonNullable<StrategyDiscussionRecord['actions']>[number]> {
  const startedAt = Date.parse(record.meeting?.startedAt ?? '');
  const owners = (record.attendees ?? []).map((attendee) => ({
    fullName: attendee.fullName!,
    agency: attendee.agency!.name!,
    attendeeId: attendee.id!,
  }));
  const childIds = (record.children ?? []).map((child) => child.id!);
  return fc.record(
    {
      description: fc.constant('(replaced)'),
      owner: fc.constantFrom(...owners),
      dueBy: fc
        .integer({ min: 60, max: 30 * 24 * 60 })
        .map((minutes) => new Date(startedAt + minutes * 60_000).toISOString().replace('.000Z', 'Z')),
      childId: fc.constantFrom(...childIds),
      status: fc.constantFrom('open' as const, 'done' as const, 'cancelled' as const),
      shareWithFamily: fc.boolean(),
    },
    { requiredKeys: ['description', 'owner', 'dueBy'], noNullPrototype: true },
  );
}

/** Makes every free text distinct and no text a part of another, so redaction tests have no false alarms. */
function distinctTexts(texts: readonly string[], taken: readonly string[]): string[] {
  return texts.map((text, i) =>
    [...texts.slice(0, i), ...texts.slice(i + 1), ...taken].some((other) => other.includes(text))
      ? `${text} ⟨${i + 1}⟩`
      : text,
  );
}

/**
 * Complete records that pass `final` validation: the bundled joint Section 47 example with every
 * person's name, every agency's name and every free text replaced, and a varying number of actions.
 * Equal strings get equal replacements, so the cross-references rules check (owners and circulation,
 * chair and sign-off, agencies and their information) stay consistent. Every free text is distinct
 * and none contains another.
 */
export function completeRecordArbitrary(options: CompleteRecordOptions = {}): fc.Arbitrary<StrategyDiscussionRecord> {
  const settings = checkedSettings({
    maxArrayLength: 3,
    maxTextLength: 400,
    unicodeWeight: options.unicodeWeight ?? 1,
    maxSentences: options.maxSentences ?? 3,
  });
  if (!Number.isInteger(options.maxExtraActions ?? 0) || (options.maxExtraActions ?? 0) < 0)
    throw new RangeError('recordArbitrary: maxExtraActions must be a whole number, 0 or more.');
  const withActions = fc
    .tuple(
      fc.subarray(base.actions ?? [], { minLength: 1 }),
      fc.array(extraAction(base), { maxLength: options.maxExtraActions ?? 10 }),
    )
    .map(
      ([kept, extra]): StrategyDiscussionRecord => ({
        ...structuredClone(base),
        actions: [...structuredClone(kept), ...extra.map((action, i) => ({ id: `X${i + 1}`, ...action }))],
      }),
    );
  return withActions.chain((record) => {
    const people = new Set<string>();
    const agencies = new Set<string>();
    const textCapacities: number[] = [];
    rewriteStrings(root, record, (definition, key, text) => {
      if (definition === 'name') (AGENCY_KEYS.has(key) ? agencies : people).add(text);
      if (definition === 'text' || definition === 'shortText') textCapacities.push(TEXT_CAPACITY[definition]);
      return text;
    });
    const unique = (arbitrary: fc.Arbitrary<string>, count: number) =>
      fc.uniqueArray(arbitrary, { minLength: count, maxLength: count });
    return fc
      .tuple(
        unique(personName, people.size),
        unique(agencyName, agencies.size),
        fc.tuple(...textCapacities.map((capacity) => textArbitrary(capacity, settings))),
      )
      .map(([newPeople, newAgencies, newTexts]) => {
        const personFor = new Map([...people].map((old, i) => [old, newPeople[i]!]));
        const agencyFor = new Map([...agencies].map((old, i) => [old, newAgencies[i]!]));
        const textsInOrder = distinctTexts(newTexts, [...newPeople, ...newAgencies]);
        let next = 0;
        return rewriteStrings(root, record, (definition, key, text) => {
          if (definition === 'name') return (AGENCY_KEYS.has(key) ? agencyFor : personFor).get(text) ?? text;
          if (definition === 'text' || definition === 'shortText') return textsInOrder[next++]!;
          return text;
        }) as StrategyDiscussionRecord;
      });
  });
}
