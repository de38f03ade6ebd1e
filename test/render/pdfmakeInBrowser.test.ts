import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import { checkPdfUa } from '../support/pdfUaCheck.js';
import { type ChromiumPrinter, launchChromiumPrinter } from './support/chromiumPrinter.js';
import { exampleRecords } from './support/exampleRecords.js';
import { pdfText, qpdfCheck, textContains } from './support/pdfTools.js';

const require = createRequire(import.meta.url);
const fontFile = (name: string): string => readFileSync(require.resolve(name)).toString('base64');

function example(file: string): StrategyDiscussionRecord {
  const record = exampleRecords('final').find(([name]) => name === file)?.[1];
  if (record === undefined) throw new Error(`example ${file} missing`);
  return record;
}

// Names whose glyphs lost their text in a browser: pdfkit wrote the lam-alef ligature of "علاء" and
// "سلام" in logical order, and text extraction, reversing right-to-left text, read "عالء" back.
const SHAPED_NAMES: Readonly<Record<string, string>> = {
  'Mark Holden': 'DC Ayşe Yılmaz',
  'Mariam Al-Hassan': 'مريم الحسن',
  'Dr 王秀英 (Wang Xiuying)': 'علاء النجار',
  'Helen Ashworth': 'سلام العلي',
};

/** The record with these people renamed wherever their names are written (so its cross-references hold). */
function renamed<T>(value: T, names: Readonly<Record<string, string>>): T {
  if (typeof value === 'string')
    return Object.entries(names).reduce((text, [from, to]) => text.split(from).join(to), value as string) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => renamed(item, names)) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renamed(item, names)])) as T;
  return value;
}

let bundle = '';
let printer: ChromiumPrinter | undefined;

beforeAll(async () => {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
    build: {
      write: false,
      minify: false,
      lib: { entry: join(import.meta.dirname, 'support/browserEntry.ts'), formats: ['es'], fileName: 'entry' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const output = (Array.isArray(built) ? built[0] : built) as { output: { type: string; code?: string }[] };
  bundle = output.output
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => chunk.code ?? '')
    .join('\n');
  printer = await launchChromiumPrinter();
}, 120_000);

afterAll(async () => {
  await printer?.close();
});

/** The minutes of a record as the pdfmake back end makes them in Chromium, from the browser bundle. */
async function renderInBrowser(record: StrategyDiscussionRecord): Promise<Uint8Array> {
  if (printer === undefined) throw new Error('Chromium did not start');
  const page = printer.page;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setContent('<!DOCTYPE html><title>browser</title>');
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page
    .waitForFunction(() => typeof window.renderMinutesInBrowser === 'function', undefined, { timeout: 10_000 })
    .catch((error: Error) => {
      throw new Error(`the bundle did not load: ${errors.join('; ') || error.message}`);
    });
  const base64 = await page.evaluate(
    ([recordJson, reportJson, fonts]) =>
      window.renderMinutesInBrowser(JSON.parse(recordJson), JSON.parse(reportJson), fonts),
    [
      JSON.stringify(record),
      JSON.stringify(validateRecord(record, { mode: 'final' })),
      {
        latinRegular: fontFile('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
        latinBold: fontFile('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
        arabicRegular: fontFile('@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf'),
        arabicBold: fontFile('@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf'),
      },
    ] as const,
  );
  page.removeAllListeners('pageerror');
  page.removeAllListeners('console');
  expect(errors).toEqual([]);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

it.each([
  ['the pre-birth example (Arabic names)', example('pre-birth-unborn-baby.json')],
  [
    'the joint example with Turkish and Arabic names (lam-alef ligatures)',
    renamed(example('joint-s47-physical-injury.json'), SHAPED_NAMES),
  ],
])(
  'the pdfmake back end renders %s in a browser (Chromium), tagged, with every name extractable',
  async (_, record) => {
    const pdf = await renderInBrowser(record);
    expect(qpdfCheck(pdf).ok).toBe(true);
    // The same PDF/UA-1 check as in Node: tagged, and every glyph's text extractable (10-001).
    expect(checkPdfUa([pdf])[0]).toEqual([]);
    const text = pdfText(pdf);
    for (const name of [
      ...(record.attendees ?? []).map((attendee) => attendee.fullName),
      ...(record.children ?? []).map((child) => child.fullName),
    ]) {
      expect({ name, found: textContains(text, name ?? '') }).toEqual({ name, found: true });
    }
  },
  120_000,
);
