import type { Meta, StoryObj } from '@storybook/react-vite';
import { Field } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** Any question, drawn by its kind in the schema: here free text (a textarea). */
const meta = {
  title: 'Forms/Field',
  ...formComponentMeta(() => <Field pointer="/concerns/reason" />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
