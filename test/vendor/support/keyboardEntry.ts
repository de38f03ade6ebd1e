import { fieldIdFor } from '@strategy-record/forms';
import type { Page } from 'playwright-core';
import { londonWallTime } from '../../browser/support/recordEntry.js';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** Item fields the form makes itself (fresh references), never typed by a user. */
const GENERATED = new Set(['id', 'schemaVersion']);

/**
 * Answers questions with the keyboard alone, as a user who cannot use a mouse would: Tab and
 * Shift+Tab to move, typing into text and date boxes, Space to tick a checkbox or choose the first
 * radio, the arrow keys to move along a radio group, Enter on a list's "Add" button. Nothing is
 * clicked and no value is set from script; every move is checked (it fails naming the element it
 * could not reach).
 */
export function keyboardEntry(page: Page) {
  /**
   * Presses Tab (or Shift+Tab when the target is above) until the target has focus: the element
   * `selector` matches, or the button or link whose text is `text`.
   */
  async function focus(target: { readonly selector: string } | { readonly text: string }, limit = 300): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      const where = await page.evaluate((wanted) => {
        const element =
          'selector' in wanted
            ? document.querySelector(wanted.selector)
            : [...document.querySelectorAll('a, button')].find((found) => found.textContent?.trim() === wanted.text);
        const active = document.activeElement;
        if (element === null || element === undefined) return 'missing';
        if (active === element) return 'there';
        if (active === null || active === document.body) return 'below';
        return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING ? 'below' : 'above';
      }, target);
      if (where === 'there') return;
      if (where === 'missing') throw new Error(`${JSON.stringify(target)} is not on the page.`);
      await page.keyboard.press(where === 'below' ? 'Tab' : 'Shift+Tab');
    }
    throw new Error(`${JSON.stringify(target)} was not reached with ${limit} presses of Tab.`);
  }

  /** Focuses the button or link whose text is `text` and presses Enter. */
  async function press(text: string): Promise<void> {
    await focus({ text });
    await page.keyboard.press('Enter');
  }

  /** Enters `value` at `pointer`: lists item by item, groups field by field, answers by their kind. */
  async function enter(pointer: string, value: Json): Promise<void> {
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item !== 'object' || item === null)) return tick(pointer, value);
      for (const [position, item] of value.entries()) {
        await addItem(pointer, position + 1);
        await enter(`${pointer}/${position}`, item);
      }
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
    const id = fieldIdFor(pointer);
    const kind = await page.evaluate(
      ({ pointer, value }) => {
        const question = document.querySelector(`[data-field="${pointer}"]`);
        if (question === null) return { kind: 'missing' as const };
        if (question.querySelector('[data-part="date"]') !== null) return { kind: 'date' as const };
        const options = [...question.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')];
        if (options.length === 0) return { kind: 'text' as const };
        return {
          kind: options[0]!.type as 'radio' | 'checkbox',
          position: options.findIndex((option) => option.value === value),
        };
      },
      { pointer, value: String(value) },
    );
    if (kind.kind === 'missing') throw new Error(`The question ${pointer} is not on the page.`);
    if (kind.kind === 'text') {
      await focus({ selector: `[id="${id}"]` });
      await page.keyboard.type(String(value));
    } else if (kind.kind === 'date') await typeDate(id, String(value));
    else if (kind.position === -1) throw new Error(`${pointer} has no option ${String(value)}.`);
    else if (kind.kind === 'checkbox') {
      await focus({ selector: `[id="${optionIdFor(id, kind.position)}"]` });
      await page.keyboard.press('Space');
    } else {
      // A radio group with nothing chosen takes focus on its first radio; Space chooses it and each
      // arrow press moves the choice down one.
      await focus({ selector: `[id="${id}"]` });
      await page.keyboard.press('Space');
      for (let step = 0; step < kind.position; step += 1) await page.keyboard.press('ArrowDown');
    }
  }

  async function tick(pointer: string, values: readonly Json[]): Promise<void> {
    const id = fieldIdFor(pointer);
    const positions = await page.evaluate(
      ({ pointer, values }) => {
        const options = [
          ...document.querySelectorAll<HTMLInputElement>(`[data-field="${pointer}"] input[type="checkbox"]`),
        ];
        return values.map((value) => options.findIndex((option) => option.value === value));
      },
      { pointer, values: values.map(String) },
    );
    for (const position of positions) {
      if (position === -1) throw new Error(`${pointer} lacks one of the options ${values.join(', ')}.`);
      await focus({ selector: `[id="${optionIdFor(id, position)}"]` });
      await page.keyboard.press('Space');
    }
  }

  async function typeDate(id: string, value: string): Promise<void> {
    const wall = londonWallTime(value);
    const boxes: [string, string | undefined][] = [
      [id, wall.day],
      [`${id}-month`, wall.month],
      [`${id}-year`, wall.year],
      [`${id}-hour`, wall.hour],
      [`${id}-minute`, wall.minute],
    ];
    for (const [box, text] of boxes) {
      if (text === undefined) continue;
      await focus({ selector: `[id="${box}"]` });
      await page.keyboard.type(text);
    }
  }

  /** Presses the list's own "Add ..." button until it has `count` items. */
  async function addItem(pointer: string, count: number): Promise<void> {
    const list = `[data-field="${pointer}"]`;
    const items = () => page.locator(`${list} > fieldset > fieldset[data-part="item"]`).count();
    while ((await items()) < count) {
      await focus({ selector: `${list} > fieldset > button[data-part="add"]` });
      await page.keyboard.press('Enter');
    }
  }

  return { enter, focus, press };
}

/** The id of a group's option: the first carries the field's id (as the forms components draw it). */
const optionIdFor = (id: string, position: number) => (position === 0 ? id : `${id}-${position}`);
