import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { browserSession } from './support/browserSession.js';
import { loadExample, openPlayground, showPreview } from './support/playgroundPage.js';
import { servePlayground } from './support/servers.js';

const session = browserSession(servePlayground);

/** Each page of the playground in a state worth checking, reached as a user would. */
const PAGES: readonly (readonly [string, string, (page: Page) => Promise<void>])[] = [
  ['the empty record form', '', async () => {}],
  [
    'the record form with the error summary and every error shown',
    '',
    async (page) => {
      await page.getByRole('button', { name: 'Check the record for sign-off' }).click();
      await page.locator('[data-part="error-summary"]').waitFor();
    },
  ],
  [
    'the record form with a complete example, its deadlines and warnings',
    '',
    (page) => loadExample(page, 'final/health-absent-out-of-hours'),
  ],
  [
    'the check-answers page with an example',
    '#answers',
    (page) => loadExample(page, 'final/joint-s47-physical-injury'),
  ],
  [
    'the minutes page with an HTML preview of the family copy',
    '#minutes',
    async (page) => {
      await loadExample(page, 'final/s17-assessment-neglect');
      await page.getByLabel('The family').check();
      await showPreview(page, 'HTML');
    },
  ],
  [
    'the minutes page with a PDF preview',
    '#minutes',
    async (page) => {
      await loadExample(page, 'incomplete/no-risk-analysis');
      await showPreview(page, 'PDF');
    },
  ],
];

describe('accessibility of the playground (axe-core in Chromium)', () => {
  it('reports a violation when there is one (the check can fail)', async () => {
    const { page, context } = await openPlayground(session.browser, session.url);
    await page.evaluate(() => document.querySelector('label[for="profile"]')?.remove());
    expect((await axeViolations(page)).map((violation) => violation.split(':')[0])).toContain('select-name');
    await context.close();
  });

  it('finds no violations on a page with lists (move buttons name their visible text: "Move up (invitee 2)")', async () => {
    const { page, context } = await openPlayground(session.browser, session.url);
    await loadExample(page, 'final/joint-s47-physical-injury');
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  }, 60_000);

  it.each(['professionals', 'family'])(
    'finds no violations in the HTML minutes document of the %s copy',
    async (audience) => {
      const { page, context } = await openPlayground(session.browser, session.url, '#minutes');
      await loadExample(page, 'final/pre-birth-unborn-baby');
      await page.locator(`#audience-${audience}`).check();
      await showPreview(page, 'HTML');
      // The preview frame runs no script (sandboxed), so axe checks the same document opened on its own.
      const document = await context.newPage();
      await document.goto(
        await page.locator('iframe[data-kind="html"]').evaluate((frame: HTMLIFrameElement) => frame.src),
      );
      const violations = await axeViolations(document);
      await context.close();
      expect(violations).toEqual([]);
    },
    60_000,
  );

  it.each(PAGES)(
    'finds no violations on %s',
    async (_name, hash, reach) => {
      const { page, context, problems } = await openPlayground(session.browser, session.url, hash);
      await reach(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ errors: [], violations: [] });
      await context.close();
    },
    60_000,
  );
});
