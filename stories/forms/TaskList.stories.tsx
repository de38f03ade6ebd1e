import type { Meta, StoryObj } from '@storybook/react-vite';
import { TaskList } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** Every section of the record with its status. */
const meta = {
  title: 'Forms/TaskList',
  ...formComponentMeta(() => <TaskList />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
