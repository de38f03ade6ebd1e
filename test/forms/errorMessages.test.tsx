// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { createRecordForm } from '@strategy-record/forms';
import { FullRecordForm } from './support/FullRecordForm.js';

afterEach(cleanup);

/** The error summary's links after submitting the whole record, as a user sees them. */
async function submitAndReadSummary(prepare: (form: ReturnType<typeof createRecordForm>) => void = () => {}) {
  const form = createRecordForm({ validate: validateRecord });
  prepare(form);
  render(<FullRecordForm form={form} />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Sign off the record' }));
  const summary = screen
    .getByRole('heading', { name: 'There is a problem' })
    .closest<HTMLElement>('[data-part="error-summary"]')!;
  const links = within(summary).getAllByRole('link');
  return { form, links, texts: links.map((link) => link.textContent ?? '') };
}

/** The sentences of some messages that are long enough to be an explanation (eight words or more). */
const longSentences = (texts: readonly string[]) =>
  texts.flatMap((text) => text.split(/(?<=\.) /)).filter((sentence) => sentence.split(' ').length >= 8);

describe('error messages after an empty submit', () => {
  it.each([
    ['the empty record', () => {}],
    [
      'a record with an empty invitee, child and decision',
      (form: ReturnType<typeof createRecordForm>) => {
        form.addItem('/attendees');
        form.addItem('/children');
        form.addItem('/decisions');
      },
    ],
  ])('gives %s one summary link per question, in page order, with no message repeated', async (_, prepare) => {
    const { links, texts } = await submitAndReadSummary(prepare);
    expect(new Set(links.map((link) => link.getAttribute('href'))).size).toBe(links.length);
    // Each link focuses its question (or the nearest group on the page): in page order.
    const user = userEvent.setup();
    const focused: Element[] = [];
    for (const link of links) {
      await user.click(link);
      focused.push(document.activeElement!);
    }
    for (const [position, element] of focused.entries())
      if (position > 0 && element !== focused[position - 1])
        expect(focused[position - 1]!.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(new Set(texts).size).toBe(texts.length);
    const long = longSentences(texts);
    expect(long.filter((sentence, position) => long.indexOf(sentence) !== position)).toEqual([]);
  });

  it('says what to do about each question left empty, in the summary and beside the question', async () => {
    const { form, texts } = await submitAndReadSummary((form) => {
      form.addItem('/attendees');
      form.addItem('/children');
      form.addItem('/decisions');
    });
    const expected: readonly (readonly [string, string])[] = [
      ['/meeting/startedAt', 'Enter the date and time the discussion started.'],
      ['/meeting/kind', 'Select whether this was a strategy discussion or a strategy meeting.'],
      ['/meeting/chair/role', 'Enter the role of the chair.'],
      ['/attendees/0/role', 'Enter the role of invitee 1.'],
      ['/children/0/dateOfBirth', 'Enter the date of birth of child 1.'],
      ['/decisions/0/outcome', 'Select the outcome of decision 1.'],
      ['/actions', 'Add at least one action.'],
    ];
    for (const [pointer, message] of expected) {
      const error = form.errors().find((candidate) => candidate.pointer === pointer);
      expect(error?.message.startsWith(message), `${pointer}: ${error?.message}`).toBe(true);
      expect(texts).toContain(error!.message);
      expect(form.field(pointer).error).toBe(error!.message);
    }
  });

  it("says a rule's explanation once, after its first message, and keeps the validator's rule ids", async () => {
    const { form, texts } = await submitAndReadSummary();
    const explanation =
      'The record must say when the discussion was held, its format and type, who chaired it (name and role), when the concerns were identified and how urgent they are.';
    expect(texts.filter((text) => text.includes(explanation))).toEqual([
      `Select whether this was a strategy discussion or a strategy meeting. ${explanation}`,
    ]);
    const ruleIds = new Set(
      form
        .finalReport()
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.ruleId),
    );
    expect(new Set(form.errors().map((error) => error.ruleId))).toEqual(ruleIds);
  });
});
