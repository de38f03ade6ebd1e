import type { Adult, Child, HouseholdChild } from '@strategy-record/schemas';
import { blocks, column, displayText, field, keyValues, notice, paragraph, subheading, table } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel, fieldTitle, yesNo } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

/** Section 3: the subject children; for professionals also the other children and adults, with checks. */
export function childrenSection({ record, audience }: SectionContext): MinutesBlock[] {
  const children = objects(record.children);
  const professionals = audience === 'professionals';
  return blocks(
    table(
      'children',
      'Subject children',
      professionals
        ? [
            column('Name', 3),
            column('Date of birth or due date', 2.6),
            column('Gender', 1.5),
            column('Ethnicity', 2.6),
            column('First language', 2.2),
            column('Interpreter', 2.4),
          ]
        : [
            column('Name', 3),
            column('Date of birth or due date', 3),
            column('Gender', 1.5),
            column('School or setting', 3),
          ],
      children.map((child) =>
        professionals
          ? [
              childLabel(child),
              birthDate(child),
              enumLabel('child', 'gender', child.gender),
              enumLabel('child', 'ethnicity', child.ethnicity),
              child.firstLanguage,
              interpreter(child),
            ]
          : [childLabel(child), birthDate(child), enumLabel('child', 'gender', child.gender), child.school],
      ),
      'No subject children recorded.',
    ),
    ...(professionals ? children.flatMap(childDetails) : []),
    ...(professionals ? otherChildren(record.otherChildren) : []),
    ...(professionals ? adults(record.adults) : []),
    !professionals && notice('Other children and adults in the household are not included in the family copy.'),
  );
}

function objects<T extends object>(list: readonly T[] | undefined): T[] {
  return asList(list).filter((item) => asObject(item) !== undefined);
}

function childLabel(child: Child): string | undefined {
  const name = displayText(child.fullName);
  const knownAs = displayText(child.knownAs);
  if (knownAs === undefined) return name;
  return `${name ?? ''} (known as ${knownAs})`.trim();
}

function birthDate(child: Child): string | undefined {
  if (child.unborn === true) {
    const due = formatDateOrDateTime(child.expectedDeliveryDate);
    return due === undefined ? 'Unborn' : `Unborn, due ${due}`;
  }
  return formatDateOrDateTime(child.dateOfBirth);
}

function interpreter(child: Child): string | undefined {
  const needed = enumLabel('child', 'interpreterNeeded', child.interpreterNeeded);
  const language = displayText(child.interpreterLanguage);
  return language === undefined || child.interpreterNeeded !== 'yes' ? needed : `${needed ?? 'Yes'}: ${language}`;
}

function childDetails(child: Child): MinutesBlock[] {
  return blocks(
    subheading(displayText(child.fullName) ?? 'Child'),
    keyValues(
      field('Religion or belief', child.religion),
      field('Disability or communication needs', enumLabel('child', 'additionalNeeds', child.additionalNeeds)),
      field('Needs in detail', child.additionalNeedsDetails, { optional: true }),
      field('Legal status', enumLabel('child', 'legalStatus', child.legalStatus)),
      field('School or setting', child.school),
      field('In hospital', enumLabel('child', 'inHospital', child.inHospital)),
      field('Hospital', child.hospital, { optional: true }),
    ),
  );
}

function otherChildren(value: SectionContext['record']['otherChildren']): MinutesBlock[] {
  const other = asObject(value);
  const listed = objects(other?.children);
  return blocks(
    subheading('Other children in the household or in contact with the alleged abuser'),
    keyValues(
      field('Other children', enumLabel('otherChildren', 'status', other?.status)),
      field('How this was established', other?.noneStatement, { optional: true }),
    ),
    listed.length > 0 &&
      table(
        'other-children',
        'Other children',
        [
          column('Name', 3),
          column('Date of birth', 2.4),
          column('Relationship', 3),
          column('Lives in the household', 2),
          column('Contact with alleged abuser', 2),
          column('School or setting', 2.4),
        ],
        listed.map((child: HouseholdChild) => [
          child.fullName,
          formatDateOrDateTime(child.dateOfBirth),
          child.relationship,
          enumLabel('householdChild', 'livesInHousehold', child.livesInHousehold),
          enumLabel('householdChild', 'contactWithAllegedAbuser', child.contactWithAllegedAbuser),
          child.school,
        ]),
        'No other children listed.',
      ),
    ...listed.flatMap((child) => {
      const considerations = paragraph(child.considerations);
      return considerations === undefined
        ? []
        : [subheading(`Considerations: ${displayText(child.fullName) ?? 'child'}`), considerations];
    }),
  );
}

function adults(value: readonly Adult[] | undefined): MinutesBlock[] {
  const list = objects(value);
  return blocks(
    subheading('Adults in the household and parents'),
    table(
      'adults',
      'Adults',
      [
        column('Name', 3),
        column('Date of birth', 2.4),
        column('Relationship', 3.4),
        column('Lives with the child', 1.8),
        column('Parental responsibility', 2.2),
        column('Alleged to have caused harm', 1.8),
      ],
      list.map((adult) => [
        adult.fullName,
        formatDateOrDateTime(adult.dateOfBirth),
        adult.relationship,
        enumLabel('adult', 'livesInHousehold', adult.livesInHousehold),
        enumLabel('adult', 'parentalResponsibility', adult.parentalResponsibility),
        yesNo(adult.allegedAbuser),
      ]),
      'No adults recorded.',
    ),
    adultDetails(list),
    ...list.flatMap((adult) => {
      const checks = objects(adult.checks);
      if (checks.length === 0) return [];
      return [
        table(
          'adult-checks',
          `Checks on ${displayText(adult.fullName) ?? 'adult'}`,
          [column('Agency or system checked', 2), column('Result', 4)],
          checks.map((check) => [check.agency, check.result]),
          'No checks recorded.',
          { showCaption: true },
        ),
      ];
    }),
  );
}

/** The adult's details that 1.1 added (as a child's): who holds none of them is left out, and so is the table when nobody does. */
const ADULT_DETAILS = [
  'ethnicity',
  'identity',
  'firstLanguage',
  'interpreterNeeded',
  'interpreterLanguage',
  'additionalNeeds',
  'additionalNeedsDetails',
] as const satisfies readonly (keyof Adult)[];

function adultDetails(list: readonly Adult[]): MinutesBlock | undefined {
  const described = list.filter((adult) => ADULT_DETAILS.some((detail) => adult[detail] !== undefined));
  if (described.length === 0) return undefined;
  return table(
    'adult-details',
    "Adults' ethnicity, identity, language and needs",
    [
      column('Name', 3),
      column(fieldTitle('adult', 'ethnicity'), 2.6),
      column(fieldTitle('adult', 'identity'), 2),
      column(fieldTitle('adult', 'firstLanguage'), 2),
      column(fieldTitle('adult', 'interpreterNeeded'), 2),
      column(fieldTitle('adult', 'additionalNeeds'), 3),
    ],
    described.map((adult) => [
      adult.fullName,
      enumLabel('adult', 'ethnicity', adult.ethnicity),
      adult.identity,
      adult.firstLanguage,
      withDetail(enumLabel('adult', 'interpreterNeeded', adult.interpreterNeeded), adult.interpreterLanguage),
      withDetail(enumLabel('adult', 'additionalNeeds', adult.additionalNeeds), adult.additionalNeedsDetails),
    ]),
    'No details of the adults recorded.',
    { showCaption: true },
  );
}

/** "Yes: Polish": an answer and its detail, or whichever of them there is. */
function withDetail(answer: string | undefined, detail: string | undefined): string | undefined {
  const text = displayText(detail);
  if (text === undefined) return answer;
  return answer === undefined ? text : `${answer}: ${text}`;
}
