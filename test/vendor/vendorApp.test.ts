import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
import { keyboardEntry } from './support/keyboardEntry.js';
import { pdfText } from '../browser/support/pdfFile.js';

const run = promisify(execFile);
const POLICY = "default-src 'self'";
/** What a vendor installs besides our tarballs, at the versions this repository is tested with. */
const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
const VENDOR_PACKAGES = ['schemas', 'packages/validators', 'packages/render', 'packages/forms'];

const README = readFileSync(join(REPO_ROOT, 'packages/forms/README.md'), 'utf8');

/**
 * The app's files exactly as the forms README's example gives them: each fenced block whose first line names
 * a file (`// src/App.jsx`, `<!-- index.html -->`), without that line. The app folder here holds
 * only what the README cannot (the favicon).
 */
function readmeFiles(): [string, string][] {
  const files: [string, string][] = [];
  const example = README.slice(
    README.indexOf('### The example, as a vendor builds it'),
    README.indexOf('### webpack 5'),
  );
  for (const [, body] of example.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    const [first, ...rest] = body!.split('\n');
    const named = /^(?:\/\/ (\S+\.jsx?)|<!-- (\S+\.html) -->)$/.exec(first ?? '');
    if (named !== null) files.push([named[1] ?? named[2]!, rest.join('\n')]);
  }
  return files;
}

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
  for (const [path, text] of readmeFiles()) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), text);
  }
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
    ...[
      'react',
      'react-dom',
      'dejavu-fonts-ttf',
      '@expo-google-fonts/ibm-plex-sans-arabic',
      '@expo-google-fonts/noto-sans-sc',
    ].map((name) => [name, installedVersion(name)]),
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
  // As govuk-frontend's docs ask: its stylesheet, and its fonts and images at /assets/ (where the CSS looks).
  const govuk = join(app, 'node_modules/govuk-frontend/dist/govuk');
  cpSync(join(govuk, 'govuk-frontend.min.css'), join(app, 'public/govuk/govuk-frontend.min.css'));
  cpSync(join(govuk, 'assets'), join(app, 'public/assets'), { recursive: true });
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
  return { page, problems, requests, keys: keyboardEntry(page), close: () => context.close() };
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const shoot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(name), fullPage: true });

/** The record a keyboard user types from empty: final-valid, all in Latin script (no Arabic or Chinese). */
const typed = JSON.parse(readFileSync(join(REPO_ROOT, 'test/browser/fixtures/recordTypedByAUser.json'), 'utf8')) as {
  readonly [field: string]: never;
};

/**
 * Which face each font file the app fetched for the minutes is (Vite names the files after their
 * source). Only TrueType files: GOV.UK's own web fonts (WOFF) and the PDF viewer's are not the minutes'.
 */
const fontFaces = (requests: readonly string[]) =>
  requests
    .filter((url) => url.endsWith('.ttf'))
    .map((url) =>
      url.includes('IBMPlexSansArabic') ? 'arabic' : url.includes('NotoSansSC') ? 'chinese' : url.replace(/^.*\//, ''),
    )
    .sort();

/**
 * Presses "Preview the minutes" and waits for the PDF in the page's frame: what the frame was
 * served (through the preview worker, same origin) and the text of that PDF.
 */
async function previewWithKeyboard(app: Awaited<ReturnType<typeof openApp>>) {
  const { page, problems, keys } = app;
  const framed = page.waitForResponse(
    (response) => response.request().resourceType() === 'document' && response.url().endsWith('.pdf'),
    { timeout: 90_000 },
  );
  await keys.press('Preview the minutes');
  const response = await Promise.race([
    framed,
    page
      .getByText('The minutes could not be made')
      .waitFor({ timeout: 90_000 })
      .then(async () => {
        throw new Error(`${await page.getByRole('status').textContent()} ${problems.errors.join('; ')}`);
      }),
  ]);
  const src = await page.getByTitle('The minutes (PDF)').getAttribute('src');
  expect(new URL(response.url()).pathname).toBe(src);
  const bytes = await page.evaluate(async (url) => {
    const stored = await caches.match(url);
    return stored === undefined ? [] : [...new Uint8Array(await stored.arrayBuffer())];
  }, src ?? '');
  const file = join(work, `preview-${Date.now()}.pdf`);
  writeFileSync(file, Uint8Array.from(bytes));
  return {
    served: {
      status: response.status(),
      type: response.headers()['content-type'],
      fromWorker: response.fromServiceWorker(),
      start: Buffer.from(bytes.slice(0, 5)).toString('latin1'),
    },
    text: await pdfText(file),
  };
}

describe('a vendor app built from the packed packages, under default-src self', () => {
  it('is built from the files the forms README gives, with the packages its install lines name', () => {
    expect(readmeFiles().map(([path]) => path)).toEqual([
      'index.html',
      'vite.config.js',
      'src/main.jsx',
      'src/App.jsx',
    ]);
    const manifest = JSON.parse(readFileSync(join(work, 'app/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const readmeInstalls = [...README.matchAll(/^npm install (.*)$/gm)].flatMap(([, names]) => names!.split(' '));
    const notInReadme = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)].filter(
      (name) => !readmeInstalls.some((entry) => entry === name || entry.startsWith(`${name}@`)),
    );
    expect(notInReadme).toEqual([]);
  });

  it('builds with no node: module reaching the browser bundle', () => {
    expect(buildLog).toContain('built in');
    expect(buildLog).not.toMatch(/node:/);
  });

  it('walks an empty record page by page with the keyboard, every page accessible; a failed submit gives one link per question, in page order, none repeated', async () => {
    const { page, problems, keys, close } = await openApp();
    const checked: Record<string, string[]> = { tasks: await axeViolations(page) };
    await shoot(page, 'vendor-journey-tasks');
    expect(await page.getByText('Record id', { exact: false }).count()).toBe(0);
    // Every id on the journey's pages, page after page: the order a user meets the questions in.
    const idsInPageOrder: string[] = [];
    await keys.press(FORM_SECTIONS[0]!.title);
    for (const section of FORM_SECTIONS) {
      await expect.poll(() => focusedText(page)).toBe(section.title);
      // The record id is the host's: never asked.
      expect(await page.locator('#record-recordId').count()).toBe(0);
      checked[section.id] = await axeViolations(page);
      idsInPageOrder.push(
        ...(await page.evaluate(() => [...document.querySelectorAll('[data-part="journey"] [id]')].map((e) => e.id))),
      );
      await shoot(page, `vendor-journey-${section.id}`);
      await keys.press('Save and continue');
    }
    await expect.poll(() => focusedText(page)).toBe('Check your answers');
    checked.check = await axeViolations(page);
    // The host's record id is not an answer to change: no page asks it.
    expect(await page.getByText('Record id').count()).toBe(0);
    await shoot(page, 'vendor-journey-check');
    await keys.press('Submit the record');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-part')))
      .toBe('error-summary');
    checked.failedSubmit = await axeViolations(page);
    await shoot(page, 'vendor-journey-failed-submit');

    const links = await page
      .locator('[data-part="error-summary"] a')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
      );
    expect(links.length).toBeGreaterThan(5);
    expect(new Set(links.map((link) => link.href)).size).toBe(links.length);
    expect(new Set(links.map((link) => link.text)).size).toBe(links.length);
    // A sentence long enough to be an explanation is said once in the whole summary.
    const long = links
      .flatMap((link) => link.text.split(/(?<=\.) /))
      .filter((sentence) => sentence.split(' ').length >= 8);
    expect(long.filter((sentence, position) => long.indexOf(sentence) !== position)).toEqual([]);
    // Each link's question (or the nearest group around it on a page) comes in page order.
    const pagePosition = (href: string) => {
      for (let id = href.slice(1); id.includes('-'); id = id.slice(0, id.lastIndexOf('-'))) {
        if (idsInPageOrder.includes(id)) return idsInPageOrder.indexOf(id);
      }
      return -1;
    };
    const positions = links.map((link) => pagePosition(link.href));
    expect(positions.filter((position) => position === -1)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    // Following the first error opens its section's page and focuses its question.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]!.href);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => `#${document.activeElement?.id}`)).toBe(links[0]!.href);
    expect(await page.locator('[data-part="journey"]').getAttribute('data-page')).toBe(FORM_SECTIONS[0]!.id);
    expect(Object.fromEntries(Object.entries(checked).filter(([, found]) => found.length > 0))).toEqual({});
    expect(problems).toEqual({ errors: [], violations: [] });
    await close();
  }, 120_000);

  it('takes a keyboard user from an empty record to a final-valid one page by page, and previews its PDF in the page with no Arabic or Chinese font fetched', async () => {
    const app = await openApp();
    const { page, problems, requests, keys, close } = app;
    await keys.press(FORM_SECTIONS[0]!.title);
    for (const section of FORM_SECTIONS) {
      await expect.poll(() => focusedText(page)).toBe(section.title);
      for (const pointer of section.pointers)
        if (pointer !== '/recordId' && typed[pointer.slice(1)] !== undefined)
          await keys.enter(pointer, typed[pointer.slice(1)]!);
      if (section.id === 'meeting') await shoot(page, 'vendor-journey-meeting-answered');
      await keys.press('Save and continue');
    }
    await expect.poll(() => focusedText(page)).toBe('Check your answers');
    const checkAnswers = await axeViolations(page);
    await shoot(page, 'vendor-journey-check-answered');
    await keys.press('Submit the record');
    await expect.poll(() => focusedText(page)).toBe('Record submitted');

    const preview = await previewWithKeyboard(app);
    // Chromium's viewer draws the pages a moment after the frame has loaded; for the picture only.
    await page.waitForTimeout(2_000);
    await shoot(page, 'vendor-journey-preview');
    expect(preview.served).toEqual({ status: 200, type: 'application/pdf', fromWorker: true, start: '%PDF-' });
    expect(preview.text).toContain('Zeynep Çelik');
    expect(fontFaces(requests)).toEqual([
      expect.stringMatching(/^DejaVuSans-Bold-/),
      expect.stringMatching(/^DejaVuSans-[^B]/),
    ]);
    expect(checkAnswers).toEqual([]);
    expect(problems).toEqual({ errors: [], violations: [] });
    await close();
  }, 180_000);

  it('fetches the Arabic face for a record with Arabic text, and still no Chinese one', async () => {
    const record = JSON.parse(
      readFileSync(join(REPO_ROOT, 'schemas/examples/final/no-further-action.json'), 'utf8'),
    ) as { children: { fullName: string }[] };
    record.children[0]!.fullName = 'ليلى حداد';
    const draft = createRecordForm({ validate: validateRecord, initial: record }).serialiseDraft();
    const app = await openApp(draft);
    await app.keys.press('Check your answers and submit');
    await app.keys.press('Submit the record');
    await expect.poll(() => focusedText(app.page)).toBe('Record submitted');
    const preview = await previewWithKeyboard(app);
    expect(preview.served.start).toBe('%PDF-');
    expect(preview.text).toContain('ليلى حداد');
    expect(fontFaces(app.requests).filter((face) => face === 'arabic' || face === 'chinese')).toEqual([
      'arabic',
      'arabic',
    ]);
    expect(app.problems).toEqual({ errors: [], violations: [] });
    await app.close();
  }, 120_000);
});
