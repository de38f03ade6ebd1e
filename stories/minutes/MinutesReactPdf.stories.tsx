import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useMemo } from 'react';
import { MinutesFrame } from '../support/MinutesFrame.js';
import { minutesArgTypes, type MinutesStoryArgs } from '../support/minutesStory.js';
import { reactPdfMinutesStory } from './reactPdfMinutesStory.js';

/**
 * The react-pdf minutes template (`MinutesPdf`) of every example record, for both audiences, drawn
 * into a PDF in the browser and shown in the browser's PDF viewer. The controls switch the record,
 * the audience and the profile. The stories cover every file in schemas/examples (the browser tests
 * check that none is missing).
 */
const meta = {
  title: 'Minutes/react-pdf',
  argTypes: minutesArgTypes,
  args: { profile: '' },
  loaders: [async ({ args }: { readonly args: MinutesStoryArgs }) => ({ pdf: await reactPdfMinutesStory(args) })],
  render: (args, { loaded }) => <PdfFrame title={`react-pdf minutes: ${args.record} (${args.audience})`} pdf={loaded.pdf as Blob} />,
} satisfies Meta<MinutesStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The PDF in a frame, through an object URL that is released when the story changes. */
function PdfFrame({ title, pdf }: { readonly title: string; readonly pdf: Blob }) {
  const url = useMemo(() => URL.createObjectURL(pdf), [pdf]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <MinutesFrame title={title} src={url} />;
}

export const ChildInHospitalS47Professionals: Story = { name: 'Child in hospital S47 (professionals)', args: { record: 'final/child-in-hospital-s47', audience: 'professionals' } };
export const ChildInHospitalS47Family: Story = { name: 'Child in hospital S47 (family)', args: { record: 'final/child-in-hospital-s47', audience: 'family' } };
export const EasterBankHolidayTwoWorkingDaysProfessionals: Story = { name: 'Easter bank holiday two working days (professionals)', args: { record: 'final/easter-bank-holiday-two-working-days', audience: 'professionals' } };
export const EasterBankHolidayTwoWorkingDaysFamily: Story = { name: 'Easter bank holiday two working days (family)', args: { record: 'final/easter-bank-holiday-two-working-days', audience: 'family' } };
export const HealthAbsentOutOfHoursProfessionals: Story = { name: 'Health absent out of hours (professionals)', args: { record: 'final/health-absent-out-of-hours', audience: 'professionals' } };
export const HealthAbsentOutOfHoursFamily: Story = { name: 'Health absent out of hours (family)', args: { record: 'final/health-absent-out-of-hours', audience: 'family' } };
export const JointS47PhysicalInjuryProfessionals: Story = { name: 'Joint S47 physical injury (professionals)', args: { record: 'final/joint-s47-physical-injury', audience: 'professionals' } };
export const JointS47PhysicalInjuryFamily: Story = { name: 'Joint S47 physical injury (family)', args: { record: 'final/joint-s47-physical-injury', audience: 'family' } };
export const LookedAfterChildOnChildProfessionals: Story = { name: 'Looked after child on child (professionals)', args: { record: 'final/looked-after-child-on-child', audience: 'professionals' } };
export const LookedAfterChildOnChildFamily: Story = { name: 'Looked after child on child (family)', args: { record: 'final/looked-after-child-on-child', audience: 'family' } };
export const NoFurtherActionProfessionals: Story = { name: 'No further action (professionals)', args: { record: 'final/no-further-action', audience: 'professionals' } };
export const NoFurtherActionFamily: Story = { name: 'No further action (family)', args: { record: 'final/no-further-action', audience: 'family' } };
export const PreBirthUnbornBabyProfessionals: Story = { name: 'Pre birth unborn baby (professionals)', args: { record: 'final/pre-birth-unborn-baby', audience: 'professionals' } };
export const PreBirthUnbornBabyFamily: Story = { name: 'Pre birth unborn baby (family)', args: { record: 'final/pre-birth-unborn-baby', audience: 'family' } };
export const S17AssessmentNeglectProfessionals: Story = { name: 'S17 assessment neglect (professionals)', args: { record: 'final/s17-assessment-neglect', audience: 'professionals' } };
export const S17AssessmentNeglectFamily: Story = { name: 'S17 assessment neglect (family)', args: { record: 'final/s17-assessment-neglect', audience: 'family' } };
export const ActionsWithoutTimescalesProfessionals: Story = { name: 'Actions without timescales (professionals)', args: { record: 'incomplete/actions-without-timescales', audience: 'professionals' } };
export const ActionsWithoutTimescalesFamily: Story = { name: 'Actions without timescales (family)', args: { record: 'incomplete/actions-without-timescales', audience: 'family' } };
export const ChildSeenLaterThan24HoursProfessionals: Story = { name: 'Child seen later than 24 hours (professionals)', args: { record: 'incomplete/child-seen-later-than-24-hours', audience: 'professionals' } };
export const ChildSeenLaterThan24HoursFamily: Story = { name: 'Child seen later than 24 hours (family)', args: { record: 'incomplete/child-seen-later-than-24-hours', audience: 'family' } };
export const CirculationOmitsActionOwnerProfessionals: Story = { name: 'Circulation omits action owner (professionals)', args: { record: 'incomplete/circulation-omits-action-owner', audience: 'professionals' } };
export const CirculationOmitsActionOwnerFamily: Story = { name: 'Circulation omits action owner (family)', args: { record: 'incomplete/circulation-omits-action-owner', audience: 'family' } };
export const HeldLateWithoutEscalationProfessionals: Story = { name: 'Held late without escalation (professionals)', args: { record: 'incomplete/held-late-without-escalation', audience: 'professionals' } };
export const HeldLateWithoutEscalationFamily: Story = { name: 'Held late without escalation (family)', args: { record: 'incomplete/held-late-without-escalation', audience: 'family' } };
export const HospitalChildWithoutDischargePlanProfessionals: Story = { name: 'Hospital child without discharge plan (professionals)', args: { record: 'incomplete/hospital-child-without-discharge-plan', audience: 'professionals' } };
export const HospitalChildWithoutDischargePlanFamily: Story = { name: 'Hospital child without discharge plan (family)', args: { record: 'incomplete/hospital-child-without-discharge-plan', audience: 'family' } };
export const ICPCLaterThan15WorkingDaysProfessionals: Story = { name: 'ICPC later than 15 working days (professionals)', args: { record: 'incomplete/icpc-later-than-15-working-days', audience: 'professionals' } };
export const ICPCLaterThan15WorkingDaysFamily: Story = { name: 'ICPC later than 15 working days (family)', args: { record: 'incomplete/icpc-later-than-15-working-days', audience: 'family' } };
export const InformationWithheldWithoutReasonProfessionals: Story = { name: 'Information withheld without reason (professionals)', args: { record: 'incomplete/information-withheld-without-reason', audience: 'professionals' } };
export const InformationWithheldWithoutReasonFamily: Story = { name: 'Information withheld without reason (family)', args: { record: 'incomplete/information-withheld-without-reason', audience: 'family' } };
export const InterpreterNeededNoArrangementProfessionals: Story = { name: 'Interpreter needed no arrangement (professionals)', args: { record: 'incomplete/interpreter-needed-no-arrangement', audience: 'professionals' } };
export const InterpreterNeededNoArrangementFamily: Story = { name: 'Interpreter needed no arrangement (family)', args: { record: 'incomplete/interpreter-needed-no-arrangement', audience: 'family' } };
export const JointEnquiryWithoutCriminalInvestigationPlanProfessionals: Story = { name: 'Joint enquiry without criminal investigation plan (professionals)', args: { record: 'incomplete/joint-enquiry-without-criminal-investigation-plan', audience: 'professionals' } };
export const JointEnquiryWithoutCriminalInvestigationPlanFamily: Story = { name: 'Joint enquiry without criminal investigation plan (family)', args: { record: 'incomplete/joint-enquiry-without-criminal-investigation-plan', audience: 'family' } };
export const MedicalConsentNotAddressedProfessionals: Story = { name: 'Medical consent not addressed (professionals)', args: { record: 'incomplete/medical-consent-not-addressed', audience: 'professionals' } };
export const MedicalConsentNotAddressedFamily: Story = { name: 'Medical consent not addressed (family)', args: { record: 'incomplete/medical-consent-not-addressed', audience: 'family' } };
export const MedicalNotRequiredWithoutRationaleProfessionals: Story = { name: 'Medical not required without rationale (professionals)', args: { record: 'incomplete/medical-not-required-without-rationale', audience: 'professionals' } };
export const MedicalNotRequiredWithoutRationaleFamily: Story = { name: 'Medical not required without rationale (family)', args: { record: 'incomplete/medical-not-required-without-rationale', audience: 'family' } };
export const NoPoliceAttendeeProfessionals: Story = { name: 'No police attendee (professionals)', args: { record: 'incomplete/no-police-attendee', audience: 'professionals' } };
export const NoPoliceAttendeeFamily: Story = { name: 'No police attendee (family)', args: { record: 'incomplete/no-police-attendee', audience: 'family' } };
export const NoRiskAnalysisProfessionals: Story = { name: 'No risk analysis (professionals)', args: { record: 'incomplete/no-risk-analysis', audience: 'professionals' } };
export const NoRiskAnalysisFamily: Story = { name: 'No risk analysis (family)', args: { record: 'incomplete/no-risk-analysis', audience: 'family' } };
export const NoS47DecisionProfessionals: Story = { name: 'No S47 decision (professionals)', args: { record: 'incomplete/no-s47-decision', audience: 'professionals' } };
export const NoS47DecisionFamily: Story = { name: 'No S47 decision (family)', args: { record: 'incomplete/no-s47-decision', audience: 'family' } };
export const NotSignedOffByChairProfessionals: Story = { name: 'Not signed off by chair (professionals)', args: { record: 'incomplete/not-signed-off-by-chair', audience: 'professionals' } };
export const NotSignedOffByChairFamily: Story = { name: 'Not signed off by chair (family)', args: { record: 'incomplete/not-signed-off-by-chair', audience: 'family' } };
export const OtherChildrenNotConsideredProfessionals: Story = { name: 'Other children not considered (professionals)', args: { record: 'incomplete/other-children-not-considered', audience: 'professionals' } };
export const OtherChildrenNotConsideredFamily: Story = { name: 'Other children not considered (family)', args: { record: 'incomplete/other-children-not-considered', audience: 'family' } };
export const SchoolAgeChildWithoutEducationProfessionals: Story = { name: 'School age child without education (professionals)', args: { record: 'incomplete/school-age-child-without-education', audience: 'professionals' } };
export const SchoolAgeChildWithoutEducationFamily: Story = { name: 'School age child without education (family)', args: { record: 'incomplete/school-age-child-without-education', audience: 'family' } };
