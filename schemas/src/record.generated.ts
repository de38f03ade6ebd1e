/* eslint-disable */
/**
 * Generated from schemas/record.schema.json by schemas/scripts/generate-types.mjs.
 * Do not edit: change the schema and run `npm run generate`.
 * CI fails when this file differs from what the schema generates.
 */

/**
 * Free text: must contain at least one visible character. Whitespace, control and format characters, default-ignorable code points, fillers (U+2800, U+3164, U+FFFC) and lone surrogates are not visible, so text made only of them counts as not filled in.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * A short answer: must contain at least one visible character (as for text).
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "shortText".
 */
export type ShortText = string;
/**
 * A name as the person writes it, in any script.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string;
/**
 * A short identifier that is unique inside this record (letters, digits, dot, dash, underscore).
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "localId".
 */
export type LocalId = string;
/**
 * A date and time with its UTC offset, for example 2026-03-14T09:30:00Z or 2026-07-01T16:45:00+01:00. An RFC 3339 date-time written as YYYY-MM-DDTHH:MM:SS, an optional fraction of a second, then Z or an offset ±HH:MM; the pattern makes every validator read it alike: an upper-case T and Z, no space for the T, no offset without its colon (+0100) or minutes (+01), hours 00-23 and no leap second (:60), which validators judge differently and no record needs.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "dateTime".
 */
export type DateTime = string;
/**
 * A calendar date, for example 2026-03-14.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "date".
 */
export type Date = string;
/**
 * A date (2026-03-14) or a date and time with its UTC offset (2026-03-14T17:00:00Z), written as dateTime says.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "dateOrDateTime".
 */
export type DateOrDateTime = string;
/**
 * An email address: an RFC 5321 mailbox (Local-part "@" Domain or address literal), for example a.nowak@police.example.uk, duty@localhost, a@[127.0.0.1] or "joe bloggs"@example.org. Written as a pattern, not format: email, because validators' email formats disagree (ajv-formats refuses what RFC 5321 allows). ASCII only (no RFC 6531 addresses); the pattern checks the syntax, not the 64-octet limit of the local part.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string;

/**
 * The record of a child protection strategy discussion or meeting held under section 47 of the Children Act 1989, as circulated to the agencies. Version 1.1 of the schema (1.0 is kept frozen as urn:strategy-record:schema:record:1; a 1.0 record is migrated to 1.1 by adding nothing but its new version). The schema alone gives the toolkit's verdict on the structure and on every required field and condition, except for these rules, which need arithmetic or cross-references JSON Schema cannot express and are checked by the validators' code (the parts the schema can express are in the schema too): references and uniqueness across the record SD-STR-REF, SD-STR-DUPLICATE; who took part and what they shared SD-ATT-1, SD-ATT-3, SD-ATT-4, SD-ATT-5, SD-ATT-6, SD-ATT-7, SD-INF-1; the discussion SD-MTG-2; children, adults and concerns SD-CHD-4, SD-CHD-5, SD-CHD-6, SD-RSN-2, SD-RSN-3, SD-SCP-1; decisions and plans SD-DEC-1, SD-MED-4, SD-FUR-1, SD-S47-5, SD-S47-6, SD-S47-8, SD-S47-9; actions, sign-off and circulation SD-ACT-3, SD-SGN-2, SD-CIR-1; dates and working days SD-TIM-1, SD-TIM-2, SD-TIM-3, SD-S47-4, SD-S47-7, SD-TIM-PROFILE. The x-rule and x-enumTitles keywords are annotations (the rule id a missing field is reported under; the label of each option): declare them to a strict validator (ajv.addKeyword('x-rule'), ajv.addKeyword('x-enumTitles')).
 */
export interface StrategyDiscussionRecord {
  /**
   * The schema this record follows (optional).
   */
  $schema?: string;
  /**
   * The version of this schema the record was written against. A record of an earlier version (1.0) is migrated to this one before it is validated.
   */
  schemaVersion?: '1.1';
  /**
   * Values of an earlier version of the record that have no place in this version, kept here by the migration rather than deleted. Read them and move them by hand.
   *
   * @maxItems 1000
   *
   * Items: A value the migration could not place.
   */
  unplacedValues?: {
    /**
     * The JSON pointer of the value in the earlier version of the record.
     */
    pointer?: string;
    /**
     * The value as it was, written as JSON (so a list or an object keeps its shape).
     */
    value?: string;
    /**
     * The schema version the value was written under.
     */
    fromVersion?: string;
    /**
     * Why the migration could not place the value.
     */
    reason?: string;
  }[];
  /**
   * The case-management system's reference for this record.
   */
  recordId?: string;
  meeting?: Meeting;
  /**
   * Everyone invited, whether or not they attended.
   *
   * @maxItems 200
   */
  attendees?: Attendee[];
  /**
   * The children who are the subject of the discussion.
   *
   * @minItems 1
   * @maxItems 30
   */
  children?: Child[];
  otherChildren?: OtherChildren;
  /**
   * Adults in the household, and parents who do not live with the child.
   *
   * @maxItems 50
   */
  adults?: Adult[];
  concerns?: Concerns;
  /**
   * What each agency knew and shared.
   *
   * @maxItems 200
   */
  informationShared?: InformationEntry[];
  riskAnalysis?: RiskAnalysis;
  /**
   * The outcome decided for each subject child.
   *
   * @minItems 1
   * @maxItems 30
   */
  decisions?: Decision[];
  plan?: Plan;
  /**
   * Who does what by when.
   *
   * @minItems 1
   * @maxItems 1000
   */
  actions?: Action[];
  familySharing?: FamilySharing;
  furtherDiscussion?: FurtherDiscussion;
  icpc?: Icpc;
  /**
   * Timescales that were missed, why, and how they were escalated.
   *
   * @maxItems 20
   */
  timescaleExceptions?: TimescaleException[];
  signOff?: SignOff;
  circulation?: Circulation;
}
/**
 * When and how the strategy discussion was held.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "meeting".
 */
export interface Meeting {
  /**
   * "Meeting" for a complex case held as a meeting; "discussion" for a call or shorter discussion. Both need the same record.
   */
  kind?: 'discussion' | 'meeting';
  /**
   * Whether this is the first strategy discussion or a reconvened one.
   */
  sequence?: 'initial' | 'reconvened';
  /**
   * For a reconvened discussion: the record id of the earlier discussion.
   */
  previousRecordId?: string;
  /**
   * For a reconvened discussion: the clear rationale for reconvening it.
   */
  reconvenedReason?: string;
  /**
   * How the discussion was held.
   */
  format?: 'in-person' | 'video' | 'telephone' | 'mixed';
  /**
   * The date and time the discussion started.
   */
  startedAt?: string;
  /**
   * The date and time the discussion ended.
   */
  endedAt?: string;
  /**
   * When the child protection concerns were identified or the referral was received. Timescales are counted from here.
   */
  concernsIdentifiedAt?: string;
  /**
   * How urgent the concern is. The local procedure sets how soon the discussion must be held for each category, so a final record must say which applies.
   */
  urgency?:
    | 'serious-harm'
    | 'sexual-abuse-forensic'
    | 'immediate-action-taken'
    | 'complex'
    | 'extra-familial-multiple'
    | 'standard';
  chair?: Chair;
  minuteTaker?: Person;
  /**
   * The local authority responsible for the child.
   */
  localAuthority?: string;
  /**
   * The local procedure profile the timescales are checked against, for example "lancashire".
   */
  profileId?: string;
}
/**
 * The person who chaired the discussion: normally a children's social care team manager or first-line manager.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "chair".
 */
export interface Chair {
  /**
   * First name and surname of the chair.
   */
  fullName?: string;
  /**
   * Job title of the chair, for example "Team manager".
   */
  role?: string;
  agency?: Agency;
  /**
   * Tick if the chair is a manager (team manager, first-line manager or above). Local procedures expect a children's social care manager to chair.
   */
  isManager?: boolean;
}
/**
 * The organisation and the kind of agency it is.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "agency".
 */
export interface Agency {
  /**
   * The organisation, for example "Lancashire Constabulary" or "Royal Preston Hospital".
   */
  name?: string;
  /**
   * Which kind of agency this is. Children's social care, police and health are the core agencies of a strategy discussion.
   */
  type?:
    | 'csc'
    | 'police'
    | 'health'
    | 'education'
    | 'early-help'
    | 'youth-justice'
    | 'probation'
    | 'adult-services'
    | 'fostering-residential'
    | 'referrer'
    | 'other';
  /**
   * For a health professional: which part of health they represent.
   */
  healthRole?:
    | 'gp'
    | 'health-visitor'
    | 'school-nurse'
    | 'midwife'
    | 'paediatrician'
    | 'hospital-consultant'
    | 'ward-nurse'
    | 'named-designated-professional'
    | 'mental-health'
    | 'sarc'
    | 'other';
}
/**
 * A professional named in the record.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "person".
 */
export interface Person {
  /**
   * First name and surname, as the person writes them.
   */
  fullName?: string;
  /**
   * Job title, for example "Team manager" or "Detective sergeant".
   */
  role?: string;
  agency?: Agency;
}
/**
 * A professional invited to the strategy discussion, whether or not they attended.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "attendee".
 */
export interface Attendee {
  /**
   * A short reference for this invitee, used to link information, actions and the circulation list to them.
   */
  id?: string;
  /**
   * First name and surname, as the person writes them.
   */
  fullName?: string;
  /**
   * Job title, for example "Social worker" or "Named nurse for safeguarding".
   */
  role?: string;
  agency?: Agency;
  /**
   * Whether the invitee took part.
   */
  attendance?: 'attended' | 'information-only' | 'apologies' | 'no-response';
  /**
   * Why the invitee did not take part. Needed when a core agency (children's social care, police or health) is absent.
   */
  absenceReason?: string;
  /**
   * For an absent agency: how its information was or will be shared with the discussion.
   */
  informationPlan?: string;
  /**
   * Secure email address for the minutes.
   */
  email?: string;
}
/**
 * A child who is the subject of the strategy discussion.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "child".
 */
export interface Child {
  /**
   * A short reference for this child, used to link decisions and actions to them.
   */
  id?: string;
  /**
   * The child's full name. For an unborn baby, for example "Unborn baby of Amina Yusuf".
   */
  fullName?: string;
  /**
   * Any other name the child uses.
   */
  knownAs?: string;
  /**
   * Tick for a pre-birth discussion about an unborn baby.
   */
  unborn?: boolean;
  /**
   * The child's date of birth.
   */
  dateOfBirth?: string;
  /**
   * For an unborn baby: the expected date of delivery.
   */
  expectedDeliveryDate?: string;
  /**
   * The child's gender as the child or family describe it.
   */
  gender?: 'female' | 'male' | 'other' | 'not-known';
  /**
   * The child's ethnicity (2021 Census categories). Choose "Not known" rather than leaving it blank.
   */
  ethnicity?:
    | 'white-british'
    | 'white-irish'
    | 'white-gypsy-irish-traveller'
    | 'white-roma'
    | 'white-other'
    | 'mixed-white-black-caribbean'
    | 'mixed-white-black-african'
    | 'mixed-white-asian'
    | 'mixed-other'
    | 'asian-indian'
    | 'asian-pakistani'
    | 'asian-bangladeshi'
    | 'asian-chinese'
    | 'asian-other'
    | 'black-african'
    | 'black-caribbean'
    | 'black-other'
    | 'arab'
    | 'other-ethnic-group'
    | 'declined'
    | 'not-known';
  /**
   * The child's religion or belief, or "None" or "Not known".
   */
  religion?: string;
  /**
   * The child's first language, or "Not known".
   */
  firstLanguage?: string;
  /**
   * Whether the child or family need an interpreter. Choose "Not known" rather than leaving it blank.
   */
  interpreterNeeded?: 'yes' | 'no' | 'not-known';
  /**
   * The language (and dialect) the interpreter must speak.
   */
  interpreterLanguage?: string;
  /**
   * Whether the child has a disability or communication needs.
   */
  additionalNeeds?: 'yes' | 'none' | 'not-known';
  /**
   * What the needs are and how the child communicates.
   */
  additionalNeedsDetails?: string;
  /**
   * The child's current status with children's social care.
   */
  legalStatus?: 'none' | 'child-in-need' | 'child-protection-plan' | 'looked-after' | 'not-known';
  /**
   * The school, nursery or other setting, or "Not in education" or "Not known".
   */
  school?: string;
  /**
   * Whether the child is in hospital now.
   */
  inHospital?: 'no' | 'in-patient' | 'attending' | 'not-known';
  /**
   * Which hospital (and ward) the child is in.
   */
  hospital?: string;
}
/**
 * Other children in the household or in contact with the alleged abuser. List them, or state that there are none.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "otherChildren".
 */
export interface OtherChildren {
  /**
   * Whether there are other children to consider.
   */
  status?: 'listed' | 'none';
  /**
   * How the discussion established that there are no other children, for example "Mother and GP confirm no other children in the household or in contact with the stepfather".
   */
  noneStatement?: string;
  /**
   * The other children.
   *
   * @maxItems 50
   */
  children?: HouseholdChild[];
}
/**
 * A child in the household, or in contact with the alleged abuser, who is not a subject of this discussion.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "householdChild".
 */
export interface HouseholdChild {
  /**
   * The child's full name.
   */
  fullName?: string;
  /**
   * The child's date of birth, if known.
   */
  dateOfBirth?: string;
  /**
   * How the child is related to the subject children, for example "half-brother".
   */
  relationship?: string;
  /**
   * Whether this child lives in the same household.
   */
  livesInHousehold?: 'yes' | 'no' | 'not-known';
  /**
   * Whether this child has contact with the person alleged to have caused harm.
   */
  contactWithAllegedAbuser?: 'yes' | 'no' | 'not-known';
  /**
   * The school, nursery or other setting, if known.
   */
  school?: string;
  /**
   * What the discussion considered about this child's safety.
   */
  considerations?: string;
}
/**
 * An adult in the household or significant to the child, including parents who do not live with the child.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "adult".
 */
export interface Adult {
  /**
   * A short reference for this adult.
   */
  id?: string;
  /**
   * The adult's full name.
   */
  fullName?: string;
  /**
   * The adult's date of birth, if known.
   */
  dateOfBirth?: string;
  /**
   * The adult's ethnicity (2021 Census categories). Choose "Not known" rather than leaving it blank.
   */
  ethnicity?:
    | 'white-british'
    | 'white-irish'
    | 'white-gypsy-irish-traveller'
    | 'white-roma'
    | 'white-other'
    | 'mixed-white-black-caribbean'
    | 'mixed-white-black-african'
    | 'mixed-white-asian'
    | 'mixed-other'
    | 'asian-indian'
    | 'asian-pakistani'
    | 'asian-bangladeshi'
    | 'asian-chinese'
    | 'asian-other'
    | 'black-african'
    | 'black-caribbean'
    | 'black-other'
    | 'arab'
    | 'other-ethnic-group'
    | 'declined'
    | 'not-known';
  /**
   * How the adult describes their identity, if known.
   */
  identity?: string;
  /**
   * The adult's first language, or "Not known".
   */
  firstLanguage?: string;
  /**
   * Whether the adult needs an interpreter. Choose "Not known" rather than leaving it blank.
   */
  interpreterNeeded?: 'yes' | 'no' | 'not-known';
  /**
   * The language (and dialect) the interpreter must speak.
   */
  interpreterLanguage?: string;
  /**
   * Whether the adult has a disability or communication needs.
   */
  additionalNeeds?: 'yes' | 'none' | 'not-known';
  /**
   * The adult's disability or communication needs, and what helps.
   */
  additionalNeedsDetails?: string;
  /**
   * For example "mother", "stepfather", "maternal grandmother".
   */
  relationship?: string;
  /**
   * Whether this adult lives with the child.
   */
  livesInHousehold?: 'yes' | 'no' | 'not-known';
  /**
   * Whether this adult holds parental responsibility for the child.
   */
  parentalResponsibility?: 'yes' | 'no' | 'not-known';
  /**
   * Tick if this adult is alleged to have caused the harm.
   */
  allegedAbuser?: boolean;
  /**
   * Checks made on this adult and what they found. Never shared with the family.
   *
   * @maxItems 50
   */
  checks?: AdultCheck[];
}
/**
 * A check made on an adult with an agency.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "adultCheck".
 */
export interface AdultCheck {
  /**
   * Which agency or system was checked, for example "Police National Computer".
   */
  agency?: string;
  /**
   * What the check found, or "No trace".
   */
  result?: string;
}
/**
 * Why the strategy discussion was held.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "concerns".
 */
export interface Concerns {
  /**
   * Who made the referral or raised the concern.
   */
  referralSource?: string;
  /**
   * What happened and why there is reasonable cause to suspect significant harm.
   */
  reason?: string;
  /**
   * Every category of harm that applies.
   *
   * @minItems 1
   * @maxItems 10
   *
   * Items: A category of harm.
   */
  categories?: (
    | 'physical'
    | 'sexual'
    | 'emotional'
    | 'neglect'
    | 'fabricated-induced-illness'
    | 'exploitation'
    | 'organised-multiple'
    | 'allegation-against-staff'
    | 'child-on-child'
    | 'other'
  )[];
  /**
   * Whether the risk is inside or outside the family.
   */
  context?: 'intra-familial' | 'extra-familial' | 'both' | 'not-known';
  /**
   * Tick if the only concern is that the child went missing. A missing episode alone is normally handled by a trigger or missing-from-home meeting.
   */
  missingEpisodeOnly?: boolean;
  /**
   * The exploitation screening tool completed for the child, its rating and when it was completed.
   */
  exploitationScreening?: {
    /**
     * The screening tool used, for example the Pan-Cheshire exploitation screening tool.
     */
    tool?: string;
    /**
     * The rating the screening gave.
     */
    rating?: 'low' | 'medium' | 'high' | 'not-completed';
    /**
     * The date the screening was completed.
     */
    completedOn?: string;
  };
  /**
   * For child-on-child abuse: the reference of the separate record for the child alleged to have caused harm.
   */
  otherChildRecord?: string;
  /**
   * What the child has said, and what daily life is like for them.
   */
  childVoice?: string;
  /**
   * Tick if the discussion agreed that the child's words may be shared with the family. Left unticked, they stay in the professionals' minutes only.
   */
  childVoiceShareWithFamily?: boolean;
  childLastSeen?: ChildLastSeen;
  /**
   * Previous involvement, earlier referrals and patterns that matter now.
   */
  history?: string;
}
/**
 * When the child was last seen by a professional.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "childLastSeen".
 */
export interface ChildLastSeen {
  /**
   * When the child was last seen.
   */
  at?: string;
  /**
   * Who saw the child (name and agency).
   */
  by?: string;
  /**
   * Whether the child was seen on their own.
   */
  seenAlone?: 'yes' | 'no' | 'not-known';
}
/**
 * What one agency knew and shared.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "informationEntry".
 */
export interface InformationEntry {
  /**
   * A short reference for this entry.
   */
  id?: string;
  agency?: Agency;
  /**
   * The professional who shared it.
   */
  contributor?: string;
  /**
   * The invitee who shared it, if they are on the invitee list.
   */
  attendeeId?: string;
  /**
   * What the agency knows about the child and family.
   */
  information?: string;
  /**
   * Which records and systems the agency checked.
   */
  checks?: string;
  /**
   * Tick only if the discussion agreed this can be shared with the child's family. If left unticked it is withheld from the family copy of the minutes.
   */
  shareWithFamily?: boolean;
}
/**
 * The multi-agency analysis of risk.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "riskAnalysis".
 */
export interface RiskAnalysis {
  /**
   * The agencies' shared analysis of the risk of significant harm.
   */
  analysis?: string;
  /**
   * What keeps the child safe.
   */
  strengths?: string;
  /**
   * Any disagreement between agencies, and who disagreed.
   */
  dissent?: string;
  /**
   * How the disagreement was resolved or escalated.
   */
  dissentEscalation?: string;
  /**
   * Tick only if the discussion agreed this can be shared with the child's family. If left unticked it is withheld from the family copy of the minutes.
   */
  shareWithFamily?: boolean;
}
/**
 * The outcome decided for one subject child.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "decision".
 */
export interface Decision {
  /**
   * Which subject child this decision is for.
   */
  childId?: string;
  /**
   * What the strategy discussion decided.
   */
  outcome?:
    's47-enquiry' | 's17-assessment' | 'early-help' | 'no-further-action' | 'further-strategy-discussion';
  /**
   * Why the discussion reached this decision.
   */
  rationale?: string;
  s47?: S47;
  medical?: Medical;
  abeInterview?: AbeInterview;
  /**
   * Tick only if the discussion agreed this can be shared with the child's family. If left unticked it is withheld from the family copy of the minutes.
   */
  shareWithFamily?: boolean;
}
/**
 * How the Section 47 enquiry will be run.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "s47".
 */
export interface S47 {
  /**
   * A single-agency enquiry by children's social care, or a joint enquiry with the police.
   */
  enquiryType?: 'single' | 'joint';
  /**
   * The social worker who leads the Section 47 enquiry.
   */
  leadSocialWorker?: string;
  /**
   * For a joint enquiry: who leads the criminal investigation and how it is conducted.
   */
  criminalInvestigation?: {
    /**
     * The police officer who leads the criminal investigation.
     */
    leadOfficer?: string;
    /**
     * The date (or date and time) the criminal investigation started or will start.
     */
    startedOn?: string;
    /**
     * How and when the criminal investigation will be conducted alongside the Section 47 enquiry.
     */
    conductAndTiming?: string;
  };
  seeChild?: SeeChild;
}
/**
 * Who will see the child, by when, and whether alone.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "seeChild".
 */
export interface SeeChild {
  /**
   * The professional(s) who will see the child.
   */
  who?: string;
  /**
   * The latest date and time by which the child will be seen.
   */
  byWhen?: string;
  /**
   * Whether the child will be seen alone.
   */
  seenAlone?: 'yes' | 'no' | 'to-be-decided';
  /**
   * Why the child will not be seen on their own.
   */
  notAloneReason?: string;
}
/**
 * Whether a child protection medical examination is needed.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "medical".
 */
export interface Medical {
  /**
   * Whether a child protection medical is needed.
   */
  decision?: 'required' | 'not-required' | 'already-done';
  /**
   * Why a medical is or is not needed. A rationale must be recorded when a medical is not required.
   */
  rationale?: string;
  /**
   * The paediatrician or service (for sexual abuse, the SARC paediatrician).
   */
  examiner?: string;
  /**
   * When the medical is arranged for.
   */
  arrangedFor?: string;
  /**
   * Where the medical will take place.
   */
  location?: string;
  /**
   * Whether consent for the medical has been given.
   */
  consent?: 'given' | 'refused' | 'to-be-sought' | 'not-needed';
  /**
   * Who gave or refused consent.
   */
  consentBy?: string;
}
/**
 * Whether the child will have an Achieving Best Evidence interview.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "abeInterview".
 */
export interface AbeInterview {
  /**
   * Whether an ABE interview will take place.
   */
  decision?: 'planned' | 'not-planned' | 'to-be-decided';
  /**
   * Why an ABE interview is or is not planned.
   */
  rationale?: string;
  /**
   * Who will interview the child.
   */
  interviewers?: string;
  /**
   * The day (2026-03-16) or the date and time the interview is planned for.
   */
  when?: string;
}
/**
 * The plan agreed by the discussion.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "plan".
 */
export interface Plan {
  /**
   * Whether immediate action is needed to keep the child safe (for example a place of safety).
   */
  immediateSafety?: 'not-needed' | 'taken' | 'planned';
  /**
   * What has been or will be done to keep the child safe now.
   */
  immediateSafetyDetails?: string;
  /**
   * The decision on legal action.
   */
  legalAction?:
    | 'not-needed'
    | 'legal-planning-meeting'
    | 'police-protection'
    | 'emergency-protection-order'
    | 'care-proceedings'
    | 'other';
  /**
   * What legal action was considered and why it was or was not decided.
   */
  legalActionDetails?: string;
  /**
   * Who is interviewed, by whom, why and when.
   *
   * @maxItems 100
   */
  interviews?: Interview[];
  /**
   * What information is gathered, by whom, by when and why.
   *
   * @maxItems 100
   */
  informationGathering?: InformationGathering[];
  /**
   * The feedback agreed for each agency, for example after a single-agency enquiry.
   *
   * @maxItems 100
   */
  agencyFeedback?: AgencyFeedback[];
  /**
   * How an interpreter will be provided, for which language, and for which conversations.
   */
  interpreterArrangements?: string;
  /**
   * For a child in hospital: the plan for a safe discharge, and who agrees it.
   */
  hospitalDischarge?: string;
}
/**
 * Someone to be interviewed as part of the enquiry.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "interview".
 */
export interface Interview {
  /**
   * The person to be interviewed.
   */
  person?: string;
  /**
   * Who will interview them.
   */
  interviewedBy?: string;
  /**
   * Why they are to be interviewed.
   */
  reason?: string;
  /**
   * When the interview will take place.
   */
  when?: string;
}
/**
 * A piece of information to be gathered for the enquiry.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "informationGathering".
 */
export interface InformationGathering {
  /**
   * What information is needed.
   */
  what?: string;
  /**
   * Who will gather it.
   */
  byWhom?: string;
  /**
   * When it will be gathered by.
   */
  byWhen?: string;
  /**
   * Why it is needed.
   */
  why?: string;
}
/**
 * Feedback agreed for one agency, for example after a single-agency enquiry.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "agencyFeedback".
 */
export interface AgencyFeedback {
  /**
   * The agency that receives the feedback.
   */
  agency?: string;
  /**
   * The invitee who receives it, if they were invited.
   */
  attendeeId?: string;
  /**
   * What is fed back and how.
   */
  feedback?: string;
  /**
   * Who gives the feedback.
   */
  byWhom?: string;
  /**
   * When the feedback is given by.
   */
  byWhen?: string;
}
/**
 * An action agreed at the discussion: who does what by when.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "action".
 */
export interface Action {
  /**
   * A short reference for this action.
   */
  id?: string;
  /**
   * What is to be done.
   */
  description?: string;
  /**
   * Who is responsible for the action.
   */
  owner?: {
    /**
     * The person responsible.
     */
    fullName?: string;
    /**
     * The agency of the person responsible.
     */
    agency?: string;
    /**
     * The invitee responsible, if they are on the invitee list.
     */
    attendeeId?: string;
  };
  /**
   * The date (or date and time) by which the action must be done.
   */
  dueBy?: string;
  /**
   * The subject child the action concerns, if it concerns one.
   */
  childId?: string;
  /**
   * Where the action has got to.
   */
  status?: 'open' | 'done' | 'cancelled';
  /**
   * Tick only if the discussion agreed this can be shared with the child's family. If left unticked it is withheld from the family copy of the minutes.
   */
  shareWithFamily?: boolean;
}
/**
 * What will be shared with the family, by whom and when, and what is withheld and why.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "familySharing".
 */
export interface FamilySharing {
  /**
   * What the discussion decided to share with the family.
   */
  decision?: 'share-all' | 'share-some' | 'share-none';
  /**
   * What the family will be told.
   */
  whatIsShared?: string;
  /**
   * Who will tell the family.
   */
  sharedBy?: string;
  /**
   * When the family will be told.
   */
  sharedWhen?: string;
  /**
   * What will not be shared with the family, and why.
   *
   * @maxItems 50
   */
  withheld?: WithheldItem[];
}
/**
 * Information not shared with the family, and why.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "withheldItem".
 */
export interface WithheldItem {
  /**
   * The information that will not be shared with the family.
   */
  what?: string;
  /**
   * Why sharing it would put the child at risk or prejudice an investigation.
   */
  reason?: string;
}
/**
 * Whether another strategy discussion is needed.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "furtherDiscussion".
 */
export interface FurtherDiscussion {
  /**
   * Tick if a further strategy discussion is needed.
   */
  needed?: boolean;
  /**
   * The date (or date and time) of the further discussion, or the latest date it must be held by.
   */
  by?: string;
  /**
   * Why a further discussion is needed.
   */
  rationale?: string;
}
/**
 * The target date for the initial child protection conference.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "icpc".
 */
export interface Icpc {
  /**
   * The date by which the initial child protection conference will be held.
   */
  targetDate?: string;
  /**
   * The record of the strategy discussion the timescale is counted from, if not this one.
   */
  anchorRecordId?: string;
}
/**
 * A timescale that was or will be missed, why, and how it was escalated.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "timescaleException".
 */
export interface TimescaleException {
  /**
   * Which timescale was missed.
   */
  timescale?: 'strategy-discussion' | 'child-seen' | 'icpc' | 'write-up' | 'circulation';
  /**
   * Why the timescale was missed.
   */
  reason?: string;
  /**
   * To whom it was escalated, and when.
   */
  escalation?: string;
}
/**
 * The record's status, when the minutes were written up and signed off by the chair, and any amendment after sign-off.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "signOff".
 */
export interface SignOff {
  /**
   * Where the record is in its life: a draft, awaiting the chair's sign-off, signed off, or amended after sign-off.
   */
  status?: 'draft' | 'awaiting-sign-off' | 'signed-off' | 'amended-after-sign-off';
  /**
   * When the record was written up.
   */
  writtenUpAt?: string;
  /**
   * The chair who signed off the record.
   */
  chairName?: string;
  /**
   * When the chair signed off the record.
   */
  signedAt?: string;
  /**
   * When the record was amended after sign-off.
   */
  amendedAt?: string;
  /**
   * What was amended after sign-off, and why.
   */
  amendmentReason?: string;
}
/**
 * Who the minutes go to, and when they went.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "circulation".
 */
export interface Circulation {
  /**
   * Everyone who receives the minutes: every invitee and every action owner.
   *
   * @maxItems 500
   */
  recipients?: Recipient[];
  /**
   * When the minutes were sent.
   */
  circulatedAt?: string;
}
/**
 * A person the minutes go to.
 *
 * This interface was referenced by `StrategyDiscussionRecord`'s JSON-Schema
 * via the `definition` "recipient".
 */
export interface Recipient {
  /**
   * The recipient's name.
   */
  fullName?: string;
  /**
   * The recipient's agency.
   */
  agency?: string;
  /**
   * Secure email address.
   */
  email?: string;
  /**
   * The invitee this recipient is, if they are on the invitee list.
   */
  attendeeId?: string;
}
