import type { Meta, StoryObj } from '@storybook/react-vite';
import { DateInput } from '@strategy-record/forms/react';
import {
  EMPTY_STATE,
  ERROR_STATE,
  FILLED_STATE,
  formComponentMeta,
  type FormStoryArgs,
  withFirstChild,
} from '../support/FormStory.js';

/** Day, month and year boxes: the first child's date of birth. */
const meta = {
  title: 'Forms/DateInput',
  ...formComponentMeta(() => <DateInput pointer="/children/0/dateOfBirth" />, withFirstChild),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
