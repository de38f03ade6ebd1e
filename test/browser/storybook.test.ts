import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as formsReact from '@strategy-record/forms/react';
import { BUNDLED_TEMPLATE_IDS, bundledTemplate } from '@strategy-record/render';
import { ENGINE_NAMES } from '@strategy-record/render/engines';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_RECORDS } from '../../apps/playground/src/settings/exampleRecords.js';
import { REPO_ROOT } from '../support/runCli.js';
import { browserSession } from './support/browserSession.js';
import { watchPage } from './support/pageProblems.js';
import { screenshotPath } from './support/screenshots.js';
import { STORYBOOK_BUILD, serveStorybook } from './support/servers.js';

interface IndexEntry {
  readonly type: 'story' | 'docs';
  readonly id: string;
  readonly title: string;
  readonly name: string;
}

/** The built Storybook's own list of stories (read when the tests run, after `npm run build-storybook`). */
function storyIndex(): IndexEntry[] {
  const file = join(STORYBOOK_BUILD, 'index.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build-storybook" first (npm test does).`);
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

/** The React components the forms package exports (functions named in PascalCase), except the provider, which draws nothing. */
const FORM_COMPONENTS = Object.entries(formsReact)
  .filter(([name, value]) => typeof value === 'function' && /^[A-Z][a-z]/.test(name) && name !== 'RecordFormProvider')
  .map(([name]) => name)
  .sort();

const EXAMPLE_FILES = ['final', 'incomplete'].flatMap((group) =>
  readdirSync(join(REPO_ROOT, 'schemas/examples', group))
    .filter((file) => file.endsWith('.json'))
    .map((file) => `${group}/${file}`),
);

const session = browserSession(serveStorybook);

/** Stories photographed on the way, into test-output/screenshots/. */
const SCREENSHOTS: Readonly<Record<string, string>> = {
  'forms-formroot--errors': 'storybook-form-errors',
  'minutes-react-pdf--no-further-action-family': 'storybook-minutes-react-pdf',
  'minutes-templates--northshire-pdfmake': 'storybook-template-pdfmake',
};

/** The text a locator's element shows, or "" while it is not there yet. */
function textOf(locator: ReturnType<FrameLocator['locator']>): Promise<string> {
  return locator.innerText({ timeout: 1_000 }).catch(() => '');
}

/**
 * Loads each story in its own iframe.html and returns what went wrong: a story that failed (its
 * loader threw or it threw while rendering), drew nothing, or logged an error.
 */
async function renderEach(page: Page, stories: readonly IndexEntry[]): Promise<string[]> {
  const problems = await watchPage(page);
  const failures: string[] = [];
  for (const story of stories) {
    const before = problems.errors.length;
    await page.goto(`${session.url}iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    // Storybook marks the body once the story is shown (after its loaders) or has failed; React then
    // commits the story's markup into #storybook-root. Every story draws at least its frame or form.
    const outcome = await page
      .waitForFunction(
        () =>
          document.body.matches('.sb-show-errordisplay, .sb-show-nopreview') ||
          (document.body.matches('.sb-show-main') &&
            (document.getElementById('storybook-root')?.childElementCount ?? 0) > 0),
        undefined,
        { timeout: 60_000 },
      )
      .then(() => page.evaluate(() => (document.body.matches('.sb-show-main') ? 'shown' : 'failed')))
      .catch(() => 'timed out');
    if (outcome !== 'shown')
      failures.push(
        `${story.id}: ${outcome === 'failed' ? (await page.locator('#error-message').textContent())?.trim() || 'failed' : 'drew nothing within 60 s'}`,
      );
    failures.push(...problems.errors.slice(before).map((error) => `${story.id}: ${error}`));
    const screenshot = SCREENSHOTS[story.id];
    if (screenshot !== undefined) {
      await page.waitForTimeout(1_000); // a PDF viewer draws its first page after the story has rendered
      await page.screenshot({ path: screenshotPath(screenshot) });
    }
  }
  await page.close();
  return failures;
}

describe('the Storybook build', () => {
  it('has an empty, a filled and an error story for every form component', () => {
    expect(FORM_COMPONENTS.length).toBeGreaterThan(10);
    const stories = storyIndex();
    const missing = FORM_COMPONENTS.flatMap((component) =>
      ['Empty', 'Filled', 'Errors']
        .filter((state) => !stories.some((story) => story.title === `Forms/${component}` && story.name === state))
        .map((state) => `Forms/${component} ${state}`),
    );
    expect(missing).toEqual([]);
  });

  it('has an HTML and a react-pdf story for every example record and both audiences', () => {
    // The stories are named after the examples as the playground lists them, which is every file.
    expect(EXAMPLE_RECORDS.map((example) => `${example.id}.json`).sort()).toEqual(EXAMPLE_FILES.sort());
    const names = new Set(storyIndex().map((story) => `${story.title} ${story.name}`));
    const missing = ['Minutes/HTML', 'Minutes/react-pdf'].flatMap((title) =>
      EXAMPLE_RECORDS.flatMap((example) =>
        ['professionals', 'family'].map((audience) => `${title} ${example.label} (${audience})`),
      ).filter((name) => !names.has(name)),
    );
    expect(missing).toEqual([]);
  });

  it('has a story for each bundled template in each engine, and the template lab', () => {
    const names = new Set(storyIndex().map((story) => `${story.title} ${story.name}`));
    const wanted = [
      'Minutes/Template lab Template lab',
      ...BUNDLED_TEMPLATE_IDS.flatMap((id) =>
        ENGINE_NAMES.map((engine) => `Minutes/Templates ${bundledTemplate(id)?.name} (${engine})`),
      ),
    ];
    expect(wanted.filter((name) => !names.has(name))).toEqual([]);
  });

  it('draws the template lab with its edits, follows its controls, and shows why a template is refused', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    // The Storybook page itself, as an admin opens it: the story in its frame, the controls below.
    await page.goto(`${session.url}?path=/story/minutes-template-lab--template-lab`);
    const story = page.frameLocator('#storybook-preview-iframe');
    const minutes = story.frameLocator('iframe[data-minutes-ready]').locator('body');
    const control = (name: string) => page.locator(`#control-${name}`);
    await expect.poll(() => textOf(minutes), { timeout: 60_000 }).toContain('Riverside Borough Council');
    const before = await textOf(minutes);
    expect(before).toContain('OFFICIAL-SENSITIVE. For the agencies on the circulation list only');
    expect(before).toMatch(/1\. About the meeting/);

    const notice = 'Kept by the Riverside MASH: ask before sharing any part of these minutes.';
    await control('professionalsNotice').fill(notice);
    const northshire = bundledTemplate('northshire');
    const order = northshire?.sections.map((section) => section.id) ?? [];
    await control('sectionOrder').fill(['decisions', ...order.filter((id) => id !== 'decisions')].join(', '));
    const decided = northshire?.sections.find((section) => section.id === 'decisions')?.heading;
    await expect.poll(() => textOf(minutes), { timeout: 60_000 }).toContain(`1. ${decided}`);
    const after = await textOf(minutes);
    expect(after).toContain(notice);
    expect(after).not.toContain('OFFICIAL-SENSITIVE. For the agencies on the circulation list only');
    expect(after).toMatch(/2\. About the meeting/);
    await page.screenshot({ path: screenshotPath('storybook-template-lab') });

    // A light accent colour: the story shows parseTemplate's refusal instead of the minutes.
    await control('accentColour').fill('#8fa8c8');
    const refusal = story.getByRole('alert');
    await expect
      .poll(() => textOf(refusal), { timeout: 60_000 })
      .toMatch(/\/style\/accentColour #8fa8c8 has a contrast of [\d.]+:1/);
    expect(await story.locator('iframe[data-minutes-ready]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('storybook-template-lab-refused') });
    expect(problems.errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('reports a story that cannot be shown (the check can fail)', async () => {
    const context = await session.browser.newContext();
    const failures = await renderEach(await context.newPage(), [
      { type: 'story', id: 'forms-no-such-component--empty', title: 'Forms/NoSuchComponent', name: 'Empty' },
    ]);
    await context.close();
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((failure) => failure.startsWith('forms-no-such-component--empty: '))).toBe(true);
  });

  it('renders every story without an error, each loaded on its own from iframe.html over http', async () => {
    const stories = storyIndex();
    expect(stories.length).toBeGreaterThan(100);
    const context = await session.browser.newContext({ viewport: { width: 1200, height: 900 } });
    // Two pages take turns through the list, so both cores of a CI machine are used.
    const lanes = [0, 1].map((lane) => stories.filter((_story, position) => position % 2 === lane));
    const failures = (await Promise.all(lanes.map(async (lane) => renderEach(await context.newPage(), lane)))).flat();
    expect(failures).toEqual([]);
    await context.close();
    // Each story loaded on its own. The first 136 took about 220 s on a CI machine whose other core
    // runs the rest of the suite, so the budget left twice that before a slow hour fails the run.
    // The template stories added ten more, six of them PDFs: side by side on a loaded machine, each
    // PDF cost about what one react-pdf example story costs, and each HTML one far less.
  }, 480_000);
});
