import type { Page } from 'playwright-core';

/**
 * Presses Tab, as a keyboard user would, until the focused element's text is `text`; fails after
 * `limit` presses, naming the element it reached. The only way the tests move focus.
 */
export async function keyboardFocus(page: Page, text: string, limit = 400): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${text}" was not reached with ${limit} presses of Tab.`);
}
