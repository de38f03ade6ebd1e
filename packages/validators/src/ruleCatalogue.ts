import type { SectionId, Severity } from './findings.js';

/** What the catalogue says about one rule: stable across releases. */
export interface RuleMetadata {
  readonly severity: Severity;
  readonly section: SectionId;
  readonly source: string;
  /** What the rule requires, in a sentence a social worker would write. Ends every message of the rule. */
  readonly summary: string;
}

const ALL = 'All five local procedures';
const LANCS = 'lancashire-strategy-discussions-and-s47';
const CONVENING = 'convening-a-strategy-meeting';
const GUIDE = 'practitioner-guide-strategy-discussions';
const HALTON = 'halton-pan-cheshire-strategy-discussions';
const SCHEMA = 'schemas/record.schema.json';

/**
 * The catalogue of completeness rules, plus the structural ids the validators use for
 * findings about the shape of a record. Ids are stable: never renumber, only add.
 */
export const ruleCatalogue = {
  'SD-MTG-1': {
    severity: 'error',
    section: 'meeting',
    source: ALL,
    summary:
      'The record must say when the discussion was held, its format and type, who chaired it (name and role), when the concerns were identified and how urgent they are.',
  },
  'SD-MTG-2': {
    severity: 'warning',
    section: 'meeting',
    source: CONVENING,
    summary: 'A reconvened discussion should record a clear rationale for reconvening it.',
  },
  'SD-ATT-1': {
    severity: 'error',
    section: 'attendees',
    source: `${ALL}; ${LANCS}`,
    summary:
      "Children's social care, police and health must each take part, or the record must give the reason an agency was absent and how its information is shared.",
  },
  'SD-ATT-2': {
    severity: 'error',
    section: 'attendees',
    source: GUIDE,
    summary: 'Every invitee needs a full name, a role and an agency.',
  },
  'SD-ATT-3': {
    severity: 'warning',
    section: 'attendees',
    source: `${LANCS}; ${GUIDE}`,
    summary: 'When a child is of school age, education should take part or contribute.',
  },
  'SD-ATT-4': {
    severity: 'warning',
    section: 'attendees',
    source: CONVENING,
    summary: 'When there are medical implications, a paediatrician should be involved or consulted.',
  },
  'SD-ATT-5': {
    severity: 'warning',
    section: 'attendees',
    source: CONVENING,
    summary:
      'When a child is in hospital, the responsible consultant (and, for an in-patient, a senior ward nurse) should be involved.',
  },
  'SD-ATT-6': {
    severity: 'warning',
    section: 'attendees',
    source: `${GUIDE} (Working Together)`,
    summary: 'When a child is looked after, the residential or fostering service should be involved.',
  },
  'SD-ATT-7': {
    severity: 'warning',
    section: 'attendees',
    source: `${LANCS}; ${CONVENING}`,
    summary: "The discussion should be chaired by a children's social care manager.",
  },
  'SD-CHD-1': {
    severity: 'error',
    section: 'children',
    source: GUIDE,
    summary:
      'The record needs at least one subject child, each with a name and a date of birth (or expected date of delivery for an unborn baby).',
  },
  'SD-CHD-2': {
    severity: 'error',
    section: 'children',
    source: `${GUIDE}; ${CONVENING}`,
    summary:
      'Ethnicity, first language, interpreter need and disability or communication needs must be recorded for every child; choose "Not known" rather than leave them blank.',
  },
  'SD-CHD-3': {
    severity: 'error',
    section: 'children',
    source: `${GUIDE}; ${CONVENING}`,
    summary:
      'Other children in the household or in contact with the alleged abuser must be considered: list them, or record how it was established that there are none.',
  },
  'SD-CHD-4': {
    severity: 'error',
    section: 'children',
    source: GUIDE,
    summary: 'When an interpreter is needed, the plan or the actions must say how one will be provided.',
  },
  'SD-CHD-5': {
    severity: 'warning',
    section: 'children',
    source: CONVENING,
    summary: 'For child-on-child abuse, the record should refer to the separate record for the other child.',
  },
  'SD-CHD-6': {
    severity: 'warning',
    section: 'children',
    source: GUIDE,
    summary:
      'Ethnicity, first language, interpreter need and disability or communication needs should be recorded for every adult, as for the children; choose "Not known" rather than leave them blank.',
  },
  'SD-RSN-1': {
    severity: 'error',
    section: 'concerns',
    source: GUIDE,
    summary: 'The record must give the reason for the discussion and the category of harm.',
  },
  'SD-RSN-2': {
    severity: 'warning',
    section: 'concerns',
    source: 'Child Safeguarding Practice Review Panel, national review (2022)',
    summary: "The child's voice and when the child was last seen (and whether alone) should be recorded.",
  },
  'SD-RSN-3': {
    severity: 'warning',
    section: 'concerns',
    source: HALTON,
    summary:
      'Where exploitation is a category of harm and the local procedure asks for it, the exploitation screening tool, its rating and the date it was completed should be recorded.',
  },
  'SD-INF-1': {
    severity: 'error',
    section: 'information',
    source: `${ALL} ("share information")`,
    summary: 'Every agency that took part must have its information recorded.',
  },
  'SD-RSK-1': {
    severity: 'error',
    section: 'risk',
    source: LANCS,
    summary: 'The record must contain a multi-agency risk analysis.',
  },
  'SD-MED-1': {
    severity: 'error',
    section: 'decisions',
    source: GUIDE,
    summary: 'A decision on a child protection medical must be recorded for every child.',
  },
  'SD-MED-2': {
    severity: 'error',
    section: 'decisions',
    source: GUIDE,
    summary: 'When a child protection medical is not required, a rationale must be recorded.',
  },
  'SD-MED-3': {
    severity: 'error',
    section: 'decisions',
    source: GUIDE,
    summary:
      'When a child protection medical is required, the record must say who will do it, when, and whether consent has been addressed.',
  },
  'SD-MED-4': {
    severity: 'error',
    section: 'decisions',
    source: GUIDE,
    summary: 'When consent to a medical is refused, a further strategy discussion must be planned.',
  },
  'SD-DEC-1': {
    severity: 'error',
    section: 'decisions',
    source: ALL,
    summary:
      'Every subject child needs an outcome decision: Section 47 enquiry, Section 17 assessment, early help, no further action, or a further strategy discussion.',
  },
  'SD-DEC-2': {
    severity: 'error',
    section: 'decisions',
    source: GUIDE,
    summary: 'Every outcome decision needs its rationale.',
  },
  'SD-S47-1': {
    severity: 'error',
    section: 'decisions',
    source: `${GUIDE}; ${CONVENING}`,
    summary:
      'For a Section 47 enquiry, the record must say whether it is single or joint and who the lead social worker is.',
  },
  'SD-S47-2': {
    severity: 'error',
    section: 'decisions',
    source: ALL,
    summary:
      'For a joint enquiry, the lead officer and the conduct and timing of the criminal investigation must be agreed.',
  },
  'SD-S47-3': {
    severity: 'error',
    section: 'plan',
    source: `${GUIDE}; ${CONVENING}`,
    summary: 'For a Section 47 enquiry, the plan must say who will see the child, by when, and whether alone.',
  },
  'SD-S47-4': {
    severity: 'error',
    section: 'timescales',
    source: LANCS,
    summary: 'The child must be seen within the time the local procedure allows after the Section 47 decision.',
  },
  'SD-S47-5': {
    severity: 'error',
    section: 'plan',
    source: `${LANCS}; ${GUIDE}`,
    summary: 'For a Section 47 enquiry, the discussion must decide on immediate safety action and on legal action.',
  },
  'SD-S47-6': {
    severity: 'error',
    section: 'plan',
    source: GUIDE,
    summary: 'For a Section 47 enquiry, the plan must say what information is gathered, by whom, by when and why.',
  },
  'SD-S47-7': {
    severity: 'error',
    section: 'further',
    source: CONVENING,
    summary:
      'The initial child protection conference must be held within the time the local procedure sets (15 working days under Working Together); a later date is a warning rather than an error only when the reason and the escalation are recorded.',
  },
  'SD-S47-8': {
    severity: 'error',
    section: 'plan',
    source: CONVENING,
    summary: 'When a child is in hospital, the plan must include a safe discharge plan.',
  },
  'SD-S47-9': {
    severity: 'warning',
    section: 'plan',
    source: GUIDE,
    summary: 'After a single-agency enquiry is decided, the feedback agreed for each agency should be recorded.',
  },
  'SD-FAM-1': {
    severity: 'error',
    section: 'family',
    source: ALL,
    summary: 'The record must say what is shared with the family, and give a reason for anything withheld.',
  },
  'SD-ACT-1': {
    severity: 'error',
    section: 'actions',
    source: GUIDE,
    summary: 'The record must contain action points.',
  },
  'SD-ACT-2': {
    severity: 'error',
    section: 'actions',
    source: `${GUIDE}; ${LANCS}`,
    summary: 'Every action needs a description, an owner (name and agency) and a due date.',
  },
  'SD-ACT-3': {
    severity: 'error',
    section: 'actions',
    source: 'Derived: an action cannot be due before it was agreed',
    summary: 'No action can be due before the discussion was held.',
  },
  'SD-FUR-1': {
    severity: 'error',
    section: 'further',
    source: ALL,
    summary:
      'When a further strategy discussion is needed, the record must give its date or timescale and the rationale.',
  },
  'SD-TIM-1': {
    severity: 'error',
    section: 'timescales',
    source: `${ALL} (timescales from the local procedure profile)`,
    summary:
      'The discussion must be held within the time the local procedure sets for its urgency, or the breach must be explained and escalated.',
  },
  'SD-TIM-2': {
    severity: 'warning',
    section: 'timescales',
    source: LANCS,
    summary: 'The record should be written up within the time the local procedure sets (24 hours in Lancashire).',
  },
  'SD-TIM-3': {
    severity: 'warning',
    section: 'timescales',
    source: GUIDE,
    summary:
      'The minutes should be circulated within the time the local procedure sets (one working day under Working Together).',
  },
  'SD-SGN-1': {
    severity: 'error',
    section: 'signoff',
    source: LANCS,
    summary: 'A final record must be signed off by the chair, with name and time.',
  },
  'SD-SGN-2': {
    severity: 'warning',
    section: 'signoff',
    source: 'strategy-record',
    summary: 'A record amended after sign-off should say when it was amended, what was amended and why.',
  },
  'SD-CIR-1': {
    severity: 'error',
    section: 'signoff',
    source: CONVENING,
    summary: 'The circulation list must include every invitee and every action owner.',
  },
  'SD-SCP-1': {
    severity: 'warning',
    section: 'concerns',
    source: HALTON,
    summary: 'A missing episode on its own is handled by a trigger meeting, not a strategy discussion.',
  },
  'SD-TIM-PROFILE': {
    severity: 'warning',
    section: 'timescales',
    source: 'strategy-record',
    summary: "The record's timescales should be checked against the local procedure it names.",
  },

  'SD-STR-JSON': {
    severity: 'error',
    section: 'record',
    source: 'RFC 8259 (JSON)',
    summary: 'The record must be well-formed JSON.',
  },
  'SD-STR-TYPE': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'Each field must hold the kind of value the schema defines.',
  },
  'SD-STR-ENUM': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'A field with a list of options must hold one of them.',
  },
  'SD-STR-FORMAT': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'Dates must be written as YYYY-MM-DD, times with their UTC offset, email addresses in full.',
  },
  'SD-STR-UNKNOWN': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'A record may contain only the fields the schema defines.',
  },
  'SD-STR-LENGTH': { severity: 'error', section: 'record', source: SCHEMA, summary: 'Text must fit the field.' },
  'SD-STR-ITEMS': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'A list must not exceed its limit or repeat an entry.',
  },
  'SD-STR-ID': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'A reference is a short code of letters, digits, dots, dashes or underscores.',
  },
  'SD-STR-VERSION': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'The record must be written for a schema version this toolkit reads.',
  },
  'SD-STR-MIGRATED': {
    severity: 'warning',
    section: 'record',
    source: SCHEMA,
    summary:
      'The record was written for an earlier schema version and was migrated to the current one before it was checked; save it in the current version.',
  },
  'SD-STR-REQUIRED': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'A final record must fill in every field the schema requires.',
  },
  'SD-STR-BLANK': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'A final record has no blank text: fill the field in or remove it.',
  },
  'SD-STR-REF': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'A reference must point to an invitee, child or action that is in the record.',
  },
  'SD-STR-DUPLICATE': {
    severity: 'error',
    section: 'record',
    source: SCHEMA,
    summary: 'Each invitee, child, adult and action needs its own reference.',
  },
  'SD-STR-PROFILE': {
    severity: 'error',
    section: 'record',
    source: 'schemas/profile.schema.json',
    summary: 'The local procedure profile must be one this toolkit has, or a valid profile document.',
  },
  'SD-STR-OPTIONS': {
    severity: 'error',
    section: 'record',
    source: 'strategy-record',
    summary: 'Validation options must name a mode of "draft" or "final".',
  },
  'SD-STR-SKIPPED': {
    severity: 'warning',
    section: 'record',
    source: 'strategy-record',
    summary: 'Fix the structure first; the remaining checks then run.',
  },
  'SD-STR-TOO-MANY': {
    severity: 'warning',
    section: 'record',
    source: 'strategy-record',
    summary: 'Only the first findings are listed.',
  },
  'SD-SYS-RULE': {
    severity: 'error',
    section: 'record',
    source: 'strategy-record',
    summary: 'A check could not run on this record. Please report it with the rule id; the record is not lost.',
  },
} as const satisfies Record<string, RuleMetadata>;

export type RuleId = keyof typeof ruleCatalogue;

/** Whether a string is a rule id of this catalogue (callers may receive ids from profiles or users). */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(ruleCatalogue, id);
}
