import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { engineNamed } from '@strategy-record/render/engines';
import { launchChromiumPrinter, type ChromiumPrinter } from './chromiumPrinter.js';
import { readBack, requiredValues } from './checkMinutesPdf.js';
import { leafStrings } from './exampleRecords.js';
import { textContains } from './pdfTools.js';
import { ENGINES, minutesOf, renderPdf } from './renderEngines.js';

/**
 * The shared suite for example records: for each record and audience, every engine's PDF passes
 * `qpdf --check`, shows every name, decision, rationale and action, carries the marks on every page
 * and the metadata, and the engines agree on which record values they show.
 */
export function exampleMinutesSuite(examples: readonly [string, StrategyDiscussionRecord][]): void {
  let printer: ChromiumPrinter;
  beforeAll(async () => {
    printer = await launchChromiumPrinter();
  });
  afterAll(async () => {
    await printer?.close();
  });

  describe.each(examples)('%s', (_file, record) => {
    it.each(['professionals', 'family'] as const)(
      'the %s copy reads back complete and the same from every engine',
      async (audience) => {
        const minutes = minutesOf(record, audience);
        const required = requiredValues(record, audience, minutes);
        const recordValues = [...new Set(leafStrings(record))].filter((value) => value.trim().length > 1);
        const shown: Record<string, string[]> = {};
        for (const engine of ENGINES) {
          const report = readBack(engine, await renderPdf(engine, minutes, printer), minutes, required);
          expect({ engine, qpdf: report.qpdfOk ? 'ok' : report.qpdfOutput }).toEqual({ engine, qpdf: 'ok' });
          expect({ engine, missing: report.missing }).toEqual({ engine, missing: [] });
          expect({ engine, pages: report.pageProblems }).toEqual({ engine, pages: [] });
          expect({ engine, metadata: report.metadataProblems }).toEqual({ engine, metadata: [] });
          shown[engine] = recordValues.filter((value) =>
            textContains(report.text, value, {
              wordsText: report.wordsText,
              ligatureOrderTolerant: report.ligatureOrderTolerant,
            }),
          );
        }
        // Every engine shows the same record values as the first (the default).
        const reference = ENGINES[0]!;
        const differences = (engine: string) => ({
          engine,
          onlyHere: (shown[engine] ?? []).filter((value) => !shown[reference]?.includes(value)),
          onlyInReference: (shown[reference] ?? []).filter((value) => !shown[engine]?.includes(value)),
        });
        for (const engine of ENGINES.slice(1))
          expect(differences(engine)).toEqual({ engine, onlyHere: [], onlyInReference: [] });
      },
    );
  });

  it.each(ENGINES)('%s renders the same bytes for the same record', async (engine) => {
    const [, record] = examples[0] ?? [];
    if (record === undefined) return;
    const draw = await engineNamed(engine)!.load();
    const [first, second] = [
      await draw(minutesOf(record, 'professionals')),
      await draw(minutesOf(record, 'professionals')),
    ];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
}
