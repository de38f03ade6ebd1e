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

/** Presses a minutes button and waits until the preview of that kind is in the page and loaded. */
export async function showPreview(page: Page, kind: 'HTML' | 'PDF'): Promise<void> {
  await page.getByRole('button', { name: `Preview as ${kind}` }).click();
  const frame = page.locator(`iframe[data-kind="${kind.toLowerCase()}"]`);
  await frame.waitFor({ timeout: 60_000 });
  await page.locator('.minutes-status').filter({ hasText: 'is ready' }).waitFor({ timeout: 60_000 });
  await (await frame.elementHandle())?.contentFrame().then((content) => content?.waitForLoadState('load'));
}
