import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchPage, type PageProblems } from './pageProblems.js';

/** A fresh browser profile (its own cache and service workers) on the playground, with its problems recorded. */
export interface PlaygroundPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
}

/** Opens the playground at `hash` in a new context and waits until the form can be typed into. */
export async function openPlayground(browser: Browser, url: string, hash = ''): Promise<PlaygroundPage> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = await watchPage(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${url}${hash}`);
  await page.locator(hash === '' || hash === '#form' ? '#record-recordId' : 'main h1').waitFor();
  return { context, page, problems, requests };
}

/** Chooses an example in the record picker and loads it. */
export async function loadExample(page: Page, exampleId: string): Promise<void> {
  await page.getByLabel('Record to start from').selectOption(exampleId);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.getByRole('status').filter({ hasText: 'Loaded the example' }).waitFor();
}

/** Presses a minutes button and waits until that work is done and its preview is in the page and loaded. */
export async function showPreview(page: Page, kind: 'HTML' | 'PDF'): Promise<void> {
  await page.getByRole('button', { name: `Preview as ${kind}` }).click();
  // The buttons are busy from the click until the preview is made (React flushes a click's update at once).
  await page.locator('.minutes-status:not([data-busy])').waitFor({ timeout: 60_000 });
  const status = (await page.locator('.minutes-status').textContent()) ?? '';
  if (!status.includes('is ready')) throw new Error(`The ${kind} preview was not made: ${status}`);
  const frame = page.locator(`iframe[data-kind="${kind.toLowerCase()}"]`);
  await frame.waitFor({ timeout: 10_000 });
  await (await frame.elementHandle())?.contentFrame().then((content) => content?.waitForLoadState('load'));
}
