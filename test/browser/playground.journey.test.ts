import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fieldIdFor, getAt } from '@strategy-record/forms';
import { browserSession } from './support/browserSession.js';
import { pdfText, qpdfCheck } from './support/pdfFile.js';
import { openPlayground, showPreview } from './support/playgroundPage.js';
import { recordEntry } from './support/recordEntry.js';
import { screenshotPath } from './support/screenshots.js';
import { servePlayground } from './support/servers.js';

/** The record the user ends with: every answer they type comes from here. */
const typed = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/recordTypedByAUser.json'), 'utf8'));
const childName: string = typed.children[0].fullName;

/** Every pointer of the fixture by the id its question has on the page (what an error link points at). */
function pointersById(value: unknown, pointer = '', found = new Map<string, string>()): Map<string, string> {
  found.set(fieldIdFor(pointer), pointer);
  if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) pointersById(child, `${pointer}/${key}`, found);
  return found;
}

/**
 * Errors whose answer is not at the question they point at, and where a user answers them: SD-INF-1
 * points at the attendee whose agency has no information entry, SD-DEC-1 at the child with no decision.
 */
const ANSWERED_ELSEWHERE: readonly (readonly [RegExp, string])[] = [
  [/took part .* but no information from it is recorded/, '/informationShared'],
  [/^No outcome decision is recorded for/, '/decisions'],
];

/** The pointer itself when its question is on the page, else its nearest group that is (where the error summary puts focus). */
async function onPage(page: Page, pointer: string): Promise<string> {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    if (current === '' || (await page.locator(`[id="${fieldIdFor(current)}"]`).count()) > 0) return current;
  }
}

const session = browserSession(servePlayground);

describe('a user in the playground', () => {
  it('starts empty, fills the minimum, submits, fixes each error through its link, and downloads a sound PDF', async () => {
    const { page, problems, context } = await openPlayground(session.browser, session.url);
    const entry = recordEntry(page);
    const submit = page.getByRole('button', { name: 'Check the record for sign-off' });

    // The minimum: a record id and the child's name.
    await entry.enter('/recordId', typed.recordId);
    await entry.enter('/children', [{ fullName: childName }]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('playground-form') });
    await submit.click();

    const summary = page.locator('[data-part="error-summary"]');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-part')))
      .toBe('error-summary');
    await expect.poll(() => summary.getByRole('link').count()).toBeGreaterThan(15);
    await summary.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 16));
    await page.screenshot({ path: screenshotPath('playground-error-summary') });

    const pointers = pointersById(typed);
    const fixed: string[] = [];
    while ((await summary.count()) > 0) {
      const link = summary.getByRole('link').first();
      const message = (await link.textContent())!;
      const linked = pointers.get((await link.getAttribute('href'))!.slice(1));
      expect(linked, `"${message}" links to a question the fixture has no answer for`).toBeDefined();
      const pointer = ANSWERED_ELSEWHERE.find(([pattern]) => pattern.test(message))?.[1] ?? linked!;
      expect(fixed, `answering ${pointer} did not clear "${message}"`).not.toContain(pointer);
      await link.click();
      expect(await page.evaluate(() => document.activeElement?.id), `focus after following "${message}"`).toBe(
        fieldIdFor(await onPage(page, linked!)),
      );
      await entry.enter(pointer, getAt(typed, pointer) as never);
      fixed.push(pointer);
    }
    expect(fixed.length).toBeGreaterThan(15);

    await submit.click();
    await expect.poll(() => page.getByRole('heading', { name: 'The record can be signed off' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('report-verdict').textContent()).toMatch(/^Ready to sign off/);

    await page.getByRole('link', { name: 'Preview and download the minutes' }).click();
    await showPreview(page, 'PDF');
    await page.waitForTimeout(1_000); // the PDF viewer draws the first page after its frame has loaded
    await page.locator('iframe[data-kind="pdf"]').screenshot({ path: screenshotPath('playground-pdf-preview') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${typed.recordId}-professionals.pdf`);
    const saved = join(await mkdtemp(join(tmpdir(), 'playground-pdf-')), download.suggestedFilename());
    await download.saveAs(saved);
    expect(await qpdfCheck(saved)).toMatchObject({ status: 0 });
    const text = await pdfText(saved);
    expect(text).toContain(childName);
    expect(text).toContain('OFFICIAL-SENSITIVE');

    expect(problems).toEqual({ errors: [], violations: [] });
    await context.close();
  }, 180_000);
});
