import type { Severity } from '../findings.js';
import type {
  HolidayChange,
  LocalProcedureProfileDocument,
  ResolvedProfile,
  ResolvedTimescale,
  Timescale,
  TimescaleDocument,
  UrgencyCategory,
} from './profileTypes.js';
import { urgencyCategories } from './urgencyCategories.js';

const resolved = new WeakSet<object>();

/**
 * Whether a value is a profile this module resolved (and so is complete and frozen), as opposed to a
 * document that merely looks like one: validation trusts only what went through resolution.
 */
export function isResolvedProfile(value: unknown): value is ResolvedProfile {
  return typeof value === 'object' && value !== null && resolved.has(value);
}

/** The normalised form of a timescale a document writes, or `undefined` when it sets none. */
function timescaleOf(document: TimescaleDocument): Timescale | undefined {
  if (document.sameDay === true) return { kind: 'same-day' };
  if (document.workingDays !== undefined) return { kind: 'working-days', days: document.workingDays };
  if (document.hours !== undefined) return { kind: 'hours', hours: document.hours };
  if (document.calendarDays !== undefined) return { kind: 'calendar-days', days: document.calendarDays };
  if (document.noLimit === true) return { kind: 'no-limit' };
  return undefined;
}

function resolveTimescale(
  document: TimescaleDocument | undefined,
  inherited: ResolvedTimescale | undefined,
  profile: LocalProcedureProfileDocument,
  field: string,
): ResolvedTimescale {
  const timescale = document === undefined ? undefined : timescaleOf(document);
  if (timescale === undefined || document === undefined) {
    if (inherited === undefined) throw new Error(`profile ${profile.id} extends nothing and sets no ${field}`);
    return inherited;
  }
  return Object.freeze({
    timescale: Object.freeze(timescale),
    ...(document.wording === undefined ? {} : { wording: document.wording }),
    ...(document.note === undefined ? {} : { note: document.note }),
    setBy: profile.id,
    setByName: profile.shortName ?? profile.name,
  });
}

function mergeHolidays(
  parent: ResolvedProfile['holidays'] | undefined,
  own: LocalProcedureProfileDocument['holidays'],
): ResolvedProfile['holidays'] {
  const add = new Map<string, HolidayChange>((parent?.add ?? []).map((change) => [change.date, change]));
  const remove = new Map<string, HolidayChange>((parent?.remove ?? []).map((change) => [change.date, change]));
  // The nearer profile wins: a day it removes stops being added by a profile it extends, and back.
  for (const change of own?.add ?? []) {
    remove.delete(change.date);
    add.set(change.date, Object.freeze({ date: change.date, reason: change.reason }));
  }
  for (const change of own?.remove ?? []) {
    add.delete(change.date);
    remove.set(change.date, Object.freeze({ date: change.date, reason: change.reason }));
  }
  const sorted = (changes: Map<string, HolidayChange>) =>
    Object.freeze([...changes.values()].sort((a, b) => (a.date < b.date ? -1 : 1)));
  return Object.freeze({ add: sorted(add), remove: sorted(remove) });
}

/**
 * Resolves a profile document that is already known to be valid against the profile schema, on top
 * of its resolved parent (none only for the national default, which must set every timescale).
 *
 * Pure and allocation-light; validation (schema and references) is `parseProfile`'s job. Builds each
 * field explicitly rather than deep-merging, so nothing from the document but the schema's fields can
 * reach the result.
 */
export function resolveProfileDocument(
  document: LocalProcedureProfileDocument,
  parent: ResolvedProfile | undefined,
): ResolvedProfile {
  const urgency = {} as Record<UrgencyCategory, ResolvedTimescale>;
  for (const category of urgencyCategories) {
    urgency[category] = resolveTimescale(
      document.urgency?.[category],
      parent?.urgency[category],
      document,
      `urgency/${category}`,
    );
  }
  const severity: Record<string, Severity> = { ...parent?.severity };
  for (const [ruleId, value] of Object.entries(document.severity ?? {})) severity[ruleId] = value;
  const anchor = document.icpc?.anchor ?? parent?.icpc.anchor;
  if (anchor === undefined) throw new Error(`profile ${document.id} extends nothing and sets no icpc/anchor`);
  const profile: ResolvedProfile = Object.freeze({
    id: document.id,
    name: document.name,
    // A profile says only what differs from the one it extends; what names it defaults to its name.
    shortName: document.shortName ?? document.name,
    ...(document.description === undefined ? {} : { description: document.description }),
    source: resolveSource(document, parent),
    extendsChain: Object.freeze(parent === undefined ? [] : [parent.id, ...parent.extendsChain]),
    urgency: Object.freeze(urgency),
    childSeen: resolveTimescale(document.childSeen, parent?.childSeen, document, 'childSeen'),
    icpc: Object.freeze({
      limit: resolveTimescale(document.icpc?.limit, parent?.icpc.limit, document, 'icpc/limit'),
      anchor,
    }),
    writeUp: resolveTimescale(document.writeUp, parent?.writeUp, document, 'writeUp'),
    circulation: resolveTimescale(document.circulation, parent?.circulation, document, 'circulation'),
    holidays: mergeHolidays(parent?.holidays, document.holidays),
    exploitationScreening: document.exploitationScreening ?? parent?.exploitationScreening ?? 'not-required',
    severity: Object.freeze(severity),
  });
  resolved.add(profile);
  return profile;
}

/** The document's own source; else its name as the document, citing what the profile it extends cites. */
function resolveSource(
  document: LocalProcedureProfileDocument,
  parent: ResolvedProfile | undefined,
): ResolvedProfile['source'] {
  const source = document.source ?? {
    document: document.name,
    ...(parent?.source.cites === undefined ? {} : { cites: [...parent.source.cites] }),
  };
  return Object.freeze({ ...source, ...(source.cites ? { cites: Object.freeze([...source.cites]) } : {}) });
}
