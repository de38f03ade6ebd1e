import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRecordForm, FORM_SECTIONS } from '@strategy-record/forms';
import { validateRecord } from '@strategy-record/validators';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/runCli.js';
import { axeViolations } from '../browser/support/axe.js';
import { launchChromium } from '../browser/support/chromium.js';
import { watchPage } from '../browser/support/pageProblems.js';
import { screenshotPath } from '../browser/support/screenshots.js';
import { serveStatic, type StaticServer } from './support/serveStatic.js';
import { keyboardFocus } from './support/keyboardFocus.js';

const run = promisify(execFile);
const POLICY = "default-src 'self'";
/** What a vendor installs besides our tarballs, at the versions this repository is tested with. */
const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
const VENDOR_PACKAGES = ['schemas', 'packages/validators', 'packages/render', 'packages/forms'];

let work: string;
let server: StaticServer;
let browser: Browser;
let buildLog: string;

// A vendor's app outside the workspace (test/vendor/app copied to a temporary folder), installed from
// `npm pack` tarballs (npm's cache first: only the registry is reachable), built with Vite and served
// with `default-src 'self'`. govuk-frontend's CSS is a static file: Vite 8 cannot import it.
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'strategy-record-vendor-'));
  const app = join(work, 'app');
  cpSync(join(import.meta.dirname, 'app'), app, { recursive: true });
  const packed = JSON.parse(
    (
      await run(
        'npm',
        [
          'pack',
          '--json',
          '--ignore-scripts',
          '--pack-destination',
          work,
          ...VENDOR_PACKAGES.flatMap((w) => ['-w', w]),
        ],
        { cwd: REPO_ROOT },
      )
    ).stdout,
  ) as { name: string; filename: string }[];
  const dependencies = Object.fromEntries([
    ...packed.map((pack) => [pack.name, `file:${join(work, pack.filename)}`]),
    ...['react', 'react-dom', 'dejavu-fonts-ttf', '@expo-google-fonts/ibm-plex-sans-arabic'].map((name) => [
      name,
      installedVersion(name),
    ]),
    ['govuk-frontend', '6.6.0'],
  ]);
  const devDependencies = {
    vite: installedVersion('vite'),
    '@vitejs/plugin-react': installedVersion('@vitejs/plugin-react'),
  };
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'vendor-app', private: true, type: 'module', dependencies, devDependencies }, null, 2),
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
  cpSync(join(app, 'node_modules/govuk-frontend/dist/govuk'), join(app, 'public/govuk'), { recursive: true });
  const built = await run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: app });
  buildLog = built.stdout + built.stderr;
  server = await serveStatic(join(app, 'dist'), { 'Content-Security-Policy': POLICY });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

/** A fresh page of the vendor app (its own storage), with its problems recorded and its requests listed. */
async function openApp(draft?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchPage(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  if (draft !== undefined)
    await page.addInitScript((text) => window.localStorage.setItem('strategy-record-draft', text), draft);
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'Strategy discussion record' }).waitFor();
  return { page, problems, requests, close: () => context.close() };
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('a vendor app built from the packed packages, under default-src self', () => {
  it('builds with no node: module reaching the browser bundle', () => {
    expect(buildLog).toContain('built in');
    expect(buildLog).not.toMatch(/node:/);
  });

  it('goes page by page with the keyboard: every page accessible, its heading focused, then the error summary after a failed submit', async () => {
    const { page, problems, close } = await openApp();
    const checked: Record<string, string[]> = { tasks: await axeViolations(page) };
    await page.screenshot({ path: screenshotPath('vendor-journey-tasks'), fullPage: true });
    expect(await page.getByText('Record id', { exact: false }).count()).toBe(0);
    await keyboardFocus(page, FORM_SECTIONS[0]!.title);
    await page.keyboard.press('Enter');
    for (const section of FORM_SECTIONS) {
      await expect.poll(() => focusedText(page)).toBe(section.title);
      // The record id is the host's: never asked.
      expect(await page.locator('#record-recordId').count()).toBe(0);
      checked[section.id] = await axeViolations(page);
      await page.screenshot({ path: screenshotPath(`vendor-journey-${section.id}`), fullPage: true });
      await keyboardFocus(page, 'Save and continue');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => focusedText(page)).toBe('Check your answers');
    checked.check = await axeViolations(page);
    await page.screenshot({ path: screenshotPath('vendor-journey-check'), fullPage: true });
    await keyboardFocus(page, 'Submit the record');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-part')))
      .toBe('error-summary');
    checked.failedSubmit = await axeViolations(page);
    await page.screenshot({ path: screenshotPath('vendor-journey-failed-submit'), fullPage: true });
    // Following the first error opens its section's page and focuses its question.
    await page.keyboard.press('Tab');
    const firstError = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => `#${document.activeElement?.id}`)).toBe(firstError);
    expect(await page.locator('[data-part="journey"]').getAttribute('data-page')).toBe(FORM_SECTIONS[0]!.id);
    expect(Object.fromEntries(Object.entries(checked).filter(([, found]) => found.length > 0))).toEqual({});
    expect(problems).toEqual({ errors: [], violations: [] });
    await close();
  }, 120_000);

  it('submits a final-valid saved draft from check answers and previews the PDF in the page, fetching no Arabic or Chinese font for an all-English record', async () => {
    const record = JSON.parse(
      readFileSync(join(REPO_ROOT, 'schemas/examples/final/no-further-action.json'), 'utf8'),
    ) as object;
    const draft = createRecordForm({ validate: validateRecord, initial: record }).serialiseDraft();
    const { page, problems, requests, close } = await openApp(draft);
    await keyboardFocus(page, 'Check your answers and submit');
    await page.keyboard.press('Enter');
    await keyboardFocus(page, 'Submit the record');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Record submitted');
    await keyboardFocus(page, 'Preview the minutes');
    await page.keyboard.press('Enter');
    const frame = page.getByTitle('The minutes (PDF)');
    await expect
      .poll(
        async () =>
          (await frame.count()) > 0
            ? 'shown'
            : `${await page.getByRole('status').textContent()} ${problems.errors.join('; ')}`,
        { timeout: 60_000 },
      )
      .toBe('shown');
    const src = await frame.getAttribute('src');
    const response = await page.evaluate(async (url) => {
      const answer = await fetch(url ?? '');
      return {
        status: answer.status,
        type: answer.headers.get('content-type'),
        start: (await answer.text()).slice(0, 5),
      };
    }, src);
    expect(response).toEqual({ status: 200, type: 'application/pdf', start: '%PDF-' });
    await page.screenshot({ path: screenshotPath('vendor-journey-preview'), fullPage: true });
    const fonts = requests
      .filter((url) => url.endsWith('.ttf'))
      .map((url) => url.replace(/^.*\/([A-Za-z]+(?:-Bold)?)-[^/]+$/, '$1'));
    expect(fonts.sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(problems).toEqual({ errors: [], violations: [] });
    await close();
  }, 120_000);
});
