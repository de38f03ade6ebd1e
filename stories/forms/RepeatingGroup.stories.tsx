import type { Meta, StoryObj } from '@storybook/react-vite';
import { RepeatingGroup, SchemaFields } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** A list with add, remove and move: the invitees, each asked through SchemaFields. */
const meta = {
  title: 'Forms/RepeatingGroup',
  ...formComponentMeta(() => (
    <RepeatingGroup pointer="/attendees">
      {(item) => <SchemaFields pointer={item.pointer} className="question" />}
    </RepeatingGroup>
  )),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
