// Writes conformance/cases/*.json: the language-neutral conformance suite (see conformance/README.md).
//
// Each case is a change to an example record (an RFC 6902 JSON Patch, so that any language can apply
// it), a mode and a profile; its expected result is what the built validators report. Run after
// `npm run build`: `npm run conformance:generate`. Review the diff: an expected result that changes is
// a change in behaviour every other implementation will see. `test/conformance/` checks the stored
// results through the library and the command line.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { validateRecord, validateRecordText } from '@strategy-record/validators';

const root = new URL('../', import.meta.url);
const casesFolder = new URL('conformance/cases/', root);
const JOINT = 'schemas/examples/final/joint-s47-physical-injury.json';
const EASTER = 'schemas/examples/final/easter-bank-holiday-two-working-days.json';
const readJson = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

// Changes, as in packages/validators/src/rules/catalogue.test.ts, on the complete joint example.
const attendee = (r, id) => r.attendees.find((a) => a.id === id);
const decision = (r, i = 0) => r.decisions[i];
const withoutEntriesFrom = (type) => (r) => {
  r.informationShared = r.informationShared.filter((entry) => entry.agency?.type !== type);
};
const inHospital = (r) => {
  r.children[0].inHospital = 'in-patient';
  r.children[0].hospital = 'Northshire General, Ward 7';
};
const both =
  (...changes) =>
  (r) => {
    for (const change of changes) change(r);
  };
const heldOn = (startedAt, endedAt) => (r) => {
  r.meeting.startedAt = startedAt;
  r.meeting.endedAt = endedAt;
};
const excused = (timescale) => (r) => {
  r.timescaleExceptions = [
    {
      timescale,
      reason: 'Police could not attend until the next morning (synthetic).',
      escalation: 'Escalated to the duty Detective Inspector, Siobhán Ó Briain, at 16:00.',
    },
  ];
};
/** Moves the joint example in time (as a standard concern): the discussion, sign-off, circulation, child seen, ICPC and actions. */
const timeline =
  ({ concerns, started, ended, writtenUp, signed, circulated, seeBy, icpc, profile }) =>
  (r) => {
    r.meeting.concernsIdentifiedAt = concerns;
    r.meeting.urgency = 'standard';
    r.meeting.startedAt = started;
    r.meeting.endedAt = ended;
    if (profile) r.meeting.profileId = profile;
    r.signOff.writtenUpAt = writtenUp;
    r.signOff.signedAt = signed;
    r.circulation.circulatedAt = circulated;
    for (const d of r.decisions) if (d.s47?.seeChild) d.s47.seeChild.byWhen = seeBy;
    r.icpc.targetDate = icpc;
    // Actions keep their order but fall after the discussion.
    for (const action of r.actions) action.dueBy = icpc;
  };

// The Christmas 2026 timeline under the national default: Friday 25 December, the weekend and Monday
// 28 December (Boxing Day's substitute) are not working days.
const CHRISTMAS_2026 = {
  concerns: '2026-12-24T10:00:00Z',
  started: '2026-12-29T10:00:00Z',
  ended: '2026-12-29T11:00:00Z',
  writtenUp: '2026-12-29T15:00:00Z',
  signed: '2026-12-29T16:00:00Z',
  circulated: '2026-12-30T16:00:00Z',
  seeBy: '2026-12-29T17:00:00Z',
  icpc: '2027-01-20',
  profile: 'national-default',
};
// Lancashire's 24-hour limits across the night the clocks go forward (01:00 GMT, Sunday 29 March 2026).
const CLOCKS_GO_FORWARD_2026 = {
  concerns: '2026-03-28T09:00:00Z',
  started: '2026-03-28T12:00:00Z',
  ended: '2026-03-28T16:00:00Z',
  writtenUp: '2026-03-29T16:30:00+01:00',
  signed: '2026-03-29T16:45:00+01:00',
  circulated: '2026-03-29T16:50:00+01:00',
  seeBy: '2026-03-29T16:55:00+01:00',
  icpc: '2026-04-17',
};

/**
 * [id, description, base record, change, options]. Options: mode (default final), profile.
 * `expectRules` lists rule ids the case exists for: generation fails if the report lacks one.
 */
const CASES = [
  // The catalogue.
  ['valid-joint-s47', 'The complete joint Section 47 example: no findings.', JOINT, null, {}, []],
  ['SD-MTG-1-no-urgency', 'No urgency category.', JOINT, (r) => delete r.meeting.urgency, {}, ['SD-MTG-1']],
  [
    'SD-STR-REQUIRED-reconvened-without-previous-record',
    'A reconvened discussion without the earlier record id (a condition that names no catalogue rule).',
    JOINT,
    (r) => void (r.meeting.sequence = 'reconvened'),
    {},
    ['SD-STR-REQUIRED'],
  ],
  [
    'SD-ATT-1-police-apologies-no-reason',
    'Police sent apologies with no reason.',
    JOINT,
    (r) => void (attendee(r, 'police').attendance = 'apologies'),
    {},
    ['SD-ATT-1'],
  ],
  [
    'SD-ATT-1-no-police-attendee',
    'The example with no police invitee.',
    'schemas/examples/incomplete/no-police-attendee.json',
    null,
    {},
    ['SD-ATT-1'],
  ],
  [
    'SD-ATT-2-invitee-without-role',
    'An invitee with no role.',
    JOINT,
    (r) => delete attendee(r, 'police').role,
    {},
    ['SD-ATT-2'],
  ],
  [
    'SD-ATT-3-school-age-no-education',
    'A school-age child and education neither took part nor contributed.',
    JOINT,
    (r) => {
      for (const a of r.attendees) if (a.agency?.type === 'education') a.attendance = 'apologies';
      withoutEntriesFrom('education')(r);
    },
    {},
    ['SD-ATT-3'],
  ],
  [
    'SD-ATT-4-medical-no-paediatrician',
    'A required medical and no paediatrician.',
    JOINT,
    (r) => {
      attendee(r, 'paed').agency.healthRole = 'other';
      for (const e of r.informationShared) if (e.agency?.healthRole === 'paediatrician') e.agency.healthRole = 'other';
    },
    {},
    ['SD-ATT-4'],
  ],
  [
    'SD-ATT-5-in-hospital-no-consultant',
    'A child in hospital with a discharge plan, and no consultant involved.',
    JOINT,
    both(
      inHospital,
      (r) =>
        void (r.plan.hospitalDischarge = 'Not to be discharged until the social worker and team manager agree a plan.'),
    ),
    {},
    ['SD-ATT-5'],
  ],
  [
    'SD-ATT-6-looked-after-no-carers',
    'A looked-after child and no residential or fostering service.',
    JOINT,
    (r) => void (r.children[0].legalStatus = 'looked-after'),
    {},
    ['SD-ATT-6'],
  ],
  [
    'SD-ATT-7-chair-not-manager',
    'A chair who is not a manager.',
    JOINT,
    (r) => void (r.meeting.chair.isManager = false),
    {},
    ['SD-ATT-7'],
  ],
  [
    'SD-CHD-1-no-date-of-birth',
    'A child with no date of birth.',
    JOINT,
    (r) => delete r.children[0].dateOfBirth,
    {},
    ['SD-CHD-1'],
  ],
  [
    'SD-CHD-1-unborn-no-delivery-date',
    'An unborn baby with no expected date of delivery.',
    JOINT,
    (r) => void (r.children[1].unborn = true),
    {},
    ['SD-CHD-1'],
  ],
  [
    'SD-CHD-2-first-language-invisible',
    'First language made only of a zero width space (not filled in).',
    JOINT,
    (r) => void (r.children[0].firstLanguage = '\u200b'),
    {},
    ['SD-CHD-2'],
  ],
  [
    'SD-CHD-3-other-children-not-considered',
    'Other children not considered.',
    'schemas/examples/incomplete/other-children-not-considered.json',
    null,
    {},
    ['SD-CHD-3'],
  ],
  [
    'SD-CHD-4-interpreter-no-arrangement',
    'An interpreter is needed and nothing says how one is provided.',
    'schemas/examples/incomplete/interpreter-needed-no-arrangement.json',
    null,
    {},
    ['SD-CHD-4'],
  ],
  [
    'SD-CHD-5-child-on-child-no-other-record',
    'Child-on-child abuse and no reference to the other child’s record.',
    JOINT,
    (r) => void r.concerns.categories.push('child-on-child'),
    {},
    ['SD-CHD-5'],
  ],
  ['SD-RSN-1-no-category', 'No category of harm.', JOINT, (r) => void (r.concerns.categories = []), {}, ['SD-RSN-1']],
  [
    'SD-RSN-2-no-child-voice',
    'The child’s voice is not recorded.',
    JOINT,
    (r) => delete r.concerns.childVoice,
    {},
    ['SD-RSN-2'],
  ],
  [
    'SD-INF-1-police-shared-nothing',
    'The police attended and shared nothing.',
    JOINT,
    withoutEntriesFrom('police'),
    {},
    ['SD-INF-1'],
  ],
  [
    'SD-RSK-1-no-risk-analysis',
    'No risk analysis.',
    'schemas/examples/incomplete/no-risk-analysis.json',
    null,
    {},
    ['SD-RSK-1'],
  ],
  [
    'SD-MED-1-no-medical-decision',
    'A decision with no medical decision.',
    JOINT,
    (r) => delete decision(r).medical,
    {},
    ['SD-MED-1'],
  ],
  [
    'SD-MED-2-not-required-no-rationale',
    'Medical not required and no rationale.',
    'schemas/examples/incomplete/medical-not-required-without-rationale.json',
    null,
    {},
    ['SD-MED-2'],
  ],
  [
    'SD-MED-3-consent-not-addressed',
    'Medical required and consent not recorded.',
    'schemas/examples/incomplete/medical-consent-not-addressed.json',
    null,
    {},
    ['SD-MED-3'],
  ],
  [
    'SD-MED-4-consent-refused',
    'Consent refused and no further discussion planned.',
    JOINT,
    (r) => void (decision(r).medical.consent = 'refused'),
    {},
    ['SD-MED-4'],
  ],
  [
    'SD-DEC-1-child-without-decision',
    'A subject child with no decision.',
    JOINT,
    (r) => void r.decisions.splice(1, 1),
    {},
    ['SD-DEC-1'],
  ],
  [
    'SD-DEC-2-no-rationale',
    'An outcome with no rationale.',
    JOINT,
    (r) => delete decision(r).rationale,
    {},
    ['SD-DEC-2'],
  ],
  [
    'SD-S47-1-no-lead-social-worker',
    'A Section 47 enquiry with no lead social worker.',
    JOINT,
    (r) => delete decision(r).s47.leadSocialWorker,
    {},
    ['SD-S47-1'],
  ],
  [
    'SD-S47-2-no-criminal-investigation',
    'A joint enquiry without the criminal investigation plan.',
    'schemas/examples/incomplete/joint-enquiry-without-criminal-investigation-plan.json',
    null,
    {},
    ['SD-S47-2'],
  ],
  [
    'SD-S47-3-no-see-child',
    'A Section 47 enquiry with no plan to see the child.',
    JOINT,
    (r) => delete decision(r).s47.seeChild,
    {},
    ['SD-S47-3'],
  ],
  [
    'SD-S47-4-child-seen-late',
    'The child to be seen later than 24 hours after the decision (Lancashire).',
    'schemas/examples/incomplete/child-seen-later-than-24-hours.json',
    null,
    {},
    ['SD-S47-4'],
  ],
  [
    'SD-S47-5-legal-action-not-decided',
    'No decision on legal action.',
    JOINT,
    (r) => delete r.plan.legalAction,
    {},
    ['SD-S47-5'],
  ],
  [
    'SD-S47-6-no-information-gathering',
    'No information-gathering plan.',
    JOINT,
    (r) => void (r.plan.informationGathering = []),
    {},
    ['SD-S47-6'],
  ],
  [
    'SD-S47-7-icpc-late',
    'An ICPC later than 15 working days.',
    'schemas/examples/incomplete/icpc-later-than-15-working-days.json',
    null,
    {},
    ['SD-S47-7'],
  ],
  [
    'SD-S47-8-hospital-no-discharge-plan',
    'A child in hospital and no discharge plan.',
    'schemas/examples/incomplete/hospital-child-without-discharge-plan.json',
    null,
    {},
    ['SD-S47-8'],
  ],
  [
    'SD-FAM-1-withheld-without-reason',
    'Information withheld with no reason.',
    'schemas/examples/incomplete/information-withheld-without-reason.json',
    null,
    {},
    ['SD-FAM-1'],
  ],
  ['SD-ACT-1-no-actions', 'No action points.', JOINT, (r) => void (r.actions = []), {}, ['SD-ACT-1']],
  ['SD-ACT-2-no-due-date', 'An action with no due date.', JOINT, (r) => delete r.actions[0].dueBy, {}, ['SD-ACT-2']],
  [
    'SD-ACT-3-due-before-discussion',
    'An action due before the discussion.',
    JOINT,
    (r) => void (r.actions[0].dueBy = '2026-02-09'),
    {},
    ['SD-ACT-3'],
  ],
  [
    'SD-FUR-1-further-discussion-no-date',
    'A further discussion needed with no date or timescale.',
    JOINT,
    (r) => void (r.furtherDiscussion = { needed: true, rationale: 'Police to report on the ABE interviews.' }),
    {},
    ['SD-FUR-1'],
  ],
  [
    'SD-TIM-1-held-late',
    'Held later than the profile allows, with no reason recorded.',
    'schemas/examples/incomplete/held-late-without-escalation.json',
    null,
    {},
    ['SD-TIM-1'],
  ],
  [
    'SD-TIM-1-held-late-excused',
    'Held a day late for serious harm, with the reason and escalation recorded: a warning.',
    JOINT,
    both(heldOn('2026-02-11T10:00:00Z', '2026-02-11T11:00:00Z'), excused('strategy-discussion')),
    {},
    ['SD-TIM-1'],
  ],
  [
    'SD-TIM-2-written-up-late',
    'Written up 25 hours after the discussion (Lancashire).',
    JOINT,
    (r) => void (r.signOff.writtenUpAt = '2026-02-11T15:40:00Z'),
    {},
    ['SD-TIM-2'],
  ],
  [
    'SD-TIM-3-circulated-late',
    'Circulated 25 hours after the discussion (Lancashire).',
    JOINT,
    (r) => void (r.circulation.circulatedAt = '2026-02-11T15:40:00Z'),
    {},
    ['SD-TIM-3'],
  ],
  [
    'SD-SGN-1-not-signed-off',
    'Not signed off by the chair.',
    'schemas/examples/incomplete/not-signed-off-by-chair.json',
    null,
    {},
    ['SD-SGN-1'],
  ],
  [
    'SD-CIR-1-action-owner-omitted',
    'The circulation list omits an action owner.',
    'schemas/examples/incomplete/circulation-omits-action-owner.json',
    null,
    {},
    ['SD-CIR-1'],
  ],
  [
    'SD-SCP-1-missing-episode-only',
    'The only concern is a missing episode.',
    JOINT,
    (r) => void (r.concerns.missingEpisodeOnly = true),
    {},
    ['SD-SCP-1'],
  ],
  [
    'SD-TIM-PROFILE-unknown-profile-in-record',
    'The record names a profile the toolkit does not have.',
    JOINT,
    (r) => void (r.meeting.profileId = 'wigan'),
    {},
    ['SD-TIM-PROFILE'],
  ],
  [
    'SD-TIM-PROFILE-option-differs',
    'The caller chose another profile than the record names.',
    JOINT,
    null,
    { profile: 'national-default' },
    ['SD-TIM-PROFILE'],
  ],
  [
    'severity-override-halton',
    'The joint example under Halton (a profile with its own timescales).',
    JOINT,
    null,
    { profile: 'halton-pan-cheshire' },
    [],
  ],

  // Structural and system ids.
  [
    'SD-STR-JSON-truncated',
    'Text that is not well-formed JSON.',
    { text: '{"schemaVersion": "1.1", "meeting": {' },
    null,
    {},
    ['SD-STR-JSON'],
  ],
  [
    'SD-STR-TYPE-list-as-text',
    'A list given as text.',
    JOINT,
    (r) => void (r.actions = 'see attached'),
    {},
    ['SD-STR-TYPE', 'SD-STR-SKIPPED'],
  ],
  ['SD-STR-TYPE-not-an-object', 'A record that is a JSON list.', { inline: [] }, null, {}, ['SD-STR-TYPE']],
  [
    'SD-STR-ENUM-unknown-option',
    'An option that is not in the list.',
    JOINT,
    (r) => void (r.meeting.format = 'carrier-pigeon'),
    {},
    ['SD-STR-ENUM'],
  ],
  [
    'SD-STR-FORMAT-date-time-with-space',
    'A date-time with a space for the T (RFC 3339 allows only T).',
    JOINT,
    (r) => void (r.meeting.startedAt = '2026-02-10 13:30:00Z'),
    {},
    ['SD-STR-FORMAT'],
  ],
  [
    'SD-STR-FORMAT-offset-without-colon',
    'A date-time offset without its colon (+0100).',
    JOINT,
    (r) => void (r.meeting.endedAt = '2026-02-10T14:40:00+0100'),
    {},
    ['SD-STR-FORMAT'],
  ],
  [
    'SD-STR-FORMAT-offset-hours-only',
    'A date-time offset without minutes (+01).',
    JOINT,
    (r) => void (r.meeting.endedAt = '2026-02-10T14:40:00+01'),
    {},
    ['SD-STR-FORMAT'],
  ],
  [
    'SD-STR-FORMAT-hour-24',
    'Hour 24 (2016-12-31T24:59:60+01:00): no such time in RFC 3339.',
    JOINT,
    (r) => void (r.circulation.circulatedAt = '2016-12-31T24:59:60+01:00'),
    {},
    ['SD-STR-FORMAT'],
  ],
  [
    'SD-STR-FORMAT-no-such-day',
    'A date that is not on the calendar (30 February).',
    JOINT,
    (r) => void (r.children[0].dateOfBirth = '2018-02-30'),
    {},
    ['SD-STR-FORMAT'],
  ],
  [
    'SD-STR-FORMAT-email-two-dots',
    'An email address with two dots in a row.',
    JOINT,
    (r) => void (r.circulation.recipients[0].email = 'siobhan..nibhriain@northshire.gov.uk'),
    {},
    ['SD-STR-FORMAT'],
  ],
  [
    'email-rfc5321-accepted',
    'RFC 5321 mailboxes the schema accepts: a@localhost, an IPv4 literal, a quoted local part.',
    JOINT,
    (r) => {
      r.circulation.recipients[0].email = 'a@localhost';
      r.circulation.recipients[1].email = 'a@[127.0.0.1]';
      r.circulation.recipients[2].email = '"joe bloggs"@example.org';
    },
    {},
    [],
  ],
  [
    'date-time-offsets-accepted',
    'Date-times with a fraction of a second and a negative offset are accepted.',
    JOINT,
    (r) => void (r.signOff.writtenUpAt = '2026-02-10T13:05:00.25-05:00'),
    {},
    [],
  ],
  [
    'SD-STR-UNKNOWN-misspelt-field',
    'A field the schema does not define.',
    JOINT,
    (r) => void (r.meeting.startedAtt = '2026-02-10T13:30:00Z'),
    {},
    ['SD-STR-UNKNOWN'],
  ],
  [
    'SD-STR-LENGTH-long-name',
    'A name longer than 200 characters.',
    JOINT,
    (r) => void (r.children[0].knownAs = 'Zosia '.repeat(40)),
    {},
    ['SD-STR-LENGTH'],
  ],
  [
    'SD-STR-ITEMS-repeated-option',
    'A list of options that repeats one.',
    JOINT,
    (r) => void r.concerns.categories.push(r.concerns.categories[0]),
    {},
    ['SD-STR-ITEMS'],
  ],
  [
    'SD-STR-ID-reference-with-space',
    'A reference with a space in it.',
    JOINT,
    (r) => void (r.actions[0].id = 'A 1'),
    {},
    ['SD-STR-ID'],
  ],
  [
    'SD-STR-VERSION-2',
    'A record written for schema version 2.0, which this toolkit does not read (it reads 1.1, and migrates 1.0).',
    JOINT,
    (r) => void (r.schemaVersion = '2.0'),
    {},
    ['SD-STR-VERSION'],
  ],
  [
    'SD-MTG-2-reconvened-without-reason',
    'A reconvened discussion that names the earlier record but not why it was reconvened (a warning, new in 1.1).',
    JOINT,
    (r) => {
      r.meeting.sequence = 'reconvened';
      r.meeting.previousRecordId = 'SD-2026-000099';
    },
    {},
    ['SD-MTG-2'],
  ],
  [
    'SD-S47-9-single-agency-without-feedback',
    'A single-agency Section 47 enquiry with no feedback to the other agencies recorded (a warning, new in 1.1).',
    JOINT,
    (r) => {
      r.decisions[0].s47.enquiryType = 'single';
      delete r.decisions[0].s47.criminalInvestigation;
    },
    {},
    ['SD-S47-9'],
  ],
  [
    'SD-SGN-2-amended-without-when-or-why',
    'A record marked amended after sign-off that says neither when nor why (a warning, new in 1.1).',
    JOINT,
    (r) => {
      r.signOff.status = 'amended-after-sign-off';
    },
    {},
    ['SD-SGN-2'],
  ],
  [
    'SD-CHD-6-adult-without-details',
    'An adult with no ethnicity, first language, interpreter need or disability and communication needs recorded (a warning, new in 1.1).',
    JOINT,
    (r) => {
      for (const field of ['ethnicity', 'firstLanguage', 'interpreterNeeded', 'interpreterLanguage', 'additionalNeeds'])
        delete r.adults[1][field];
    },
    {},
    ['SD-CHD-6'],
  ],
  [
    'SD-CHD-4-adult-interpreter-no-arrangement',
    'Only an adult needs an interpreter (an adult’s interpreter need is new in 1.1) and nothing says how one is provided.',
    JOINT,
    (r) => {
      for (const child of r.children) {
        child.interpreterNeeded = 'no';
        delete child.interpreterLanguage;
      }
      delete r.plan.interpreterArrangements;
      for (const action of r.actions) action.description = action.description.replace(/interpret\w*/gi, 'support');
    },
    {},
    ['SD-CHD-4'],
  ],
  [
    'SD-RSN-3-exploitation-without-screening',
    'Exploitation is a category of harm under the Halton procedure, which asks for an exploitation screening tool, and no screening is recorded (a warning, new in 1.1).',
    JOINT,
    (r) => {
      r.meeting.profileId = 'halton-pan-cheshire';
      r.concerns.categories.push('exploitation');
    },
    {},
    ['SD-RSN-3'],
  ],
  [
    'SD-RSN-3-screening-without-date',
    'Exploitation under the Halton procedure, and a screening that names the tool and the rating but not when it was completed.',
    JOINT,
    (r) => {
      r.meeting.profileId = 'halton-pan-cheshire';
      r.concerns.categories.push('exploitation');
      r.concerns.exploitationScreening = { tool: 'Pan-Cheshire CCE/CSE screening tool', rating: 'high' };
    },
    {},
    ['SD-RSN-3'],
  ],
  [
    'valid-exploitation-screened-under-halton',
    'Exploitation under the Halton procedure with the screening tool, its rating and the date it was completed: no findings.',
    JOINT,
    (r) => {
      r.meeting.profileId = 'halton-pan-cheshire';
      r.concerns.categories.push('exploitation');
      r.concerns.exploitationScreening = {
        tool: 'Pan-Cheshire CCE/CSE screening tool',
        rating: 'high',
        completedOn: '2026-02-10',
      };
    },
    {},
    [],
  ],
  [
    'draft-unchosen-option',
    'Draft mode: "" for an option nobody chose (what a form posts for an unanswered radio or select) means not answered, as blank text does: no finding (schema 1.1).',
    JOINT,
    (r) => void (r.children[0].ethnicity = ''),
    { mode: 'draft' },
    [],
  ],
  [
    'SD-CHD-2-unchosen-option',
    'A final record with "" for a child’s ethnicity: reported as missing under the field’s rule, not as a wrong option (schema 1.1).',
    JOINT,
    (r) => void (r.children[0].ethnicity = ''),
    {},
    ['SD-CHD-2'],
  ],
  [
    'SD-STR-BLANK-unchosen-optional-option',
    'A final record with "" for an optional option (a child’s legal status): blank, as blank text in an optional field is (schema 1.1).',
    JOINT,
    (r) => void (r.children[0].legalStatus = ''),
    {},
    ['SD-STR-BLANK'],
  ],
  [
    'SD-STR-MIGRATED-1.0-example',
    'The joint example as written for schema version 1.0: it is migrated to 1.1 (only its version changes) and is valid, with one warning that says so.',
    'schemas/versions/1.0/examples/final/joint-s47-physical-injury.json',
    null,
    {},
    ['SD-STR-MIGRATED'],
  ],
  [
    'SD-STR-VERSION-newer-with-other-faults',
    'A record written for a newer schema version (1.2) is refused before anything else is checked: its other fields may mean something else.',
    JOINT,
    (r) => {
      r.schemaVersion = '1.2';
      delete r.recordId;
    },
    {},
    ['SD-STR-VERSION'],
  ],
  [
    'SD-STR-REQUIRED-record-id',
    'No record id (a required field no catalogue rule covers).',
    JOINT,
    (r) => delete r.recordId,
    {},
    ['SD-STR-REQUIRED'],
  ],
  [
    'SD-STR-BLANK-optional-field',
    'An optional field made only of invisible characters (U+2060 word joiner).',
    JOINT,
    (r) => void (r.children[0].knownAs = '\u2060'),
    {},
    ['SD-STR-BLANK'],
  ],
  [
    'draft-allows-blank-and-missing',
    'Draft mode: blank and missing fields are not findings.',
    JOINT,
    both(
      (r) => void (r.children[0].knownAs = '\u2060'),
      (r) => delete r.riskAnalysis,
    ),
    { mode: 'draft' },
    [],
  ],
  [
    'SD-STR-REF-unknown-child',
    'An action for a child who is not in the record.',
    JOINT,
    (r) => void (r.actions[0].childId = 'nobody'),
    {},
    ['SD-STR-REF'],
  ],
  [
    'SD-STR-REF-draft',
    'References are checked in draft mode too, as a warning (the child may not be added yet).',
    JOINT,
    (r) => void (r.actions[0].childId = 'nobody'),
    { mode: 'draft' },
    ['SD-STR-REF'],
  ],
  [
    'SD-STR-DUPLICATE-action-id',
    'Two actions share a reference.',
    JOINT,
    (r) => void (r.actions[1].id = r.actions[0].id),
    {},
    ['SD-STR-DUPLICATE'],
  ],
  [
    'SD-STR-DUPLICATE-draft',
    'A repeated reference in a draft is a warning.',
    JOINT,
    (r) => void (r.actions[1].id = r.actions[0].id),
    { mode: 'draft' },
    ['SD-STR-DUPLICATE'],
  ],
  [
    'SD-STR-PROFILE-unknown-option',
    'The profile option names no bundled profile.',
    JOINT,
    null,
    { profile: 'wigan' },
    ['SD-STR-PROFILE'],
  ],
  [
    'SD-STR-OPTIONS-unknown-mode',
    'A mode other than draft or final: checked as final, with SD-STR-OPTIONS.',
    JOINT,
    null,
    { mode: 'signed' },
    ['SD-STR-OPTIONS'],
  ],
  [
    'SD-STR-TOO-MANY-findings',
    'More than 1,000 findings: 1,001 wrong-typed actions.',
    JOINT,
    (r) => void (r.actions = new Array(1001).fill(0)),
    {},
    ['SD-STR-TOO-MANY', 'SD-STR-SKIPPED'],
  ],

  // Deadline arithmetic: England-and-Wales bank holidays and the clock changes.
  [
    'deadlines-easter-2026',
    'Concerns on Maundy Thursday (2 April 2026): Good Friday and Easter Monday are not working days.',
    EASTER,
    null,
    {},
    [],
  ],
  [
    'deadlines-christmas-2026-substitute-day',
    'National default, concerns on Christmas Eve 2026 (Thursday): 25 December, the weekend and Boxing Day’s substitute (Monday 28 December) are not working days.',
    JOINT,
    timeline(CHRISTMAS_2026),
    {},
    [],
  ],
  [
    'deadlines-christmas-2026-one-day-late',
    'As above, circulated on Thursday 31 December: one working day late (due by the end of Wednesday 30 December).',
    JOINT,
    timeline({ ...CHRISTMAS_2026, circulated: '2026-12-31T09:00:00Z', icpc: '2027-01-21' }),
    {},
    ['SD-TIM-3', 'SD-S47-7'],
  ],
  [
    'deadlines-early-may-2026',
    'National default, a standard concern on Friday 1 May 2026: Monday 4 May is the Early May bank holiday, so 3 working days run to Thursday 7 May; held on Friday 8 May is late.',
    JOINT,
    timeline({
      concerns: '2026-05-01T15:00:00+01:00',
      started: '2026-05-08T10:00:00+01:00',
      ended: '2026-05-08T11:00:00+01:00',
      writtenUp: '2026-05-08T15:00:00+01:00',
      signed: '2026-05-08T16:00:00+01:00',
      circulated: '2026-05-11T09:00:00+01:00',
      seeBy: '2026-05-08T17:00:00+01:00',
      icpc: '2026-05-29',
      profile: 'national-default',
    }),
    {},
    ['SD-TIM-1'],
  ],
  [
    'deadlines-summer-bank-holiday-2026',
    'National default: circulated on Tuesday 1 September after a discussion on Friday 28 August 2026, with Monday 31 August (Summer bank holiday, England and Wales) between: on time.',
    JOINT,
    timeline({
      concerns: '2026-08-27T15:00:00+01:00',
      started: '2026-08-28T10:00:00+01:00',
      ended: '2026-08-28T11:00:00+01:00',
      writtenUp: '2026-08-28T15:00:00+01:00',
      signed: '2026-08-28T16:00:00+01:00',
      circulated: '2026-09-01T17:00:00+01:00',
      seeBy: '2026-08-28T17:00:00+01:00',
      icpc: '2026-09-18',
      profile: 'national-default',
    }),
    {},
    [],
  ],
  [
    'deadlines-clocks-go-forward-2026',
    'Lancashire (24 hours): a discussion ending at 16:00 GMT on Saturday 28 March 2026; the clocks go forward at 01:00 GMT on Sunday 29 March, so 24 hours later is 17:00 BST, and the record written up at 16:30 BST is on time.',
    JOINT,
    timeline(CLOCKS_GO_FORWARD_2026),
    {},
    [],
  ],
  [
    'deadlines-clocks-go-forward-2026-late',
    'As above, written up at 17:30 BST on Sunday 29 March: later than 24 hours.',
    JOINT,
    timeline({
      ...CLOCKS_GO_FORWARD_2026,
      writtenUp: '2026-03-29T17:30:00+01:00',
      signed: '2026-03-29T17:45:00+01:00',
    }),
    {},
    ['SD-TIM-2'],
  ],
  [
    'deadlines-clocks-go-back-2026',
    'Lancashire (24 hours): a discussion ending at 16:00 BST on Saturday 24 October 2026; the clocks go back on Sunday 25 October, so 24 hours later is 15:00 GMT, and a child seen by 15:30 GMT is late.',
    JOINT,
    timeline({
      concerns: '2026-10-24T09:00:00+01:00',
      started: '2026-10-24T14:00:00+01:00',
      ended: '2026-10-24T16:00:00+01:00',
      writtenUp: '2026-10-24T18:00:00+01:00',
      signed: '2026-10-24T18:30:00+01:00',
      circulated: '2026-10-24T19:00:00+01:00',
      seeBy: '2026-10-25T15:30:00Z',
      icpc: '2026-11-13',
    }),
    {},
    ['SD-S47-4'],
  ],
];

const mkCase = async ([id, description, base, change, options, expectRules]) => {
  const input = { mode: options.mode ?? 'final', ...(options.profile ? { profile: options.profile } : {}) };
  let record;
  let recordSource;
  if (typeof base === 'string') {
    const original = await readJson(base);
    record = structuredClone(original);
    if (change) change(record);
    recordSource = { recordFile: base, ...(change ? { patch: diff(original, record) } : {}) };
  } else if ('text' in base) {
    recordSource = { recordText: base.text };
  } else {
    record = base.inline;
    recordSource = { record };
  }
  const report =
    'recordText' in recordSource ? validateRecordText(recordSource.recordText, input) : validateRecord(record, input);
  const found = new Set(report.findings.map((finding) => finding.ruleId));
  const lacking = expectRules.filter((rule) => !found.has(rule));
  if (lacking.length > 0 || (expectRules.length === 0 && !report.valid && id !== 'SD-STR-OPTIONS-unknown-mode'))
    throw new Error(
      `${id}: expected ${expectRules.join(', ') || 'a valid record'}, got ${[...found].join(', ') || 'nothing'}`,
    );
  return {
    $schema: '../case.schema.json',
    id,
    description,
    ...recordSource,
    ...input,
    expected: {
      valid: report.valid,
      findings: report.findings.map(({ ruleId, severity, pointer }) => ({ ruleId, severity, pointer })),
      deadlines: report.deadlines.map(({ key, due, actual, met, pointer }) => ({
        key,
        due,
        ...(actual === undefined ? {} : { actual }),
        ...(met === undefined ? {} : { met }),
        pointer,
      })),
    },
  };
};

/** The RFC 6902 operations that turn `from` into `to` (a list whose length changed is replaced whole). */
function diff(from, to, path = '') {
  if (Object.is(from, to)) return [];
  const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length)
    return from.flatMap((item, i) => diff(item, to[i], `${path}/${i}`));
  if (isObject(from) && isObject(to)) {
    const ops = [];
    for (const key of Object.keys(from)) {
      const at = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (!Object.hasOwn(to, key)) ops.push({ op: 'remove', path: at });
      else ops.push(...diff(from[key], to[key], at));
    }
    for (const key of Object.keys(to))
      if (!Object.hasOwn(from, key))
        ops.push({ op: 'add', path: `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, value: to[key] });
    return ops;
  }
  return [{ op: 'replace', path, value: to }];
}

await mkdir(casesFolder, { recursive: true });
for (const file of await readdir(casesFolder)) if (file.endsWith('.json')) await rm(new URL(file, casesFolder));
for (const definition of CASES) {
  const written = await mkCase(definition);
  await writeFile(new URL(`${written.id}.json`, casesFolder), `${JSON.stringify(written, null, 2)}\n`);
}
console.log(`wrote ${CASES.length} cases to conformance/cases/`);
