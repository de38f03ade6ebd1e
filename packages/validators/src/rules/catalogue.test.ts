import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../ruleCatalogue.js';
import { completeRecord, completeRecordWith } from '../testing/completeRecord.js';
import { VALIDATE_RECORD_VARIANTS } from '../testing/variants.js';

type Change = (record: StrategyDiscussionRecord) => void;

const attendee = (r: StrategyDiscussionRecord, id: string) => r.attendees!.find((a) => a.id === id)!;
const decision = (r: StrategyDiscussionRecord, i = 0) => r.decisions![i]!;
const withoutEntriesFrom =
  (type: string): Change =>
  (r) => {
    r.informationShared = r.informationShared!.filter((entry) => entry.agency?.type !== type);
  };
const inHospital: Change = (r) => {
  r.children![0]!.inHospital = 'in-patient';
  r.children![0]!.hospital = 'Northshire General, Ward 7';
};
// In hospital with a safe discharge plan (SD-S47-8): what is left missing is only the consultant.
const inHospitalWithDischargePlan: Change = (r) => {
  inHospital(r);
  r.plan!.hospitalDischarge = 'Not to be discharged until the social worker and team manager agree a plan.';
};

const reconvened: Change = (r) => {
  r.meeting!.sequence = 'reconvened';
  r.meeting!.previousRecordId = 'SD-2026-000099';
};
const singleAgency: Change = (r) => {
  decision(r).s47!.enquiryType = 'single';
  delete decision(r).s47!.criminalInvestigation;
};
const adult = (r: StrategyDiscussionRecord, i = 0) => r.adults![i]!;
// Exploitation under Halton's procedure, which asks for the screening tool (policy as data: its profile).
const exploitationUnderHalton: Change = (r) => {
  r.meeting!.profileId = 'halton-pan-cheshire';
  r.concerns!.categories!.push('exploitation');
};
const screened: Change = (r) => {
  exploitationUnderHalton(r);
  r.concerns!.exploitationScreening = {
    tool: 'Pan-Cheshire CCE/CSE screening tool',
    rating: 'medium',
    completedOn: '2026-02-10',
  };
};

/**
 * One row per way of breaking a rule: [rule id, what is wrong, the field the finding points to, the
 * change to the complete record].
 * Each change is the smallest that breaks the rule, so the record without it is the near-identical
 * record that must not raise it.
 */
const RAISES: readonly [string, string, string, Change][] = [
  ['SD-MTG-1', 'no format', '/meeting/format', (r) => delete r.meeting!.format],
  ['SD-MTG-1', 'no chair role', '/meeting/chair/role', (r) => delete r.meeting!.chair!.role],
  [
    'SD-MTG-1',
    'no urgency category (the timescales cannot be checked without it)',
    '/meeting/urgency',
    (r) => delete r.meeting!.urgency,
  ],
  [
    'SD-MTG-1',
    'no time the concerns were identified',
    '/meeting/concernsIdentifiedAt',
    (r) => delete r.meeting!.concernsIdentifiedAt,
  ],
  [
    'SD-ATT-1',
    'police sent apologies with no reason',
    '/attendees/2/absenceReason',
    (r) => void (attendee(r, 'police').attendance = 'apologies'),
  ],
  [
    'SD-ATT-1',
    'no police invitee at all',
    '/attendees',
    (r) => {
      r.attendees = r.attendees!.filter((a) => a.id !== 'police');
      for (const action of r.actions!) if (action.owner?.attendeeId === 'police') delete action.owner.attendeeId;
      for (const recipient of r.circulation!.recipients!)
        if (recipient.attendeeId === 'police') delete recipient.attendeeId;
      for (const entry of r.informationShared!) if (entry.attendeeId === 'police') delete entry.attendeeId;
    },
  ],
  ['SD-ATT-2', 'an invitee with no role', '/attendees/2/role', (r) => delete attendee(r, 'police').role],
  [
    'SD-ATT-3',
    'a school-age child and no education',
    '/children/0',
    (r) => {
      for (const a of r.attendees!) if (a.agency?.type === 'education') a.attendance = 'apologies';
      withoutEntriesFrom('education')(r);
    },
  ],
  [
    'SD-ATT-4',
    'a required medical and no paediatrician',
    '/attendees',
    (r) => {
      attendee(r, 'paed').agency!.healthRole = 'other';
      for (const entry of r.informationShared!)
        if (entry.agency?.healthRole === 'paediatrician') entry.agency.healthRole = 'other';
    },
  ],
  ['SD-ATT-5', 'a child in hospital and no consultant', '/children/0/inHospital', inHospitalWithDischargePlan],
  [
    'SD-ATT-6',
    'a looked-after child and no carers',
    '/children/0/legalStatus',
    (r) => void (r.children![0]!.legalStatus = 'looked-after'),
  ],
  ['SD-ATT-7', 'a chair who is not a manager', '/meeting/chair', (r) => void (r.meeting!.chair!.isManager = false)],
  [
    'SD-ATT-7',
    'a chair from the police',
    '/meeting/chair',
    (r) => void (r.meeting!.chair!.agency = { name: 'Northshire Constabulary', type: 'police' }),
  ],
  [
    'SD-CHD-1',
    'no subject child',
    '/children',
    (r) => void (r.children = [] as unknown as StrategyDiscussionRecord['children']),
  ],
  ['SD-CHD-1', 'a child with no date of birth', '/children/0/dateOfBirth', (r) => delete r.children![0]!.dateOfBirth],
  [
    'SD-CHD-1',
    'an unborn baby with no expected delivery date',
    '/children/1/expectedDeliveryDate',
    (r) => void (r.children![1]!.unborn = true),
  ],
  ['SD-CHD-2', 'ethnicity left out', '/children/0/ethnicity', (r) => delete r.children![0]!.ethnicity],
  [
    'SD-CHD-2',
    'first language left blank',
    '/children/0/firstLanguage',
    (r) => void (r.children![0]!.firstLanguage = '   '),
  ],
  [
    'SD-CHD-2',
    'interpreter needed with no language',
    '/children/0/interpreterLanguage',
    (r) => delete r.children![0]!.interpreterLanguage,
  ],
  [
    'SD-CHD-3',
    'other children not considered',
    '/otherChildren',
    (r) => delete (r as { otherChildren?: unknown }).otherChildren,
  ],
  [
    'SD-CHD-3',
    '"none" with no statement of how it was established',
    '/otherChildren/noneStatement',
    (r) => void (r.otherChildren = { status: 'none' }),
  ],
  [
    'SD-CHD-4',
    'an interpreter needed and no arrangement',
    '/plan/interpreterArrangements',
    (r) => {
      delete r.plan!.interpreterArrangements;
      for (const action of r.actions!) action.description = action.description!.replace(/interpret\w*/gi, 'support');
    },
  ],
  [
    'SD-CHD-4',
    'only an adult needs an interpreter (1.1), and no arrangement',
    '/plan/interpreterArrangements',
    (r) => {
      for (const child of r.children!) {
        child.interpreterNeeded = 'no';
        delete child.interpreterLanguage;
      }
      delete r.plan!.interpreterArrangements;
      for (const action of r.actions!) action.description = action.description!.replace(/interpret\w*/gi, 'support');
    },
  ],
  [
    'SD-CHD-5',
    'child-on-child abuse and no other record',
    '/concerns/otherChildRecord',
    (r) => void r.concerns!.categories!.push('child-on-child'),
  ],
  ['SD-RSN-1', 'no reason', '/concerns/reason', (r) => delete r.concerns!.reason],
  ['SD-RSN-1', 'no category of harm', '/concerns/categories', (r) => void (r.concerns!.categories = [])],
  ['SD-RSN-2', "no child's voice", '/concerns/childVoice', (r) => delete r.concerns!.childVoice],
  [
    'SD-RSN-2',
    'no record of when the child was last seen',
    '/concerns/childLastSeen',
    (r) => delete r.concerns!.childLastSeen,
  ],
  ['SD-INF-1', 'the police attended and shared nothing', '/attendees/2', withoutEntriesFrom('police')],
  ['SD-RSK-1', 'no risk analysis', '/riskAnalysis/analysis', (r) => delete r.riskAnalysis!.analysis],
  ['SD-MED-1', 'no medical decision', '/decisions/0/medical', (r) => delete decision(r).medical],
  [
    'SD-MED-2',
    'medical not required and no rationale',
    '/decisions/0/medical/rationale',
    (r) => void (decision(r).medical = { decision: 'not-required' }),
  ],
  [
    'SD-MED-2',
    'medical not required and a blank rationale',
    '/decisions/0/medical/rationale',
    (r) => void (decision(r).medical = { decision: 'not-required', rationale: ' ' }),
  ],
  [
    'SD-MED-3',
    'medical required and nobody to do it',
    '/decisions/0/medical/examiner',
    (r) => delete decision(r).medical!.examiner,
  ],
  [
    'SD-MED-3',
    'medical required and consent not addressed',
    '/decisions/0/medical/consent',
    (r) => delete decision(r).medical!.consent,
  ],
  [
    'SD-MED-4',
    'consent refused and no further discussion',
    '/decisions/0/medical/consent',
    (r) => void (decision(r).medical!.consent = 'refused'),
  ],
  ['SD-DEC-1', 'a child with no decision', '/children/1', (r) => void r.decisions!.splice(1, 1)],
  ['SD-DEC-1', 'a decision with no outcome', '/decisions/0/outcome', (r) => delete decision(r).outcome],
  ['SD-DEC-2', 'an outcome with no rationale', '/decisions/0/rationale', (r) => delete decision(r).rationale],
  [
    'SD-S47-1',
    'S47 with no lead social worker',
    '/decisions/0/s47/leadSocialWorker',
    (r) => delete decision(r).s47!.leadSocialWorker,
  ],
  [
    'SD-S47-1',
    'S47 with single/joint undecided',
    '/decisions/0/s47/enquiryType',
    (r) => delete decision(r).s47!.enquiryType,
  ],
  [
    'SD-S47-2',
    'a joint enquiry with no criminal investigation plan',
    '/decisions/0/s47/criminalInvestigation',
    (r) => delete decision(r).s47!.criminalInvestigation,
  ],
  [
    'SD-S47-2',
    'a joint enquiry with no conduct and timing',
    '/decisions/0/s47/criminalInvestigation/conductAndTiming',
    (r) => delete decision(r).s47!.criminalInvestigation!.conductAndTiming,
  ],
  [
    'SD-S47-3',
    'S47 with no plan to see the child',
    '/decisions/0/s47/seeChild',
    (r) => delete decision(r).s47!.seeChild,
  ],
  [
    'SD-S47-3',
    'S47 with no date to see the child by',
    '/decisions/0/s47/seeChild/byWhen',
    (r) => delete decision(r).s47!.seeChild!.byWhen,
  ],
  ['SD-S47-5', 'S47 and legal action not decided', '/plan/legalAction', (r) => delete r.plan!.legalAction],
  ['SD-S47-5', 'S47 and immediate safety not decided', '/plan/immediateSafety', (r) => delete r.plan!.immediateSafety],
  [
    'SD-S47-6',
    'S47 and no information-gathering plan',
    '/plan/informationGathering',
    (r) => void (r.plan!.informationGathering = []),
  ],
  ['SD-S47-8', 'a child in hospital and no discharge plan', '/plan/hospitalDischarge', inHospital],
  [
    'SD-FAM-1',
    'no family-sharing decision',
    '/familySharing',
    (r) => delete (r as { familySharing?: unknown }).familySharing,
  ],
  [
    'SD-FAM-1',
    'information withheld with no reason',
    '/familySharing/withheld/0/reason',
    (r) => delete r.familySharing!.withheld![0]!.reason,
  ],
  [
    'SD-ACT-1',
    'no actions',
    '/actions',
    (r) => void (r.actions = [] as unknown as StrategyDiscussionRecord['actions']),
  ],
  ['SD-ACT-2', 'an action with no due date', '/actions/0/dueBy', (r) => delete r.actions![0]!.dueBy],
  [
    'SD-ACT-2',
    "an action with no owner's agency",
    '/actions/0/owner/agency',
    (r) => delete r.actions![0]!.owner!.agency,
  ],
  [
    'SD-ACT-3',
    'an action due before the discussion',
    '/actions/0/dueBy',
    (r) => void (r.actions![0]!.dueBy = '2026-02-09'),
  ],
  [
    'SD-FUR-1',
    'further discussion needed with no date',
    '/furtherDiscussion/by',
    (r) => void (r.furtherDiscussion = { needed: true, rationale: 'Police to report on the ABE interviews.' }),
  ],
  [
    'SD-FUR-1',
    'an outcome of further discussion with none planned',
    '/furtherDiscussion',
    (r) => {
      decision(r, 1).outcome = 'further-strategy-discussion';
      delete decision(r, 1).s47;
    },
  ],
  ['SD-SGN-1', 'not signed off', '/signOff', (r) => delete (r as { signOff?: unknown }).signOff],
  ['SD-SGN-1', 'sign-off with no time', '/signOff/signedAt', (r) => delete r.signOff!.signedAt],
  [
    'SD-CIR-1',
    'an invitee left off the circulation list',
    '/circulation/recipients',
    (r) => {
      r.circulation!.recipients = r.circulation!.recipients!.filter((recipient) => recipient.attendeeId !== 'police');
    },
  ],
  [
    'SD-TIM-PROFILE',
    'a record naming a profile the toolkit does not have',
    '/meeting/profileId',
    (r) => void (r.meeting!.profileId = 'wigan'),
  ],
  [
    'SD-SCP-1',
    'only a missing episode',
    '/concerns/missingEpisodeOnly',
    (r) => void (r.concerns!.missingEpisodeOnly = true),
  ],
  ['SD-CHD-6', "an adult's ethnicity left out", '/adults/0/ethnicity', (r) => delete adult(r).ethnicity],
  [
    'SD-CHD-6',
    "an adult's first language left out (blank text is SD-STR-BLANK, as anywhere)",
    '/adults/1/firstLanguage',
    (r) => delete adult(r, 1).firstLanguage,
  ],
  [
    'SD-CHD-6',
    'an adult who needs an interpreter, with no language',
    '/adults/0/interpreterLanguage',
    (r) => delete adult(r).interpreterLanguage,
  ],
  [
    'SD-CHD-6',
    'an adult with needs and no details of them',
    '/adults/2/additionalNeedsDetails',
    (r) => void (adult(r, 2).additionalNeeds = 'yes'),
  ],
  [
    'SD-RSN-3',
    'exploitation under Halton and no screening',
    '/concerns/exploitationScreening',
    exploitationUnderHalton,
  ],
  [
    'SD-RSN-3',
    'exploitation under Halton and a screening with no rating',
    '/concerns/exploitationScreening/rating',
    (r) => {
      screened(r);
      delete r.concerns!.exploitationScreening!.rating;
    },
  ],
  [
    'SD-RSN-3',
    'exploitation under Halton and a screening not completed',
    '/concerns/exploitationScreening/rating',
    (r) => {
      screened(r);
      r.concerns!.exploitationScreening = { rating: 'not-completed' };
    },
  ],
  ['SD-MTG-2', 'a reconvened discussion with no reason', '/meeting/reconvenedReason', reconvened],
  ['SD-S47-9', 'a single-agency enquiry with no feedback to agencies', '/plan/agencyFeedback', singleAgency],
  [
    'SD-SGN-2',
    'amended after sign-off with nothing said of when, what or why',
    '/signOff/amendedAt',
    (r) => {
      r.signOff!.status = 'amended-after-sign-off';
      r.signOff!.amendmentReason = 'Corrected the spelling of the lead officer’s name.';
    },
  ],
];

/** Rules new in 1.1 (docs/versions.md): the same situation, answered, raises nothing at all (not even a warning). */
const ANSWERED_IN_1_1: readonly [string, string, Change][] = [
  [
    'SD-MTG-2',
    'a reconvened discussion that says why',
    (r) => {
      reconvened(r);
      r.meeting!.reconvenedReason = 'New information from the school about a second injury (synthetic).';
    },
  ],
  [
    'SD-S47-9',
    'a single-agency enquiry with the feedback to police recorded',
    (r) => {
      singleAgency(r);
      r.plan!.agencyFeedback = [
        { agency: 'Northshire Police', feedback: 'Outcome of the enquiry by phone to the public protection unit.' },
      ];
    },
  ],
  [
    'SD-SGN-2',
    'amended after sign-off with when, what and why',
    (r) => {
      r.signOff!.status = 'amended-after-sign-off';
      r.signOff!.amendedAt = '2026-02-12T10:00:00Z';
      r.signOff!.amendmentReason = 'Corrected the spelling of the lead officer’s name.';
    },
  ],
  ['SD-SGN-2', 'signed off and not amended', (r) => void (r.signOff!.status = 'signed-off')],
  ['SD-RSN-3', 'exploitation under Halton with the tool, rating and date', screened],
  [
    'SD-RSN-3',
    'exploitation under a procedure that does not ask for a screening (Lancashire)',
    (r) => void r.concerns!.categories!.push('exploitation'),
  ],
  [
    'SD-CHD-6',
    'adults whose details are "not known" (an answer, not a gap)',
    (r) => {
      for (const each of r.adults!) {
        each.ethnicity = 'not-known';
        each.firstLanguage = 'Not known';
        each.interpreterNeeded = 'not-known';
        each.additionalNeeds = 'not-known';
        delete each.interpreterLanguage;
      }
    },
  ],
];

/** [rule id, a situation that looks like a breach but is not, the change]: each must raise nothing. */
const DOES_NOT_RAISE: readonly [string, string, Change][] = [
  [
    'SD-ATT-1',
    "children's social care present only as the chair",
    (r) => {
      for (const a of r.attendees!) if (a.agency?.type === 'csc') a.attendance = 'apologies';
      r.informationShared!.push({
        agency: { name: "Northshire Council Children's Social Care", type: 'csc' },
        information: 'No previous involvement.',
      });
    },
  ],
  [
    'SD-ATT-1',
    'police absent with a reason, and their information shared in an entry',
    (r) => {
      const police = attendee(r, 'police');
      police.attendance = 'apologies';
      police.absenceReason = 'Attending a serious incident.';
    },
  ],
  [
    'SD-ATT-4',
    'the responsible hospital consultant (a consultant paediatrician) involved',
    (r) => {
      attendee(r, 'paed').agency!.healthRole = 'hospital-consultant';
      for (const entry of r.informationShared!)
        if (entry.agency?.healthRole === 'paediatrician') entry.agency.healthRole = 'hospital-consultant';
    },
  ],
];

const IN_SCOPE = Object.keys(ruleCatalogue).filter(
  (id) =>
    !id.startsWith('SD-STR') &&
    !id.startsWith('SD-SYS') &&
    !['SD-TIM-1', 'SD-TIM-2', 'SD-TIM-3', 'SD-S47-4', 'SD-S47-7'].includes(id),
);

describe.each(VALIDATE_RECORD_VARIANTS)('%s', (_variant, validateRecord) => {
  describe('the rule catalogue in final mode', () => {
    it('starts from a complete record that raises nothing', () => {
      expect(validateRecord(completeRecord(), { mode: 'final' }).findings).toEqual([]);
    });

    it('has a table row for every rule in scope', () => {
      expect([...new Set(RAISES.map(([id]) => id))].sort()).toEqual(IN_SCOPE.sort());
    });

    it.each(RAISES)('%s is raised for %s, at %s', (ruleId, _what, pointer, change) => {
      const report = validateRecord(completeRecordWith(change), { mode: 'final' });
      const raised = report.findings.filter((finding) => finding.ruleId === ruleId);
      expect(
        raised.map((finding) => finding.pointer),
        JSON.stringify(report.findings, null, 1),
      ).toEqual([pointer]);
      for (const finding of raised) {
        expect(finding.message).toMatch(/\S/);
        expect(finding.source).toBe(ruleCatalogue[ruleId as keyof typeof ruleCatalogue].source);
      }
      // A warning rule alone never makes a record invalid; an error rule always does.
      if (ruleCatalogue[ruleId as keyof typeof ruleCatalogue].severity === 'warning') {
        expect(raised.every((finding) => finding.severity === 'warning')).toBe(true);
      } else {
        expect(report.valid).toBe(false);
      }
      expect(report.valid).toBe(report.findings.every((finding) => finding.severity === 'warning'));
    });

    it.each(RAISES.filter(([id]) => ruleCatalogue[id as keyof typeof ruleCatalogue].severity === 'warning'))(
      'the warning %s (%s) leaves an otherwise complete record valid',
      (ruleId, _what, _pointer, change) => {
        const report = validateRecord(completeRecordWith(change), { mode: 'final' });
        const otherErrors = report.findings.filter(
          (finding) => finding.ruleId !== ruleId && finding.severity === 'error',
        );
        expect({ otherErrors, valid: report.valid }).toEqual({ otherErrors: [], valid: true });
      },
    );

    it.each(ANSWERED_IN_1_1)('%s is not raised for %s', (ruleId, _what, change) => {
      const report = validateRecord(completeRecordWith(change), { mode: 'final' });
      expect(report.findings).toEqual([]);
      expect(ruleId in ruleCatalogue).toBe(true);
    });

    it.each(DOES_NOT_RAISE)('%s is not raised for %s', (ruleId, _what, change) => {
      const report = validateRecord(completeRecordWith(change), { mode: 'final' });
      expect(report.findings.filter((f) => f.ruleId === ruleId && f.severity === 'error')).toEqual([]);
    });

    it('lowers SD-ATT-1 to a warning when the absent agency gave a reason and a plan for its information', () => {
      const report = validateRecord(
        completeRecordWith((r) => {
          const police = attendee(r, 'police');
          police.attendance = 'apologies';
          police.absenceReason = 'On duty at a serious incident; the sergeant was briefed beforehand.';
          police.informationPlan = 'PNC and intelligence checks sent by secure email before the meeting.';
        }),
        { mode: 'final' },
      );
      expect(report.findings.map(({ ruleId, severity }) => ({ ruleId, severity }))).toEqual([
        { ruleId: 'SD-ATT-1', severity: 'warning' },
      ]);
      expect(report.valid).toBe(true);
    });

    it('names the child a decision is about in a message', () => {
      const report = validateRecord(
        completeRecordWith((r) => void (decision(r).medical = { decision: 'not-required' })),
        { mode: 'final' },
      );
      const finding = report.findings.find((f) => f.ruleId === 'SD-MED-2');
      expect(finding).toMatchObject({
        pointer: '/decisions/0/medical/rationale',
        severity: 'error',
        section: 'decisions',
      });
      expect(finding?.message).toContain('Zofia Wójcik');
    });
  });

  describe('draft mode', () => {
    it.each(RAISES)('does not block a draft with %s (%s)', (_ruleId, _what, _pointer, change) => {
      const report = validateRecord(completeRecordWith(change), { mode: 'draft' });
      expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    });
  });
});
