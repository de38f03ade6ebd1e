import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { createRecordForm } from '@strategy-record/forms';
import { FullRecordForm } from '../forms/support/FullRecordForm.js';
import { launchChromium } from './support/chromium.js';
import { screenshotPath } from './support/screenshots.js';

const stylesheet = readFileSync(createRequire(import.meta.url).resolve('@strategy-record/forms/styles.css'), 'utf8');

/** The whole record after an empty submit (an invitee and a child added), so every question shows its error. */
function failedSubmitMarkup(): string {
  const form = createRecordForm({ validate: validateRecord });
  form.addItem('/attendees');
  form.addItem('/children');
  form.submit();
  return renderToStaticMarkup(<FullRecordForm form={form} />);
}

const page = (styled: boolean) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Record</title>${
    styled ? `<style>${stylesheet}</style>` : ''
  }</head><body style="margin: 0 1rem; font-family: 'DejaVu Sans', sans-serif">${failedSubmitMarkup()}</body></html>`;

/** For each question with an error: how its title, hint, answer box and error look (computed styles). */
function partLooks(target: Page) {
  return target.evaluate(() => {
    const look = (element: Element | null) => {
      if (element === null) return undefined;
      const style = getComputedStyle(element);
      return [
        style.color,
        style.fontWeight,
        style.fontSize,
        style.backgroundColor,
        style.borderTopWidth,
        style.display,
      ].join(' ');
    };
    return [...document.querySelectorAll('[data-field][data-invalid="true"]')].map((question) => {
      const own = (selector: string) =>
        [...question.querySelectorAll(selector)].find((element) => element.closest('[data-field]') === question) ??
        null;
      return {
        pointer: question.getAttribute('data-field')!,
        title: look(own('[data-part="label"], [data-part="legend"]')),
        hint: look(own('[data-part="hint"]')),
        error: look(own('[data-part="error"]')),
        answer: look(own('input[type="text"], input[type="email"], textarea, [data-part="option"] label')),
      };
    });
  });
}

/** WCAG contrast of the computed colours of these elements on white. */
function contrastsOnWhite(target: Page, selector: string) {
  return target.evaluate((selector) => {
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map((channel) => {
          const value = Number(channel) / 255;
          return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return [...new Set([...document.querySelectorAll(selector)].map((element) => getComputedStyle(element).color))].map(
      (color) => Math.round((1.05 / (luminance(color) + 0.05)) * 100) / 100,
    );
  }, selector);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the shipped stylesheet (@strategy-record/forms/styles.css)', () => {
  it('makes every question’s title, hint, answer and error visibly distinct, which the bare markup does not', async () => {
    const looks: Record<string, Awaited<ReturnType<typeof partLooks>>> = {};
    for (const styled of [false, true]) {
      const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      await tab.setContent(page(styled));
      await tab.screenshot({ path: screenshotPath(`forms-${styled ? 'styled' : 'unstyled'}`), fullPage: true });
      looks[String(styled)] = await partLooks(tab);
      if (styled) {
        expect(
          Math.min(...(await contrastsOnWhite(tab, '[data-part="hint"], [data-part="error"], [data-part="label"], a'))),
        ).toBeGreaterThanOrEqual(4.5);
        await tab.locator('[data-field="/meeting/chair/fullName"] input').focus();
        const focus = await tab.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
        });
        expect(focus).toBe('solid 3px rgb(255, 221, 0)');
      }
      await tab.close();
    }
    const indistinct = (rows: Awaited<ReturnType<typeof partLooks>>) =>
      rows
        .filter(({ title, hint, error, answer }) => {
          const parts = [title, hint, error, answer].filter(Boolean);
          return new Set(parts).size < parts.length;
        })
        .map(({ pointer }) => pointer);
    expect(looks['true']!.length).toBeGreaterThan(20);
    // Every question has a title, a hint and an error; a list's or a group's answers are its own questions.
    expect(
      looks['true']!.filter(({ title, hint, error }) => !(title && hint && error)).map(({ pointer }) => pointer),
    ).toEqual([]);
    expect(indistinct(looks['true']!)).toEqual([]);
    // The check can fail: without the sheet, hint and error look like any other text.
    expect(indistinct(looks['false']!).length).toBe(looks['false']!.length);
  });
});
