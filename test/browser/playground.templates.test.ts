import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '@strategy-record/render';
import { REPO_ROOT } from '../support/runCli.js';
import { browserSession } from './support/browserSession.js';
import { pdfText, qpdfCheck } from './support/pdfFile.js';
import { openPlayground, showPreview } from './support/playgroundPage.js';
import { screenshotPath } from './support/screenshots.js';
import { servePlayground } from './support/servers.js';

const RECORD_FILE = join(REPO_ROOT, 'schemas/examples/final/no-further-action.json');
const PROFILE_FILE = join(import.meta.dirname, 'fixtures/wolds-profile.json');
const TEMPLATE_FILE = join(REPO_ROOT, 'schemas/templates/northshire.json');
const LOGO_FILE = join(REPO_ROOT, 'schemas/templates/northshire-logo.png');
const NEW_NOTICE = 'Wolds test notice: keep these minutes within the core group; do not forward them.';

const session = browserSession(servePlayground);

/** The text of the preview on show: the HTML document's text, or the PDF's as pdftotext reads it from the bytes the frame shows. */
async function previewText(page: Page, folder: string): Promise<string> {
  const frame = page.locator('iframe.preview-frame');
  const url = (await frame.getAttribute('src')) ?? '';
  if ((await frame.getAttribute('data-kind')) === 'html')
    return (await (await frame.elementHandle())?.contentFrame())?.locator('body').innerText() ?? '';
  // The frame's PDF, read where the page put it (Cache Storage), as base64.
  const base64 = await page.evaluate(async (path) => {
    const response = await (await caches.open('strategy-record-previews')).match(path);
    const bytes = new Uint8Array(await (response as Response).arrayBuffer());
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return btoa(binary);
  }, url);
  const file = join(folder, `${url.split('/').pop()}`);
  await writeFile(file, Buffer.from(base64, 'base64'));
  expect((await qpdfCheck(file)).status).toBe(0);
  return (await pdfText(file)).replace(/\s+/g, ' ');
}

/** Where each heading first appears in the text: the order a reader meets them. */
function orderOf(text: string, headings: readonly string[]): string[] {
  return headings
    .map((heading) => ({ heading, at: text.indexOf(heading) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ heading }) => heading);
}

/** Waits until the preview frame shows a document other than `before` (a redraw finished). */
async function redrawnFrom(page: Page, before: string | null): Promise<void> {
  await expect
    .poll(() => page.locator('iframe.preview-frame').getAttribute('src'), { timeout: 60_000 })
    .not.toBe(before);
  await page.locator('.minutes-status:not([data-busy])').waitFor({ timeout: 60_000 });
}

describe('an admin previewing their own files in the playground', () => {
  it('loads a record, a profile and a template from files, edits the notice and the order, and both previews follow, all inside the page', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'playground-templates-'));
    const { page, problems, context } = await openPlayground(session.browser, session.url);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const status = page.locator('.settings-status');

    // A file of the wrong kind and a malformed one are refused, each with what is wrong in words.
    await page.getByText('Open your own record or profile').click();
    await page.getByLabel('Record file').setInputFiles(TEMPLATE_FILE);
    await expect
      .poll(() => status.textContent())
      .toContain('This is a minutes template, not a strategy discussion record');
    await page.getByLabel('Profile file').setInputFiles({
      name: 'broken-profile.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "id": "wolds",\n  "name": "Wolds",\n  "extends": \n}\n'),
    });
    await expect
      .poll(() => status.textContent())
      .toMatch(/“broken-profile\.json” could not be used\. The profile is not valid JSON: .* at line 5, column 1\./);

    await page.getByLabel('Record file').setInputFiles(RECORD_FILE);
    await expect.poll(() => status.textContent()).toBe('Loaded the record from your file “no-further-action.json”.');
    await page.getByLabel('Profile file').setInputFiles(PROFILE_FILE);
    await expect.poll(() => status.textContent()).toContain('Checking against Wolds Safeguarding Partnership');
    await expect.poll(() => page.getByLabel('Local procedure profile').inputValue()).toBe('own-file');

    await page.getByRole('navigation', { name: 'Playground pages' }).getByRole('link', { name: 'Minutes' }).click();
    const templateFile = page.getByLabel('Or open your template file');
    const templateStatus = page.locator('.template-message');
    // The template alone: its logo is named but not given.
    await templateFile.setInputFiles(TEMPLATE_FILE);
    await expect.poll(() => templateStatus.textContent()).toContain('names its logo “northshire-logo.png”');
    // The template with its logo cut short.
    await templateFile.setInputFiles([
      { name: 'northshire.json', mimeType: 'application/json', buffer: readFileSync(TEMPLATE_FILE) },
      { name: 'northshire-logo.png', mimeType: 'image/png', buffer: readFileSync(LOGO_FILE).subarray(0, 300) },
    ]);
    await expect.poll(() => templateStatus.textContent()).toContain('is a truncated PNG image');
    await templateFile.setInputFiles([TEMPLATE_FILE, LOGO_FILE]);
    await expect
      .poll(() => templateStatus.textContent())
      .toBe('Opened the template “Northshire County Council minutes”.');

    // Both previews in the template as loaded.
    await showPreview(page, 'HTML');
    const html = await previewText(page, folder);
    await showPreview(page, 'PDF');
    const pdf = await previewText(page, folder);
    const headings = ['What was decided', 'Who will do what, and by when', 'Why we met'];
    for (const text of [html, pdf]) {
      expect(text).toContain('Northshire County Council');
      expect(text).toContain('CONFIDENTIAL. These minutes are for the agencies on the circulation list only.');
      expect(text).toContain('Wolds Safeguarding Partnership');
      expect(orderOf(text, headings)).toEqual(headings);
    }
    await page.screenshot({ path: screenshotPath('playground-template-loaded'), fullPage: true });

    // The notice: the PDF on show is drawn again by itself.
    let before = await page.locator('iframe.preview-frame').getAttribute('src');
    await page.getByLabel('Notice on the copy for professionals').fill(NEW_NOTICE);
    await redrawnFrom(page, before);
    expect(await previewText(page, folder)).toContain(NEW_NOTICE);

    // The order: "Why we met" up twice with the keyboard (the focus stays on it), then dragged to the top.
    before = await page.locator('iframe.preview-frame').getAttribute('src');
    const moveUp = page.getByRole('button', { name: 'Move “Why we met” up' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move “Why we met” up');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.section-order li').nth(3).textContent()).toContain('4. Why we met');
    await redrawnFrom(page, before);
    before = await page.locator('iframe.preview-frame').getAttribute('src');
    await page.locator('.section-order li[data-section="concerns"]').dragTo(page.locator('.section-order li').first());
    await expect.poll(() => page.locator('.section-order li').first().textContent()).toContain('1. Why we met');
    await redrawnFrom(page, before);
    const reorderedPdf = await previewText(page, folder);
    await showPreview(page, 'HTML');
    const reorderedHtml = await previewText(page, folder);
    for (const [kind, text] of [
      ['HTML', reorderedHtml],
      ['PDF', reorderedPdf],
    ] as const) {
      expect(text, kind).toContain(NEW_NOTICE);
      expect(text, kind).not.toContain('CONFIDENTIAL. These minutes are for the agencies');
      expect(
        orderOf(text, ['Why we met', 'About the meeting', 'What was decided']),
        `${kind}: ${text.slice(0, 3000)}`,
      ).toEqual(['Why we met', 'About the meeting', 'What was decided']);
    }
    await page.screenshot({ path: screenshotPath('playground-template-edited'), fullPage: true });

    // A colour below contrast is refused in words; the previews keep the last template that passed.
    await page.getByLabel('Accent colour as #rrggbb').fill('#aaaaaa');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('#aaaaaa has a contrast of 2.32:1');
    await expect.poll(() => page.getByRole('button', { name: 'Download the template' }).isDisabled()).toBe(true);
    await page.getByRole('alert').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('playground-template-contrast-refused') });
    await page.getByLabel('Accent colour as #rrggbb').fill('#1d3557');

    // The template the admin made: the downloaded file, read back with its logo, is what was edited.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the template' }).click();
    const saved = join(folder, (await download).suggestedFilename());
    await (await download).saveAs(saved);
    const parsed = parseTemplate(readFileSync(saved, 'utf8'), { logo: readFileSync(LOGO_FILE) });
    expect(parsed.ok && parsed.template.notices.professionals).toBe(NEW_NOTICE);
    expect(parsed.ok && parsed.template.sections.slice(0, 2).map((section) => section.heading)).toEqual([
      'Why we met',
      'About the meeting',
    ]);
    expect(parsed.ok && parsed.template.accentColour).toBe('#1d3557');

    expect(problems).toEqual({ errors: [], violations: [] });
    const origin = new URL(session.url).origin;
    // Chromium's own PDF viewer loads its parts from chrome:// and chrome-extension:// inside the
    // browser; everything that could reach a network (http, https, ws, wss) must go to the page's origin.
    const network = requests.filter((url) => /^(https?|wss?):$/.test(new URL(url).protocol));
    expect(network.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(
      requests.filter((url) => !/^(https?|wss?|chrome|chrome-extension|blob|data):$/.test(new URL(url).protocol)),
    ).toEqual([]);
    expect(network.length).toBeGreaterThan(10);
    await context.close();
  }, 180_000);
});
