import type { Attendee, Child, Decision, StrategyDiscussionRecord } from '@strategy-record/schemas';
import { londonDateOf } from '../calendar/londonTime.js';

type AgencyType = NonNullable<NonNullable<Attendee['agency']>['type']>;
type HealthRole = NonNullable<NonNullable<Attendee['agency']>['healthRole']>;

/** Lookups several rules need, computed once per validation. */
export interface RecordIndex {
  readonly attendees: readonly Attendee[];
  readonly children: readonly Child[];
  readonly decisions: readonly Decision[];
  readonly childIds: ReadonlySet<string>;
  readonly attendeeIds: ReadonlySet<string>;
  /** Agency types that attended, sent information, or have an information entry. */
  readonly involvedAgencyTypes: ReadonlySet<AgencyType>;
  /** Health roles that attended, sent information, or have an information entry. */
  readonly involvedHealthRoles: ReadonlySet<HealthRole>;
  /** Decisions whose outcome is a Section 47 enquiry. */
  readonly s47Decisions: readonly Decision[];
  /** The date (YYYY-MM-DD) in London on which the discussion started, if known. */
  readonly discussionDate: string | undefined;
  /** When the discussion started, in epoch milliseconds, if known. */
  readonly discussionStartMs: number | undefined;
}

const EMPTY: readonly never[] = Object.freeze([]);

export function indexRecord(record: StrategyDiscussionRecord): RecordIndex {
  const attendees = record.attendees ?? EMPTY;
  const children = record.children ?? EMPTY;
  const decisions = record.decisions ?? EMPTY;
  const involvedAgencyTypes = new Set<AgencyType>();
  const involvedHealthRoles = new Set<HealthRole>();
  const attendeeIds = new Set<string>();
  for (const attendee of attendees) {
    if (attendee.id !== undefined) attendeeIds.add(attendee.id);
    if (attendee.attendance === 'attended' || attendee.attendance === 'information-only') {
      noteAgency(attendee.agency, involvedAgencyTypes, involvedHealthRoles);
    }
  }
  for (const entry of record.informationShared ?? EMPTY)
    noteAgency(entry.agency, involvedAgencyTypes, involvedHealthRoles);
  const childIds = new Set<string>();
  for (const child of children) if (child.id !== undefined) childIds.add(child.id);
  const startedAt = record.meeting?.startedAt;
  const startMs = startedAt === undefined ? Number.NaN : Date.parse(startedAt);
  return {
    attendees,
    children,
    decisions,
    childIds,
    attendeeIds,
    involvedAgencyTypes,
    involvedHealthRoles,
    s47Decisions: decisions.filter((decision) => decision.outcome === 's47-enquiry'),
    // The London date, not the date as written: 2026-06-30T23:30:00Z is 1 July in London.
    discussionDate: startedAt === undefined ? undefined : londonDateOf(startedAt),
    discussionStartMs: Number.isNaN(startMs) ? undefined : startMs,
  };
}

function noteAgency(agency: Attendee['agency'], types: Set<AgencyType>, roles: Set<HealthRole>): void {
  if (agency?.type !== undefined) types.add(agency.type);
  if (agency?.healthRole !== undefined) roles.add(agency.healthRole);
}
