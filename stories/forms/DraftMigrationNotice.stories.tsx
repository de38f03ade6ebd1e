import type { Meta, StoryObj } from '@storybook/react-vite';
import { DraftMigrationNotice, useRecordFormContext } from '@strategy-record/forms/react';
import { useEffect } from 'react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** Restores the story's record as a draft saved under version 1.0, as a user reopening an old draft would. */
function RestoredFromVersion10() {
  const { form } = useRecordFormContext();
  useEffect(() => {
    form.restoreDraft(JSON.stringify({ ...form.getState().record, schemaVersion: '1.0' }));
  }, [form]);
  return <DraftMigrationNotice />;
}

/** The notice after restoring a draft saved under version 1.0: what updating it to 1.1 changed, by question. */
const meta = {
  title: 'Forms/DraftMigrationNotice',
  ...formComponentMeta(() => <RestoredFromVersion10 />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
