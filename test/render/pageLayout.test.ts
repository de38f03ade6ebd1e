import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Audience } from '@strategy-record/render';
import { launchChromiumPrinter, type ChromiumPrinter } from './support/chromiumPrinter.js';
import { exampleRecords } from './support/exampleRecords.js';
import { pageLayoutProblems } from './support/pageLayout.js';
import { recordWithActions } from './support/recordWithActions.js';
import { ENGINES, minutesOf, printableHtml, renderPdf } from './support/renderEngines.js';

const JOINT = exampleRecords('final').find(([file]) => file === 'joint-s47-physical-injury.json')?.[1];

let printer: ChromiumPrinter;
beforeAll(async () => {
  printer = await launchChromiumPrinter();
});
afterAll(async () => {
  await printer?.close();
});

/**
 * Page by page, read back with pdftotext -bbox-layout (see support/pageLayout.ts): no page ends with a
 * heading or a lone header row, every table that runs onto a page starts there with its header row,
 * and no page is less than half full when the block that starts the next page would have fitted.
 * The 1, 40 and 300-action records are checked the same way in pageBreaks.test.ts.
 */
describe.each(['professionals', 'family'] as const satisfies readonly Audience[])(
  'the joint Section 47 example, %s copy',
  (audience) => {
    it.each(ENGINES)('%s: pages break where a reader expects', async (engine) => {
      if (JOINT === undefined) throw new Error('The joint Section 47 example record is missing.');
      const minutes = minutesOf(JOINT, audience);
      expect(pageLayoutProblems(await renderPdf(engine, minutes, printer), minutes)).toEqual([]);
    });
  },
);

describe('the page layout check', () => {
  it('flags headings that end a page, tables continued without their header row and half-empty pages', async () => {
    const minutes = minutesOf(recordWithActions(40), 'professionals');
    // The HTML minutes printed with two faults put in: every section heading ends a page, and table
    // header rows print once instead of on every page.
    const faulty = (await printableHtml(minutes)).replace(
      '</style>',
      'h2 { break-after: page !important; } thead { display: table-row-group !important; }</style>',
    );
    const problems = pageLayoutProblems(await printer.print(faulty), minutes);
    expect({
      headingEndsPage: problems.some((problem) => / ends with the heading "\d+\. /.test(problem)),
      tableWithoutHeader: problems.some((problem) => problem.includes('"Actions" continues without its header row')),
      halfEmptyPage: problems.some((problem) => /% full, yet the/.test(problem)),
    }).toEqual({ headingEndsPage: true, tableWithoutHeader: true, halfEmptyPage: true });
  });
});
