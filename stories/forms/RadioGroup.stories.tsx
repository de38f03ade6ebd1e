import type { Meta, StoryObj } from '@storybook/react-vite';
import { RadioGroup } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** One answer from a list: the format of the discussion. */
const meta = {
  title: 'Forms/RadioGroup',
  ...formComponentMeta(() => <RadioGroup pointer="/meeting/format" />),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
