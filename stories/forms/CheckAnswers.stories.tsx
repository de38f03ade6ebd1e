import type { Meta, StoryObj } from '@storybook/react-vite';
import { CheckAnswers } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** Every answered question, read only, with a Change link. */
const meta = {
  title: 'Forms/CheckAnswers',
  ...formComponentMeta(() => <CheckAnswers />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
