// @vitest-environment jsdom
// The counter must be installed before react-dom loads, so it is imported first.
import { renderCounts, resetRenderCounts } from './support/renderCounter.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { createRecordForm } from '@strategy-record/forms';
import { FullRecordForm } from './support/FullRecordForm.js';
import { fieldOnPage } from './support/formDriver.js';

afterEach(cleanup);

const filled = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/filledThroughTheForm.json'), 'utf8'));

function renderFilled() {
  const user = userEvent.setup();
  render(<FullRecordForm form={createRecordForm({ validate: validateRecord, initial: filled })} />);
  return user;
}

describe('re-renders per keystroke', () => {
  it('counts renders at all (the measure can fail)', () => {
    resetRenderCounts();
    renderFilled();
    expect(renderCounts()['TextInput']).toBeGreaterThan(50);
  });

  it('re-renders only the field typed in', async () => {
    const user = renderFilled();
    const input = within(fieldOnPage('/meeting/chair/role')).getByRole('textbox');
    await user.click(input);
    resetRenderCounts();
    await user.keyboard('s');
    expect(renderCounts()).toEqual({ TextInput: 1, FieldMessages: 1 });
  });

  it('re-renders the boxes of the date typed in and nothing else', async () => {
    const user = renderFilled();
    const minute = within(fieldOnPage('/signOff/signedAt')).getByLabelText('Minute');
    await user.click(minute);
    resetRenderCounts();
    await user.keyboard('{Backspace}');
    expect(Object.keys(renderCounts()).sort()).toEqual(['DateTimeInput', 'FieldMessages', 'PartBox']);
    expect(renderCounts()['DateTimeInput']).toBe(1);
  });

  it('also renders what depends on the answer: a revealed question and the task list', async () => {
    const user = renderFilled();
    await user.click(within(fieldOnPage('/riskAnalysis/dissent')).getByRole('textbox'));
    resetRenderCounts();
    await user.keyboard('P');
    const counts = renderCounts();
    expect(Object.keys(counts).sort()).toEqual(['FieldMessages', 'TaskList', 'TextInput']);
    // The dissent field itself and the escalation question it reveals.
    expect(counts['TextInput']).toBe(2);
    expect(fieldOnPage('/riskAnalysis/dissentEscalation')).toBeTruthy();
  });
});
