import type { FieldSchema } from '../core/fieldIndex.js';
import { isRevealedUnderOption, revealedBy } from '../core/revealedBy.js';
import { Field } from './Field.js';
import type { FormClassNames } from './formParts.js';
import { QuestionFrame } from './QuestionFrame.js';
import { useClassNames } from './useClassNames.js';
import { RadioGroup } from './RadioGroup.js';
import { useRecordFormContext } from './RecordFormContext.js';
import { RepeatingGroup } from './RepeatingGroup.js';
import { useGroup } from './useField.js';

/** Props of {@link SchemaFields}. */
export interface SchemaFieldsProps {
  /** The group whose questions to ask, e.g. `/meeting` or `/attendees/0` ("" for the whole record). */
  readonly pointer: string;
  /** Ask only these questions of the group (by property name), in the schema's order. */
  readonly only?: readonly string[];
  /** Leave these questions out. */
  readonly omit?: readonly string[];
  /** Passed to every field, group and list drawn. */
  readonly className?: string;
  /** Classes by part, passed to every field, group and list drawn. */
  readonly classNames?: FormClassNames;
}

const NEVER_ASKED = new Set(['$schema', 'schemaVersion']);

/**
 * Asks every question of a group, in the schema's order, with the components above: groups become
 * fieldsets, lists repeating groups, and the questions an answer reveals are placed under that
 * answer's radio (conditional reveal). A quick way to a complete form; compose the components by
 * hand for anything more particular.
 */
export function SchemaFields({ pointer, only, omit, className, classNames }: SchemaFieldsProps) {
  const { form } = useRecordFormContext();
  const group = form.schemaAt(pointer);
  if (group?.kind !== 'group' || group.properties === undefined)
    throw new Error(`"${pointer}" is not a group of questions.`);
  const properties = group.properties;
  const included = (key: string) =>
    !NEVER_ASKED.has(key) && (only === undefined || only.includes(key)) && !(omit?.includes(key) ?? false);
  const asked = [...properties].filter(([key, property]) => {
    if (!included(key)) return false;
    // A question revealed under an option is drawn inside that option's radio, not here.
    const controller = property.conditions[0]?.controller;
    return (
      controller === undefined ||
      !isRevealedUnderOption(property.conditions, controller) ||
      !included(controller) ||
      properties.get(controller)?.options === undefined
    );
  });
  return (
    <>
      {asked.map(([key, property]) => (
        <Question
          key={key}
          group={group}
          property={property}
          pointer={`${pointer}/${key}`}
          className={className}
          classNames={classNames}
        />
      ))}
    </>
  );
}

function Question({
  group,
  property,
  pointer,
  className,
  classNames,
}: {
  readonly group: FieldSchema;
  readonly property: FieldSchema;
  readonly pointer: string;
  readonly className: string | undefined;
  readonly classNames: FormClassNames | undefined;
}) {
  switch (property.kind) {
    case 'group':
      return <GroupFieldset pointer={pointer} className={className} classNames={classNames} />;
    case 'list':
      return (
        <RepeatingGroup pointer={pointer} className={className} classNames={classNames}>
          {(item) => <SchemaFields pointer={item.pointer} className={className} classNames={classNames} />}
        </RepeatingGroup>
      );
    default: {
      const parent = pointer.slice(0, pointer.lastIndexOf('/'));
      const reveals = (property.options ?? [])
        .map((option) => [String(option.value), revealedBy(group, property.key, option.value)] as const)
        .filter(([, keys]) => keys.length > 0);
      if (reveals.length === 0) return <Field pointer={pointer} className={className} classNames={classNames} />;
      const conditional = Object.fromEntries(
        reveals.map(([value, keys]) => [
          value,
          <SchemaFields pointer={parent} only={keys} className={className} classNames={classNames} />,
        ]),
      );
      return <RadioGroup pointer={pointer} className={className} classNames={classNames} conditional={conditional} />;
    }
  }
}

function GroupFieldset({
  pointer,
  className,
  classNames,
}: {
  readonly pointer: string;
  readonly className: string | undefined;
  readonly classNames: FormClassNames | undefined;
}) {
  const field = useGroup(pointer);
  const classes = useClassNames(classNames);
  if (!field.visible) return null;
  return QuestionFrame({
    field,
    className,
    classes,
    layout: 'fieldset',
    fieldset: { focusTarget: true },
    children: <SchemaFields pointer={pointer} className={className} classNames={classNames} />,
  });
}
