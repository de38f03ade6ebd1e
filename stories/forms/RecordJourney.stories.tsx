import type { Meta, StoryObj } from '@storybook/react-vite';
import { createRecordForm } from '@strategy-record/forms';
import { RecordJourney } from '@strategy-record/forms/react';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import { useMemo } from 'react';
import {
  EMPTY_STATE,
  ERROR_STATE,
  FILLED_STATE,
  formStoryArgTypes,
  formStoryLoaders,
  type FormStoryArgs,
} from '../support/FormStory.js';
import { RECORD_PROFILE } from '../support/storyRecords.js';

/**
 * The whole record as a page-by-page journey: the task list is the hub. A journey holds its own
 * forms (one per page), so it is not drawn inside the shared FormRoot the other form stories use.
 * After "Checked for sign-off" it opens on check answers, with the error summary.
 */
function JourneyStory({
  record,
  profile,
  submitted,
}: Omit<FormStoryArgs, 'record'> & { readonly record: StrategyDiscussionRecord }) {
  const form = useMemo(() => {
    const created = createRecordForm<string>({
      validate: validateRecord,
      initial: record,
      ...(profile === RECORD_PROFILE ? {} : { profile }),
    });
    if (submitted) created.submit();
    return created;
  }, [record, profile, submitted]);
  return (
    <RecordJourney
      key={`${profile} ${submitted}`}
      form={form}
      systemFields={{ recordId: record.recordId ?? 'SD-STORYBOOK-0001' }}
      initialPage={submitted ? 'check' : 'tasks'}
      onSubmit={() => undefined}
    />
  );
}

const meta = {
  title: 'Forms/RecordJourney',
  argTypes: formStoryArgTypes,
  loaders: formStoryLoaders,
  render: (args: FormStoryArgs, { loaded }: { readonly loaded: Record<string, unknown> }) => (
    <JourneyStory
      record={loaded.record as StrategyDiscussionRecord}
      profile={args.profile}
      submitted={args.submitted}
    />
  ),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
