import type { Locator, Page } from 'playwright-core';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** Item fields the form makes itself (fresh references), never typed by a user. */
const GENERATED = new Set(['id', 'schemaVersion']);

/**
 * Types answers into the playground's form as a user would, through the components' own inputs:
 * text boxes, radios, checkboxes, day/month/year (and hour/minute) boxes, and a list's "Add" button.
 * Each question is found by the `data-field` pointer the forms components put on it.
 */
export function recordEntry(page: Page) {
  const question = (pointer: string): Locator => page.locator(`[data-field="${pointer}"]`);

  async function enter(pointer: string, value: Json): Promise<void> {
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item !== 'object' || item === null)) return choose(pointer, value);
      await ensureItems(pointer, value.length);
      for (const [position, item] of value.entries()) await enter(`${pointer}/${position}`, item);
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value))
        if (!GENERATED.has(key)) await enter(`${pointer}/${key}`, child);
      return;
    }
    await answer(pointer, value);
  }

  async function answer(pointer: string, value: string | number | boolean | null): Promise<void> {
    const field = question(pointer);
    if ((await field.count()) !== 1)
      throw new Error(`The question ${pointer} is not on the page (to answer ${JSON.stringify(value)}).`);
    if ((await field.locator('[data-part="date"]').count()) > 0) return typeDate(field, String(value));
    const option = field
      .locator(`input[type="radio"][value="${String(value)}"], input[type="checkbox"][value="${String(value)}"]`)
      .first();
    if ((await option.count()) > 0) return option.check();
    await field.locator('input[type="text"], input[type="email"], textarea').first().fill(String(value));
  }

  async function choose(pointer: string, values: readonly Json[]): Promise<void> {
    const field = question(pointer);
    for (const value of values) await field.locator(`input[value="${String(value)}"]`).check();
  }

  async function typeDate(field: Locator, value: string): Promise<void> {
    const wall = londonWallTime(value);
    await field.getByLabel('Day', { exact: true }).fill(wall.day);
    await field.getByLabel('Month', { exact: true }).fill(wall.month);
    await field.getByLabel('Year', { exact: true }).fill(wall.year);
    if (wall.hour !== undefined) {
      await field.getByLabel(/^Hour/).fill(wall.hour);
      await field.getByLabel(/^Minute/).fill(wall.minute ?? '00');
    }
  }

  /** Presses the list's own "Add ..." button (the last one inside it) until it has `count` items. */
  async function ensureItems(pointer: string, count: number): Promise<void> {
    const list = question(pointer);
    const items = list.locator(':scope > fieldset > fieldset[data-part="item"]');
    while ((await items.count()) < count) await list.locator(':scope > fieldset > button[data-part="add"]').click();
  }

  return { enter, question };
}

/** A `YYYY-MM-DD` date or an instant, as the boxes a user in England fills in (the form reads times as England's). */
export function londonWallTime(value: string): {
  day: string;
  month: string;
  year: string;
  hour?: string;
  minute?: string;
} {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dateOnly !== null)
    return { year: dateOnly[1]!, month: String(Number(dateOnly[2])), day: String(Number(dateOnly[3])) };
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(value))
      .map((part) => [part.type, part.value]),
  );
  return { day: parts.day!, month: parts.month!, year: parts.year!, hour: parts.hour!, minute: parts.minute! };
}
