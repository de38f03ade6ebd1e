/** The schema version this toolkit writes and validates: every older record is migrated to it. */
export const CURRENT_SCHEMA_VERSION = '1.1';

/** Every schema version this toolkit reads, oldest first: the current one and those it migrates from. */
export const READABLE_SCHEMA_VERSIONS: readonly string[] = ['1.0', CURRENT_SCHEMA_VERSION];

/** One change the migration made, for the person who reads the record. */
export interface MigrationChange {
  /** JSON pointer of the changed value in the migrated record (`""` for the record as a whole). */
  readonly pointer: string;
  /** `set`: a value was written or replaced; `moved`: a value went elsewhere; `unplaced`: kept in `/unplacedValues`. */
  readonly change: 'set' | 'moved' | 'unplaced';
  /** The value before the change (absent when there was none). */
  readonly before?: unknown;
  /** The value after the change (absent for a value that was moved or unplaced). */
  readonly after?: unknown;
  /** Why, in a sentence a social worker can read. */
  readonly reason: string;
}

/** What {@link migrateRecord} gives back for a record it could read. */
export interface MigrationResult {
  /** The record in the current version: a copy; the input is never changed. */
  readonly record: Record<string, unknown>;
  /** The version the input was written for (`1.0` when it named none). */
  readonly from: string;
  /** The current version. */
  readonly to: string;
  /** Every change, in the order the steps made them; empty for a record already current. */
  readonly changes: readonly MigrationChange[];
}

/** Why {@link migrateRecord} could not migrate: the record is not an object, or names a version this toolkit does not read. */
export interface MigrationRefusal {
  readonly refused: string;
}

/** One step: a record of version `from` to version `to`, listing its changes. */
interface MigrationStep {
  readonly from: string;
  readonly to: string;
  readonly migrate: (record: Record<string, unknown>, changes: MigrationChange[]) => Record<string, unknown>;
}

/**
 * 1.0 → 1.1. 1.1 only adds optional fields and widens `abeInterview.when` to a date or an instant, so
 * every 1.0 value keeps its place and meaning: the version is the one change. Nothing is guessed from
 * free text (an adult's interpreter need written on a child, a start date in `conductAndTiming`).
 */
const from10to11: MigrationStep = {
  from: '1.0',
  to: '1.1',
  migrate(record, changes) {
    changes.push({
      pointer: '/schemaVersion',
      change: 'set',
      ...(Object.hasOwn(record, 'schemaVersion') ? { before: record['schemaVersion'] } : {}),
      after: '1.1',
      reason: Object.hasOwn(record, 'schemaVersion')
        ? 'The record now follows schema version 1.1, which only adds optional fields: every answer keeps its place.'
        : 'The record named no schema version, so it was read as 1.0 (the only earlier version) and now follows 1.1.',
    });
    return { ...record, schemaVersion: '1.1' };
  },
};

const STEPS: readonly MigrationStep[] = [from10to11];

/**
 * Moves a record from any earlier schema version to the current one ({@link CURRENT_SCHEMA_VERSION}),
 * one step per version, listing every change with its pointer and reason.
 *
 * Pure: the input is never changed and no clock is read, so the same record always gives the same
 * result. A record already current comes back equal, with no changes, so migrating twice changes
 * nothing. A record with no `schemaVersion` is read as 1.0. A value a step cannot place in the next
 * version is never dropped: it is kept in `/unplacedValues` and listed as `unplaced`. Migration is not
 * validation: fields the schema does not define stay where they are, for the validators to report.
 * A version newer than the current one, or one this toolkit never had, is refused: nothing is guessed.
 */
export function migrateRecord(record: unknown): MigrationResult | MigrationRefusal {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { refused: 'A record must be a JSON object to be migrated.' };
  }
  const source = record as Record<string, unknown>;
  const named = Object.hasOwn(source, 'schemaVersion') ? source['schemaVersion'] : undefined;
  const from = named === undefined ? '1.0' : named;
  if (typeof from !== 'string' || !READABLE_SCHEMA_VERSIONS.includes(from)) {
    return { refused: unreadableVersionMessage(from) };
  }
  const changes: MigrationChange[] = [];
  let current: Record<string, unknown> = { ...source };
  let version = from;
  for (const step of STEPS) {
    if (step.from !== version) continue;
    current = step.migrate(current, changes);
    version = step.to;
  }
  return { record: current, from, to: CURRENT_SCHEMA_VERSION, changes };
}

/** The message for a version this toolkit does not read: it names the versions it does. */
export function unreadableVersionMessage(version: unknown): string {
  const shown = typeof version === 'string' ? `"${version.slice(0, 40)}"` : JSON.stringify(version)?.slice(0, 40);
  return `The record is written for schema version ${shown}; this toolkit reads versions ${READABLE_SCHEMA_VERSIONS.join(' and ')} (an older version is migrated to ${CURRENT_SCHEMA_VERSION}). A newer version needs a newer toolkit.`;
}
