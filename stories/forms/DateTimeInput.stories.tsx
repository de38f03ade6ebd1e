import type { Meta, StoryObj } from '@storybook/react-vite';
import { DateTimeInput } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** Date and time boxes, read as the time in England; once filled, shows the deadline the profile sets. */
const meta = {
  title: 'Forms/DateTimeInput',
  ...formComponentMeta(() => <DateTimeInput pointer="/meeting/startedAt" />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
