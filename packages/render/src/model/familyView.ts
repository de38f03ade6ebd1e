import type {
  Action,
  Agency,
  Attendee,
  Child,
  Circulation,
  Concerns,
  Decision,
  FamilySharing,
  InformationEntry,
  Meeting,
  Recipient,
  StrategyDiscussionRecord,
} from '@strategy-record/schemas';
import { asObject, mapList } from './recordValues.js';

/**
 * The part of a record the family may see, built by copying named fields one by one (an allow-list),
 * never by deleting from a copy of the whole record: a field added to the schema later stays out of
 * the family copy until someone decides here that the family may see it.
 *
 * What the family copy holds:
 * - the meeting's date, kind, format, chair and local authority; the invitees' names, roles, agencies
 *   and attendance; the subject children's names, dates of birth, gender and school;
 * - the child's words (`concerns.childVoice`) when `concerns.childVoiceShareWithFamily` is exactly
 *   `true`, and nothing else of the concerns;
 * - information entries, the risk analysis (analysis and strengths only), decisions and actions whose
 *   `shareWithFamily` is exactly `true`; from a shared decision only the outcome, rationale, kind of
 *   Section 47 enquiry, lead social worker and the medical arrangements (never the criminal
 *   investigation, the ABE interview or the plan to see the child);
 * - the family-sharing decision (what is shared, by whom, when), never the withheld items;
 * - whether a further discussion is needed and when, the ICPC date, who signed off, and the names and
 *   agencies of the recipients.
 *
 * Never: other children, adults or checks on them (nor their ethnicity, identity, language or
 * needs), the concerns apart from shared words of the child (never the exploitation screening), the
 * plan (with its feedback to agencies), unshared entries, dissent, e-mail addresses, the reason a
 * discussion was reconvened, the record's status and amendments, timescale exceptions or validation
 * findings.
 */
export function familyView(record: StrategyDiscussionRecord): StrategyDiscussionRecord {
  const riskAnalysis = asObject(record.riskAnalysis);
  const furtherDiscussion = asObject(record.furtherDiscussion);
  const icpc = asObject(record.icpc);
  const signOff = asObject(record.signOff);
  return compact({
    schemaVersion: record.schemaVersion,
    recordId: record.recordId,
    meeting: familyMeeting(asObject(record.meeting)),
    attendees: mapList(record.attendees, familyAttendee),
    children: mapList(record.children, familyChild),
    concerns: familyConcerns(asObject(record.concerns)),
    informationShared: mapList(record.informationShared, (entry) => entry)
      ?.filter(isShared)
      .map(familyInformation),
    riskAnalysis:
      riskAnalysis !== undefined && isShared(riskAnalysis)
        ? compact({ analysis: riskAnalysis.analysis, strengths: riskAnalysis.strengths, shareWithFamily: true })
        : undefined,
    decisions: mapList(record.decisions, (decision) => decision)
      ?.filter(isShared)
      .map(familyDecision),
    actions: mapList(record.actions, (action) => action)
      ?.filter(isShared)
      .map(familyAction),
    familySharing: familySharing(asObject(record.familySharing)),
    furtherDiscussion:
      furtherDiscussion === undefined
        ? undefined
        : compact({ needed: furtherDiscussion.needed, by: furtherDiscussion.by }),
    icpc: icpc === undefined ? undefined : compact({ targetDate: icpc.targetDate }),
    signOff: signOff === undefined ? undefined : compact({ chairName: signOff.chairName, signedAt: signOff.signedAt }),
    circulation: familyCirculation(asObject(record.circulation)),
  });
}

/** Only an explicit `true` shares: a missing or malformed flag withholds. */
function isShared(entry: { readonly shareWithFamily?: unknown }): boolean {
  return entry.shareWithFamily === true;
}

function familyAgency(value: Agency | undefined): Agency | undefined {
  const agency = asObject(value);
  return agency === undefined ? undefined : compact({ name: agency.name, type: agency.type });
}

function familyMeeting(meeting: Meeting | undefined): Meeting | undefined {
  if (meeting === undefined) return undefined;
  return compact({
    kind: meeting.kind,
    format: meeting.format,
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    chair: familyChair(asObject(meeting.chair)),
    localAuthority: meeting.localAuthority,
    profileId: meeting.profileId,
  });
}

function familyChair(chair: Meeting['chair']): Meeting['chair'] {
  return chair === undefined
    ? undefined
    : compact({ fullName: chair.fullName, role: chair.role, agency: familyAgency(chair.agency) });
}

function familyAttendee(attendee: Attendee): Attendee {
  return compact({
    fullName: attendee.fullName,
    role: attendee.role,
    agency: familyAgency(attendee.agency),
    attendance: attendee.attendance,
  });
}

function familyChild(child: Child): Child {
  return compact({
    id: child.id,
    fullName: child.fullName,
    knownAs: child.knownAs,
    unborn: child.unborn,
    dateOfBirth: child.dateOfBirth,
    expectedDeliveryDate: child.expectedDeliveryDate,
    gender: child.gender,
    school: child.school,
  });
}

/** Only the child's words, and only when the discussion agreed to share them (exactly `true`). */
function familyConcerns(concerns: Concerns | undefined): Concerns | undefined {
  if (concerns === undefined || concerns.childVoiceShareWithFamily !== true) return undefined;
  return compact({ childVoice: concerns.childVoice, childVoiceShareWithFamily: true });
}

function familyInformation(entry: InformationEntry): InformationEntry {
  return compact({
    agency: familyAgency(entry.agency),
    contributor: entry.contributor,
    information: entry.information,
    shareWithFamily: true,
  });
}

function familyDecision(decision: Decision): Decision {
  const s47 = asObject(decision.s47);
  const medical = asObject(decision.medical);
  return compact({
    childId: decision.childId,
    outcome: decision.outcome,
    rationale: decision.rationale,
    s47:
      s47 === undefined ? undefined : compact({ enquiryType: s47.enquiryType, leadSocialWorker: s47.leadSocialWorker }),
    medical:
      medical === undefined
        ? undefined
        : compact({
            decision: medical.decision,
            rationale: medical.rationale,
            examiner: medical.examiner,
            arrangedFor: medical.arrangedFor,
            location: medical.location,
            consent: medical.consent,
          }),
    shareWithFamily: true,
  });
}

function familyAction(action: Action): Action {
  return compact({
    id: action.id,
    description: action.description,
    owner: familyOwner(asObject(action.owner)),
    dueBy: action.dueBy,
    childId: action.childId,
    status: action.status,
    shareWithFamily: true,
  });
}

function familyOwner(owner: Action['owner']): Action['owner'] {
  return owner === undefined ? undefined : compact({ fullName: owner.fullName, agency: owner.agency });
}

function familySharing(sharing: FamilySharing | undefined): FamilySharing | undefined {
  if (sharing === undefined) return undefined;
  return compact({
    decision: sharing.decision,
    whatIsShared: sharing.whatIsShared,
    sharedBy: sharing.sharedBy,
    sharedWhen: sharing.sharedWhen,
  });
}

function familyCirculation(circulation: Circulation | undefined): Circulation | undefined {
  if (circulation === undefined) return undefined;
  return compact({
    recipients: mapList(circulation.recipients, (recipient: Recipient) =>
      compact({ fullName: recipient.fullName, agency: recipient.agency }),
    ),
    circulatedAt: circulation.circulatedAt,
  });
}

/** Drops keys whose value is undefined, so the view has no keys the record did not have. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
