import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import { toMinutes, type Audience, type MinutesDocument } from '@strategy-record/render';
import {
  ENGINE_NAMES,
  engineNamed,
  RENDER_ENGINES,
  type EngineName,
  type RenderMinutes,
} from '@strategy-record/render/engines';
import { htmlFontFaces, renderHtml } from '@strategy-record/render/html';
import { loadPackageFonts } from '@strategy-record/render/fonts';
import type { ChromiumPrinter } from './chromiumPrinter.js';

/** Every engine, from the render package's registry: a new engine is tested by the shared suites with no change here. */
export const ENGINES = ENGINE_NAMES;
export type Engine = EngineName;

// Every engine's code is loaded when the suites are, as static imports would: the first render in a
// test then costs what a render costs, not the loading of React and @react-pdf/renderer as well.
// One after another: loading two engines at once can race in Node's require() of ES modules.
const loaded = new Map<string, RenderMinutes>();
for (const engine of RENDER_ENGINES) loaded.set(engine.name, await engine.load());

/** The engine's PDF is Chromium's print of its HTML (so its metadata and text order are Chromium's). */
export function printedByChromium(engine: Engine): boolean {
  return engineNamed(engine)?.output.mediaType === 'text/html';
}

/** The minutes of a record for an audience, with the record's final validation report attached. */
export function minutesOf(record: StrategyDiscussionRecord, audience: Audience): MinutesDocument {
  return toMinutes(record, { audience, report: validateRecord(record, { mode: 'final' }) });
}

/** The minutes as HTML with the fonts a print view embeds. */
export async function printableHtml(minutes: MinutesDocument): Promise<string> {
  return renderHtml(minutes, { fontFaces: htmlFontFaces(minutes, await loadPackageFonts()) });
}

/** A PDF of the minutes from one engine (an HTML engine's PDF is Chromium's print of it). */
export async function renderPdf(
  engine: Engine,
  minutes: MinutesDocument,
  printer?: ChromiumPrinter,
): Promise<Uint8Array> {
  const output = await loaded.get(engine)!(minutes);
  if (typeof output !== 'string') return output;
  if (printer === undefined)
    throw new Error(`The ${engine} engine writes HTML: it needs a Chromium printer to make a PDF.`);
  return printer.print(output);
}
