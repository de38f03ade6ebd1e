import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** A one-line text question: the chair's name. */
const meta = {
  title: 'Forms/TextInput',
  ...formComponentMeta(() => <TextInput pointer="/meeting/chair/fullName" />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
