import type { Meta, StoryObj } from '@storybook/react-vite';
import { govukClassNames } from '@strategy-record/forms/govuk';
import { CheckAnswers, ErrorSummary, SchemaFields, TaskList } from '@strategy-record/forms/react';
import { EMPTY_STATE, ERROR_STATE, FILLED_STATE, formComponentMeta, type FormStoryArgs } from '../support/FormStory.js';

/**
 * The components with the GOV.UK Frontend preset: every part carries govuk-frontend 6's classes (see
 * them in the DOM). A service loads govuk-frontend's stylesheet itself; here the Storybook's own
 * sheet, written against the data-part hooks, still draws them.
 */
const meta = {
  title: 'Forms/GOV.UK preset',
  ...formComponentMeta((args) => (
    <>
      <ErrorSummary classNames={govukClassNames} />
      <nav aria-label="Sections">
        <TaskList classNames={govukClassNames} />
      </nav>
      {args.record === FILLED_STATE.record ? (
        <CheckAnswers classNames={govukClassNames} />
      ) : (
        <SchemaFields pointer="/meeting" classNames={govukClassNames} />
      )}
      <button type="submit" className="govuk-button">
        Check the record for sign-off
      </button>
    </>
  )),
} satisfies Meta<FormStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: EMPTY_STATE };
// Filled: check answers as a GOV.UK summary list.
export const Filled: Story = { args: FILLED_STATE };
export const Errors: Story = { args: ERROR_STATE };
