// Playground bench (issue 6): the production bundle, gzipped, per chunk, with what the first page
// load needs (before any preview) against the 150 kB limit; and the time until the form can be typed
// into in headless Chromium, over several cold loads of the build served by `vite preview` with its
// Content-Security-Policy. Run alone: node scripts/bench/playground.mjs
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { median, round } from './measure.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const playground = join(root, 'apps/playground');
const INITIAL_LIMIT_KB = 150;
const COLD_LOADS = 9;
const PDF_RUNS = 3;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function benchPlayground() {
  const outDir = await mkdtemp(join(tmpdir(), 'playground-bench-'));
  try {
    const bundle = await bundleFigures(outDir);
    const browser = await browserFigures(outDir);
    return { ...bundle, ...browser };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Builds the playground as `npm run playground:build` does, into `outDir`, and weighs every chunk. */
async function bundleFigures(outDir) {
  const started = performance.now();
  const result = await build({
    root: playground,
    configFile: join(playground, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  const buildMs = performance.now() - started;
  const output = (Array.isArray(result) ? result : [result]).flatMap((entry) => entry.output);
  const chunks = output.filter((item) => item.type === 'chunk');
  const gzipKb = (text) => gzipSync(text).length / 1000;
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));

  // What the page loads before any preview: the entry, the chunks it imports statically, and its CSS.
  const entry = chunks.find((chunk) => chunk.isEntry);
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);
  const initialJsKb = [...initial].reduce((sum, fileName) => sum + gzipKb(byName.get(fileName).code), 0);
  const css = output.filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'));
  const initialCssKb = css.reduce((sum, asset) => sum + gzipKb(asset.source), 0);

  const label = (fileName) => basename(fileName).replace(/-[\w-]{8}\.js$/, '');
  const examples = chunks.filter((chunk) => chunk.facadeModuleId?.includes('/schemas/examples/'));
  const others = chunks.filter((chunk) => !examples.includes(chunk)).sort((a, b) => gzipKb(b.code) - gzipKb(a.code));
  const exampleSizes = examples.map((chunk) => gzipKb(chunk.code));
  const fonts = await Promise.all(
    (await readdir(join(outDir, 'assets')))
      .filter((file) => file.endsWith('.ttf'))
      .map(async (file) => (await stat(join(outDir, 'assets', file))).size),
  );

  return {
    initialJsGzipKb: round(initialJsKb, 1),
    initialCssGzipKb: round(initialCssKb, 1),
    initialChunks: [...initial].map(label),
    initialLimitKb: INITIAL_LIMIT_KB,
    initialUnderLimit: initialJsKb + initialCssKb < INITIAL_LIMIT_KB,
    chunksGzipKb: Object.fromEntries(others.map((chunk) => [label(chunk.fileName), round(gzipKb(chunk.code), 1)])),
    exampleRecordChunks: {
      count: examples.length,
      minGzipKb: round(Math.min(...exampleSizes), 1),
      maxGzipKb: round(Math.max(...exampleSizes), 1),
    },
    fontFilesKb: {
      count: fonts.length,
      totalKb: round(fonts.reduce((sum, size) => sum + size, 0) / 1000, 0),
      loadedOnlyFor: 'a preview (Chinese face only for Chinese text)',
    },
    buildMs: round(buildMs, 0),
  };
}

/**
 * Serves the build with `vite preview` (and so with its CSP) and loads it in Chromium: each load in a
 * fresh browser context (empty cache, no service worker), timed from navigation start to the moment
 * the first question's input is in the page, which React draws with its handlers attached.
 */
async function browserFigures(outDir) {
  const server = await preview({
    root: playground,
    configFile: join(playground, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const interactive = [];
    for (let load = 0; load < COLD_LOADS; load += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_changes, observer) => {
          if (document.getElementById('record-recordId') === null) return;
          window.__formInteractiveAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__formInteractiveAt !== undefined);
      interactive.push(await page.evaluate(() => window.__formInteractiveAt));
      await context.close();
    }
    const pdfMs = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}#minutes`);
    await page.getByLabel('Record to start from').selectOption('final/joint-s47-physical-injury');
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.getByRole('status').filter({ hasText: 'Loaded the example' }).waitFor();
    for (let run = 0; run < PDF_RUNS; run += 1) {
      const started = performance.now();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the PDF' }).click(),
      ]);
      pdfMs.push(performance.now() - started);
    }
    await context.close();
    return {
      formInteractiveMedianMs: round(median(interactive), 0),
      formInteractiveRangeMs: [round(Math.min(...interactive), 0), round(Math.max(...interactive), 0)],
      coldLoads: COLD_LOADS,
      pdfInBrowserFirstMs: round(pdfMs[0], 0),
      pdfInBrowserWarmMedianMs: round(median(pdfMs.slice(1)), 0),
      pdfRecord: 'final/joint-s47-physical-injury (professionals; first run includes loading pdfmake and the fonts)',
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchPlayground(), null, 2));
}
