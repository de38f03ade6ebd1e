// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { createRecordForm } from '@strategy-record/forms';
import { FullRecordForm } from './support/FullRecordForm.js';

afterEach(cleanup);

/**
 * axe-core on the rendered DOM. jsdom has no layout engine, so the rules that need one (colour
 * contrast, which depends on the application's styles anyway) are left to browser tests.
 */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 120)).join(' | ')}`,
  );
}

const filled = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/filledThroughTheForm.json'), 'utf8'));

describe('accessibility (axe-core)', () => {
  it('reports a violation when there is one (the check can fail)', async () => {
    render(<input type="text" />);
    expect((await violations()).map((violation) => violation.split(':')[0])).toContain('label');
  });

  it('finds no violations on the empty form', async () => {
    render(<FullRecordForm form={createRecordForm({ validate: validateRecord })} />);
    expect(await violations()).toEqual([]);
  });

  it('finds no violations in the error state, with revealed questions and list items', async () => {
    const form = createRecordForm({ validate: validateRecord });
    form.addItem('/attendees');
    form.setValue('/attendees/0/agency/type', 'health');
    form.addItem('/decisions');
    form.setValue('/decisions/0/outcome', 's47-enquiry');
    form.setValue('/decisions/0/medical/decision', 'required');
    form.addItem('/children');
    form.setValue('/children/0/dateOfBirth', undefined, { problem: 'Date of birth must be a real date' });
    render(<FullRecordForm form={form} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign off the record' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(document.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(10);
    expect(await violations()).toEqual([]);
  });

  it('finds no violations on the check-answers view', async () => {
    render(<FullRecordForm form={createRecordForm({ validate: validateRecord, initial: filled })} checkAnswers />);
    expect(screen.getAllByRole('link', { name: /^Change / }).length).toBeGreaterThan(30);
    expect(await violations()).toEqual([]);
  });
});
