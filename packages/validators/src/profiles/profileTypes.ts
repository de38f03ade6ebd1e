import type { Meeting } from '@strategy-record/schemas';
import type { Severity } from '../findings.js';

// Hand-written to match schemas/profile.schema.json (the schema is the contract; profileTypes.test.ts
// checks that the two name the same fields). Hand-written rather than generated because the resolved
// profile, which callers use, is a different shape from the document: every gap filled, and each
// timescale normalised into a tagged union that TypeScript can switch over.

/** An urgency category of the record (`meeting.urgency`); each profile sets a timescale for each. */
export type UrgencyCategory = NonNullable<Meeting['urgency']>;

/** Which strategy discussion the initial child protection conference timescale is counted from. */
export type IcpcAnchor = 'enquiry-start' | 'latest-discussion';

/** One timescale as a profile document writes it: exactly one of the first five fields. */
export interface TimescaleDocument {
  readonly sameDay?: true;
  readonly workingDays?: number;
  readonly hours?: number;
  readonly calendarDays?: number;
  readonly noLimit?: true;
  /** The procedure's own words. */
  readonly wording?: string;
  /** How the number was read from the procedure, when that took a judgement. */
  readonly note?: string;
}

/** A day added to or removed from the bank holiday table. */
export interface HolidayChange {
  readonly date: string;
  readonly reason: string;
}

/** Where a profile's numbers come from. */
export interface ProfileSource {
  readonly document: string;
  readonly file?: string;
  readonly url?: string;
  readonly cites?: readonly string[];
}

/** A local procedure profile document (schemas/profile.schema.json), as written: anything may be left to the profile it extends. */
export interface LocalProcedureProfileDocument {
  readonly $schema?: string;
  readonly id: string;
  readonly name: string;
  /** Defaults to `name`. */
  readonly shortName?: string;
  readonly description?: string;
  /** Defaults to `name` as the document, citing what the profile it extends cites. */
  readonly source?: ProfileSource;
  readonly extends?: string;
  readonly urgency?: Readonly<Partial<Record<UrgencyCategory, TimescaleDocument>>>;
  readonly childSeen?: TimescaleDocument;
  readonly icpc?: { readonly limit?: TimescaleDocument; readonly anchor?: IcpcAnchor };
  readonly writeUp?: TimescaleDocument;
  readonly circulation?: TimescaleDocument;
  readonly holidays?: { readonly add?: readonly HolidayChange[]; readonly remove?: readonly HolidayChange[] };
  /** Whether an exploitation screening is asked for when exploitation is a category of harm (SD-RSN-3). */
  readonly exploitationScreening?: ExploitationScreening;
  readonly severity?: Readonly<Record<string, Severity>>;
}

/** Whether a procedure asks for an exploitation screening tool to be completed (Halton does). */
export type ExploitationScreening = 'required' | 'not-required';

/** A timescale, normalised: what the deadline functions switch over. */
export type Timescale =
  | { readonly kind: 'same-day' }
  | { readonly kind: 'working-days'; readonly days: number }
  | { readonly kind: 'hours'; readonly hours: number }
  | { readonly kind: 'calendar-days'; readonly days: number }
  | { readonly kind: 'no-limit' };

/** A timescale of a resolved profile, with where it came from. */
export interface ResolvedTimescale {
  readonly timescale: Timescale;
  /** The procedure's own words, when the profile quotes them. */
  readonly wording?: string;
  readonly note?: string;
  /** The id of the profile that set this timescale: the profile itself, or one it extends. */
  readonly setBy: string;
  /** The short name of that profile, for messages ("under the Lancashire procedure"). */
  readonly setByName: string;
}

/**
 * A profile with every timescale filled in from the profiles it extends: what validators, forms and
 * renderers read. Deeply frozen, so a shared bundled profile cannot be changed by one caller under
 * another.
 */
export interface ResolvedProfile {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly description?: string;
  readonly source: ProfileSource;
  /** The ids of the profiles it extends, nearest first (empty for the national default). */
  readonly extendsChain: readonly string[];
  readonly urgency: Readonly<Record<UrgencyCategory, ResolvedTimescale>>;
  readonly childSeen: ResolvedTimescale;
  readonly icpc: { readonly limit: ResolvedTimescale; readonly anchor: IcpcAnchor };
  readonly writeUp: ResolvedTimescale;
  readonly circulation: ResolvedTimescale;
  /** Days added to or removed from the bank holiday table, including those of the profiles it extends. */
  readonly holidays: { readonly add: readonly HolidayChange[]; readonly remove: readonly HolidayChange[] };
  /** The profile's own choice, else the one of the profile it extends; `not-required` in the national default. */
  readonly exploitationScreening: ExploitationScreening;
  /** Severity overrides by rule id, including those of the profiles it extends. */
  readonly severity: Readonly<Record<string, Severity>>;
}
