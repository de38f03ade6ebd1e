import type { Meta, StoryObj } from '@storybook/react-vite';
import { SchemaFields } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** Every question of a group in the schema's order, with conditional reveal: the discussion. */
const meta = {
  title: 'Forms/SchemaFields',
  ...formComponentMeta(() => <SchemaFields pointer="/meeting" className="question" />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
