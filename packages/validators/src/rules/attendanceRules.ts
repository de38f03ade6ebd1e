import type { Attendee } from '@strategy-record/schemas';
import { defineRule } from './defineRule.js';
import { ageOn, hasText } from './text.js';
import { NO_HITS, type RuleHit } from './types.js';

const CORE_AGENCIES = [
  ['csc', "Children's social care"],
  ['police', 'The police'],
  ['health', 'Health'],
] as const;

const SCHOOL_AGE_FROM = 5;
const SCHOOL_AGE_TO = 16;

/** SD-ATT-1: children's social care, police and health each take part, or their absence is explained and covered. */
export const coreAgenciesTakePart = defineRule('SD-ATT-1', ({ record, index }) => {
  // One pass finds the core agencies that attended; the slower explanation is only built for the rest.
  // The chair took part by definition, whether or not the record repeats them in the invitee list.
  let attended = CORE_BIT[record.meeting?.chair?.agency?.type ?? ''] ?? 0;
  for (const attendee of index.attendees) {
    if (attendee.attendance === 'attended') attended |= CORE_BIT[attendee.agency?.type ?? ''] ?? 0;
  }
  if (attended === ALL_CORE) return NO_HITS;
  const hits: RuleHit[] = [];
  for (const [type, label] of CORE_AGENCIES) {
    if ((attended & CORE_BIT[type]!) !== 0) continue;
    const invitees = index.attendees.flatMap((attendee, position) =>
      attendee.agency?.type === type ? [{ attendee, position }] : [],
    );
    const covered = invitees.find(
      ({ attendee }) => hasText(attendee.absenceReason) && hasCoverPlan(attendee, type, record.informationShared),
    );
    if (covered) {
      hits.push({
        pointer: `/attendees/${covered.position}`,
        severity: 'warning',
        message: `${label} did not take part (${covered.attendee.fullName ?? 'invitee'}). The reason and how its information is shared are recorded.`,
      });
    } else if (invitees.length === 0) {
      hits.push({ pointer: '/attendees', message: `${label} did not take part and no invitee from it is recorded.` });
    } else {
      const { attendee, position } = invitees[0]!;
      const missing = hasText(attendee.absenceReason) ? 'informationPlan' : 'absenceReason';
      hits.push({
        pointer: `/attendees/${position}/${missing}`,
        message: `${label} did not take part (${attendee.fullName ?? 'invitee'}) and the record does not give ${missing === 'absenceReason' ? 'the reason' : 'how its information is shared'}.`,
      });
    }
  }
  return hits;
});

const CORE_BIT: Readonly<Record<string, number>> = { csc: 1, police: 2, health: 4 };
const ALL_CORE = 7;

/** An absent agency is covered by a plan for its information, or by information it actually shared. */
function hasCoverPlan(
  attendee: Attendee,
  type: string,
  entries: readonly { agency?: { type?: string } }[] | undefined,
): boolean {
  return hasText(attendee.informationPlan) || (entries ?? []).some((entry) => entry.agency?.type === type);
}

/** SD-ATT-3: a child of school age and no education attendee or contribution. */
export const educationForSchoolAgeChild = defineRule('SD-ATT-3', ({ index }) => {
  if (index.involvedAgencyTypes.has('education')) return NO_HITS;
  const hits: RuleHit[] = [];
  index.children.forEach((child, position) => {
    const age = child.unborn === true ? undefined : ageOn(child.dateOfBirth, index.discussionDate);
    if (age !== undefined && age >= SCHOOL_AGE_FROM && age <= SCHOOL_AGE_TO) {
      hits.push({
        pointer: `/children/${position}`,
        message: `${child.fullName ?? 'A child'} is of school age (${age}) but education did not take part or contribute.`,
      });
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});

/** SD-ATT-4: medical implications and no paediatrician involved or consulted. */
export const paediatricianForMedicalConcerns = defineRule('SD-ATT-4', ({ record, index }) => {
  // A hospital consultant responsible for a child is a consultant paediatrician; SARC examiners are paediatricians too.
  const roles = index.involvedHealthRoles;
  if (roles.has('paediatrician') || roles.has('sarc') || roles.has('hospital-consultant')) return NO_HITS;
  const categories = record.concerns?.categories ?? [];
  const medicalRequired = index.decisions.some((decision) => decision.medical?.decision === 'required');
  if (!medicalRequired && !categories.includes('physical') && !categories.includes('sexual')) return NO_HITS;
  const why = medicalRequired
    ? 'a child protection medical is required'
    : `the concern is ${categories.includes('sexual') ? 'sexual abuse' : 'a physical injury'}`;
  return [{ pointer: '/attendees', message: `No paediatrician was involved or consulted although ${why}.` }];
});

/** SD-ATT-5: a child in hospital and the responsible consultant (and a ward nurse for an in-patient) not involved. */
export const hospitalStaffForChildInHospital = defineRule('SD-ATT-5', ({ index }) => {
  const hits: RuleHit[] = [];
  index.children.forEach((child, position) => {
    if (child.inHospital !== 'in-patient' && child.inHospital !== 'attending') return;
    const missing: string[] = [];
    if (!index.involvedHealthRoles.has('hospital-consultant')) missing.push('the responsible consultant');
    if (child.inHospital === 'in-patient' && !index.involvedHealthRoles.has('ward-nurse'))
      missing.push('a senior ward nurse');
    if (missing.length > 0) {
      hits.push({
        pointer: `/children/${position}/inHospital`,
        message: `${child.fullName ?? 'A child'} is in hospital but ${missing.join(' and ')} did not take part.`,
      });
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});

/** SD-ATT-6: a looked-after child and no residential or fostering service involved. */
export const carersForLookedAfterChild = defineRule('SD-ATT-6', ({ index }) => {
  if (index.involvedAgencyTypes.has('fostering-residential')) return NO_HITS;
  const hits: RuleHit[] = [];
  index.children.forEach((child, position) => {
    if (child.legalStatus === 'looked-after') {
      hits.push({
        pointer: `/children/${position}/legalStatus`,
        message: `${child.fullName ?? 'A child'} is looked after but the residential or fostering service did not take part.`,
      });
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});

/** SD-ATT-7: the chair is not a children's social care manager. */
export const chairIsSocialCareManager = defineRule('SD-ATT-7', ({ record }) => {
  const chair = record.meeting?.chair;
  if (chair === undefined) return NO_HITS;
  if (chair.agency?.type === 'csc' && chair.isManager === true) return NO_HITS;
  const who = chair.fullName ?? 'The chair';
  const why =
    chair.agency?.type === undefined
      ? "is not recorded as being from children's social care"
      : chair.agency.type !== 'csc'
        ? "is not from children's social care"
        : 'is not recorded as a manager';
  return [{ pointer: '/meeting/chair', message: `${who} chaired the discussion but ${why}.` }];
});
