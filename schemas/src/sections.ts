/**
 * The sections of a record, in the order the minutes, the validation report and the form's task
 * list show them: the one list of them in the toolkit. The validators file each finding under a
 * section, the minutes number their headings in this order, and the form's tasks are these sections,
 * so a heading reads the same wherever a user meets it.
 *
 * `fields` are the record's top-level fields a section holds (a finding about one of them is filed
 * there; a form task asks them). `medical` has none of its own: the minutes draw it from each
 * decision's medical and ABE answers, which the validators and the form keep with the decisions.
 *
 * `requiredInMinutes` marks the sections the record rules require every copy of the minutes to show
 * (attendees, children, decisions, actions, the family-sharing decision, sign-off and circulation):
 * a minutes template may reorder and rename them, never leave them out.
 */
export const RECORD_SECTIONS = [
  { id: 'record', title: 'Record', fields: ['$schema', 'schemaVersion', 'unplacedValues'] },
  { id: 'meeting', title: 'The discussion', fields: ['recordId', 'meeting'] },
  { id: 'attendees', requiredInMinutes: true, title: 'Invitees and attendees', fields: ['attendees'] },
  {
    id: 'children',
    requiredInMinutes: true,
    title: 'Children and household',
    fields: ['children', 'otherChildren', 'adults'],
  },
  { id: 'concerns', title: 'Reason for the discussion', fields: ['concerns'] },
  { id: 'information', title: 'Information shared by agencies', fields: ['informationShared'] },
  { id: 'risk', title: 'Risk analysis', fields: ['riskAnalysis'] },
  { id: 'medical', title: 'Child protection medical and ABE interview', fields: [] },
  { id: 'decisions', requiredInMinutes: true, title: 'Decisions', fields: ['decisions'] },
  { id: 'plan', title: 'Plan', fields: ['plan'] },
  { id: 'actions', requiredInMinutes: true, title: 'Actions', fields: ['actions'] },
  { id: 'family', requiredInMinutes: true, title: 'Sharing information with the family', fields: ['familySharing'] },
  {
    id: 'further',
    title: 'Further discussion and initial child protection conference',
    fields: ['furtherDiscussion', 'icpc'],
  },
  { id: 'signoff', requiredInMinutes: true, title: 'Sign-off and circulation', fields: ['signOff', 'circulation'] },
  { id: 'timescales', title: 'Timescales and validation', fields: ['timescaleExceptions'] },
] as const satisfies readonly {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly string[];
  readonly requiredInMinutes?: true;
}[];

/** A section of the record (see {@link RECORD_SECTIONS}). */
export type RecordSectionId = (typeof RECORD_SECTIONS)[number]['id'];

/** One section: its id, heading and top-level fields. */
export type RecordSection = (typeof RECORD_SECTIONS)[number];

/** The section with this id, if there is one. */
export function recordSection(id: string): RecordSection | undefined {
  return RECORD_SECTIONS.find((section) => section.id === id);
}

/** The section that holds a top-level field of the record; `record` for anything else. */
export function sectionOfField(field: string | undefined): RecordSectionId {
  return RECORD_SECTIONS.find((section) => (section.fields as readonly string[]).includes(field ?? ''))?.id ?? 'record';
}
