import { createRecordForm } from '@strategy-record/forms';
import { FormRoot } from '@strategy-record/forms/react';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import { useMemo, type ReactNode } from 'react';
import { RECORD_PROFILE, loadRecord, recordArgTypes } from './storyRecords.js';

/** The controls of every form component story. */
export interface FormStoryArgs {
  readonly record: string;
  readonly profile: string;
  /** Whether "Check the record" has been pressed: final-mode errors show only after that. */
  readonly submitted: boolean;
}

export const formStoryArgTypes = {
  ...recordArgTypes,
  submitted: {
    name: 'Checked for sign-off',
    control: { type: 'boolean' },
    description: 'Run final validation, as the submit button does, so errors show.',
  },
} as const;

/** Loads the record the control names before the story renders (a loader's error is the story's error). */
export const formStoryLoaders = [
  async ({ args }: { readonly args: FormStoryArgs }) => ({ record: await loadRecord(args.record) }),
];

/** The three states every form component is shown in. */
export const EMPTY_STATE: FormStoryArgs = { record: 'empty', profile: RECORD_PROFILE, submitted: false };
export const FILLED_STATE: FormStoryArgs = {
  record: 'final/joint-s47-physical-injury',
  profile: RECORD_PROFILE,
  submitted: false,
};
export const ERROR_STATE: FormStoryArgs = { record: 'empty', profile: RECORD_PROFILE, submitted: true };

/**
 * A real form model (the real validator, the chosen profile) around a component, inside a `<form>`
 * as in an application. `ensure` adds what the component needs to be on the page at all, such as
 * a first child for a question about "child 1".
 */
function FormStory({
  record,
  profile,
  submitted,
  ensure,
  children,
}: {
  readonly record: StrategyDiscussionRecord;
  readonly profile: string;
  readonly submitted: boolean;
  readonly ensure?: (record: StrategyDiscussionRecord) => StrategyDiscussionRecord;
  readonly children: ReactNode;
}) {
  const form = useMemo(() => {
    const created = createRecordForm<string>({
      validate: validateRecord,
      initial: ensure === undefined ? record : ensure(record),
      ...(profile === RECORD_PROFILE ? {} : { profile }),
    });
    if (submitted) created.submit();
    return created;
  }, [record, profile, submitted, ensure]);
  return (
    <FormRoot form={form} aria-label="Strategy discussion record" className="record-form">
      {children}
    </FormRoot>
  );
}

/** A record with at least one child, so the questions about "child 1" are on the page. */
export function withFirstChild(record: StrategyDiscussionRecord): StrategyDiscussionRecord {
  return (record.children?.length ?? 0) > 0 ? record : { ...record, children: [{ id: 'child-1' }] };
}

/**
 * The parts of a form component story's meta every component shares: the controls, the record
 * loader, and a render that puts the component (drawn by `draw` from the controls) in a FormStory.
 */
export function formComponentMeta(
  draw: (args: FormStoryArgs) => ReactNode,
  ensure?: (record: StrategyDiscussionRecord) => StrategyDiscussionRecord,
) {
  return {
    argTypes: formStoryArgTypes,
    loaders: formStoryLoaders,
    render: (args: FormStoryArgs, { loaded }: { readonly loaded: Record<string, unknown> }) => (
      <FormStory
        record={loaded.record as StrategyDiscussionRecord}
        profile={args.profile}
        submitted={args.submitted}
        {...(ensure === undefined ? {} : { ensure })}
      >
        {draw(args)}
      </FormStory>
    ),
  };
}
