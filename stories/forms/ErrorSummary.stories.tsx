import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorSummary } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** The GOV.UK error summary: nothing before a check; after one, every error as a link to its question. */
const meta = {
  title: 'Forms/ErrorSummary',
  ...formComponentMeta(() => <ErrorSummary className="error-summary" />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
// Filled: a record with one thing missing, checked, so one error.
export const Filled: Story = { args: { ...FILLED_STATE, record: 'incomplete/no-risk-analysis', submitted: true } };
export const Errors: Story = { args: ERROR_STATE };
