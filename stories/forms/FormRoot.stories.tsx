import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorSummary, SchemaFields, TaskList } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/** The whole record in one FormRoot: the error summary, the task list and every question, with a submit button. */
const meta = {
  title: 'Forms/FormRoot',
  ...formComponentMeta(() => (
    <>
      <ErrorSummary className="error-summary" />
      <nav aria-label="Sections" className="task-list">
        <TaskList />
      </nav>
      <SchemaFields pointer="" className="question" />
      <button type="submit">Check the record for sign-off</button>
    </>
  )),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
