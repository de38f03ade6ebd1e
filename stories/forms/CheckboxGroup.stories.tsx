import type { Meta, StoryObj } from '@storybook/react-vite';
import { CheckboxGroup } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** Several answers from a list: the categories of harm. */
const meta = {
  title: 'Forms/CheckboxGroup',
  ...formComponentMeta(() => <CheckboxGroup pointer="/concerns/categories" />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
