import {
  CURRENT_SCHEMA_VERSION,
  migrateRecord,
  READABLE_SCHEMA_VERSIONS,
  type StrategyDiscussionRecord,
} from '@strategy-record/schemas/core';
import type { ValidationReport } from '@strategy-record/validators';
import { displayText } from './blocks.js';
import { familyView } from './familyView.js';
import { moveLongCellsOutOfTables } from './longCells.js';
import { formatDateOrDateTime, toInstant } from './formatDates.js';
import { enumLabel } from './labels.js';
import {
  SECURITY_MARKING,
  type Audience,
  type KeyValue,
  type MinutesDocument,
  type MinutesSection,
  type MinutesSectionId,
} from './MinutesDocument.js';
import { asList, asObject } from './recordValues.js';
import { DEFAULT_TEMPLATE, type MinutesTemplate } from '../template/MinutesTemplate.js';
import { relabelBlocks, relabelItems, templateParts } from './templateParts.js';
import type { SectionBuilder, SectionContext } from './SectionContext.js';
import { actionsSection } from './sections/actionsSection.js';
import { attendeesSection } from './sections/attendeesSection.js';
import { childrenSection } from './sections/childrenSection.js';
import { concernsSection } from './sections/concernsSection.js';
import { decisionsSection } from './sections/decisionsSection.js';
import { familySharingSection } from './sections/familySharingSection.js';
import { furtherSection } from './sections/furtherSection.js';
import { informationSection } from './sections/informationSection.js';
import { medicalSection } from './sections/medicalSection.js';
import { meetingSection } from './sections/meetingSection.js';
import { planSection } from './sections/planSection.js';
import { riskSection } from './sections/riskSection.js';
import { recordStatus, signOffSection } from './sections/signOffSection.js';
import { timescalesSection } from './sections/timescalesSection.js';
import { validationStatus } from './validationStatus.js';

/** The local procedure profile the record was checked against, as far as the minutes show it. */
export interface MinutesProfile {
  readonly id: string;
  readonly name?: string;
}

export interface ToMinutesOptions {
  readonly audience: Audience;
  /** The validation report of this record; only a valid `final` report makes the minutes FINAL. */
  readonly report: ValidationReport;
  /** The profile used for the timescales; defaults to the record's `meeting.profileId`. */
  readonly profile?: MinutesProfile;
  /**
   * The local authority's template (from `parseTemplate`): its letterhead, the notice for this
   * audience, its sections in its order with its headings and introductions, its labels and look.
   * Without one, the minutes are the toolkit's own.
   */
  readonly template?: MinutesTemplate;
}

/** The builder of each section the minutes draw; headings and order come from the template (by default, RECORD_SECTIONS). `timescales` is for professionals only. */
const SECTION_BUILDERS: Readonly<Record<MinutesSectionId, SectionBuilder>> = {
  meeting: meetingSection,
  attendees: attendeesSection,
  children: childrenSection,
  concerns: concernsSection,
  information: informationSection,
  risk: riskSection,
  medical: medicalSection,
  decisions: decisionsSection,
  plan: planSection,
  actions: actionsSection,
  family: familySharingSection,
  further: furtherSection,
  signoff: signOffSection,
  timescales: timescalesSection,
};

/**
 * Turns a record into the minutes for one audience: pure (no I/O, no clock, no randomness), so the
 * same record, report and audience always give the same model, and every back end draws only this.
 *
 * For `family`, the model is built from {@link familyView}, an allow-list copy of the shareable
 * fields: nothing the record marks as not for the family can reach a family copy, because it is
 * never read.
 *
 * A record of an earlier schema version (1.0) is migrated first (`migrateRecord`), so it renders as
 * its current-version equivalent; the report (from `validateRecord`, which migrates too) says so.
 */
export function toMinutes(given: StrategyDiscussionRecord, options: ToMinutesOptions): MinutesDocument {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new TypeError('Minutes can only be made from a record object.');
  }
  const record = migratedIfOlder(given);
  const { audience, report } = options;
  const template = options.template ?? DEFAULT_TEMPLATE;
  if (audience !== 'professionals' && audience !== 'family') {
    throw new TypeError(`Unknown audience ${JSON.stringify(audience)}: use "professionals" or "family".`);
  }
  const view = audience === 'family' ? familyView(record) : record;
  const children = asList(view.children).filter((child) => asObject(child) !== undefined);
  const context: SectionContext = {
    record: view,
    audience,
    report,
    childName: (childId) => {
      if (childId === undefined) return undefined;
      const child = children.find((candidate) => candidate.id === childId);
      return displayText(child?.fullName) ?? displayText(childId);
    },
  };
  const meeting = asObject(view.meeting) ?? {};
  const recordId = displayText(view.recordId) ?? 'no record id';
  const schemaVersion = displayText(view.schemaVersion) ?? 'unknown';
  const profileId =
    displayText(options.profile?.id) ??
    displayText(meeting.profileId) ??
    displayText(report.profileId) ??
    'national default';
  const profileLabel =
    displayText(options.profile?.name) === undefined ? profileId : `${profileId} (${options.profile?.name})`;
  const kind = enumLabel('meeting', 'kind', meeting.kind) ?? 'Strategy discussion';
  const title = `${kind}: minutes`;
  const audienceLabel =
    audience === 'family' ? 'Copy for the family' : 'Copy for professionals on the circulation list';
  const status = validationStatus(report);
  // Numbers follow the template's order, counted over the sections this copy shows.
  const sections = template.sections
    .filter(({ id }) => Object.hasOwn(SECTION_BUILDERS, id) && (audience === 'professionals' || id !== 'timescales'))
    .map(
      ({ id, heading, introduction }, index): MinutesSection => ({
        id,
        number: index + 1,
        heading,
        ...(introduction === undefined ? {} : { introduction }),
        blocks: relabelBlocks(moveLongCellsOutOfTables(SECTION_BUILDERS[id](context)), template.labels),
      }),
    );
  const caseReference =
    template.caseReferenceLabel === undefined ? [] : [{ label: template.caseReferenceLabel, value: recordId }];
  const summary: KeyValue[] = [
    ...caseReference,
    { label: 'Held', value: formatDateOrDateTime(meeting.startedAt) ?? 'Not recorded' },
    { label: 'Local authority', value: displayText(meeting.localAuthority) ?? 'Not recorded' },
    { label: 'Chair', value: displayText(asObject(meeting.chair)?.fullName) ?? 'Not recorded' },
    { label: 'Status', value: status.explanation },
    ...(audience === 'professionals'
      ? [recordStatus(asObject(view.signOff))].filter((item) => item !== undefined)
      : []),
  ];
  const decisionsAtAGlance = asList(view.decisions)
    .filter((decision) => asObject(decision) !== undefined)
    .map((decision) => ({
      label: context.childName(decision.childId) ?? 'Child not recorded',
      value: enumLabel('decision', 'outcome', displayText(decision.outcome)) ?? 'Not recorded',
    }));
  return {
    audience,
    marking: SECURITY_MARKING,
    metadata: {
      title: `${title} (${recordId})`,
      author: displayText(meeting.localAuthority) ?? displayText(asObject(meeting.chair)?.fullName) ?? 'Not recorded',
      subject: `${audienceLabel}. ${SECURITY_MARKING}.`,
      keywords: `${SECURITY_MARKING}, strategy discussion, ${status.label}`,
      language: 'en-GB',
      createdAt: creationInstant(view),
      recordId,
      schemaVersion,
      profileId,
    },
    status,
    title,
    audienceLabel,
    recordLine: `${template.caseReferenceLabel ?? 'Record'} ${recordId} · version ${schemaVersion} · profile ${profileLabel}`,
    summary: relabelItems(summary, template.labels),
    decisionsAtAGlance,
    notices: [],
    sections,
    ...templateParts(template, audience),
  };
}

/**
 * The record in the current schema version when it names an earlier one this toolkit reads; any
 * other record as it is (a draft naming no version is drawn as written, a newer one too: its
 * report refuses it).
 */
function migratedIfOlder(record: StrategyDiscussionRecord): StrategyDiscussionRecord {
  const version: unknown = record.schemaVersion;
  if (typeof version !== 'string' || version === CURRENT_SCHEMA_VERSION || !READABLE_SCHEMA_VERSIONS.includes(version))
    return record;
  const migrated = migrateRecord(record);
  return 'refused' in migrated ? record : (migrated.record as StrategyDiscussionRecord);
}

/**
 * The latest of the sign-off dates, else the meeting's; the epoch when it has none. Read from the
 * audience's view, so the family copy's metadata holds only what the family view allows.
 */
function creationInstant(record: StrategyDiscussionRecord): string {
  const signOff = asObject(record.signOff);
  const meeting = asObject(record.meeting);
  return (
    toInstant(signOff?.signedAt) ??
    toInstant(signOff?.writtenUpAt) ??
    toInstant(meeting?.endedAt) ??
    toInstant(meeting?.startedAt) ??
    '1970-01-01T00:00:00.000Z'
  );
}
