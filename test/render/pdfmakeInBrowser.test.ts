import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { checkPdfUa } from '../support/pdfUaCheck.js';
import { launchChromiumPrinter } from './support/chromiumPrinter.js';
import { exampleRecords } from './support/exampleRecords.js';
import { pdfText, qpdfCheck, textContains } from './support/pdfTools.js';

const require = createRequire(import.meta.url);
const fontFile = (name: string): string => readFileSync(require.resolve(name)).toString('base64');

it('the pdfmake back end renders in a browser (Chromium), with fonts passed as bytes', async () => {
  const bundle = await build({
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
  const output = (Array.isArray(bundle) ? bundle[0] : bundle) as { output: { type: string; code?: string }[] };
  const code = output.output
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => chunk.code ?? '')
    .join('\n');
  const [, record] = exampleRecords('final').find(([file]) => file === 'pre-birth-unborn-baby.json') ?? [];
  if (record === undefined) throw new Error('example missing');
  const printer = await launchChromiumPrinter();
  try {
    const page = printer.page;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.setContent('<!DOCTYPE html><title>browser</title>');
    await page.addScriptTag({ content: code, type: 'module' });
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
          arabicRegular: fontFile(
            '@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf',
          ),
          arabicBold: fontFile('@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf'),
        },
      ] as const,
    );
    expect(errors).toEqual([]);
    const pdf = new Uint8Array(Buffer.from(base64, 'base64'));
    expect(qpdfCheck(pdf).ok).toBe(true);
    // Tagged in the browser too: the same PDF/UA-1 check as in Node, Arabic names included.
    expect(checkPdfUa([pdf])[0]).toEqual([]);
    const text = pdfText(pdf);
    for (const name of [
      ...(record.attendees ?? []).map((attendee) => attendee.fullName),
      ...(record.children ?? []).map((child) => child.fullName),
    ]) {
      expect({ name, found: textContains(text, name ?? '') }).toEqual({ name, found: true });
    }
  } finally {
    await printer.close();
  }
}, 180_000);
