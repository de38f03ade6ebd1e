import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumPrinter, type ChromiumPrinter } from './support/chromiumPrinter.js';
import { pageLayoutProblems } from './support/pageLayout.js';
import { pdfStructure, pdfText, squash } from './support/pdfTools.js';
import { actionDescription, recordWithActions } from './support/recordWithActions.js';
import { ENGINES, minutesOf, renderPdf } from './support/renderEngines.js';

// The header row's labels one after another, as the row is drawn.
const HEADER_ROW = squash(['Ref', 'Action', 'Owner', 'Agency', 'Due by', 'Status'].join(' '));

/**
 * Page by page (pdftotext -f N -l N): every page that carries actions carries the header row of the
 * actions table; every action's row is whole on one page; every page says "Page N of M"; and the
 * page layout checks of pageLayout.test.ts hold.
 */
describe.each([1, 40, 300])('minutes with %i actions', (count) => {
  let printer: ChromiumPrinter;
  beforeAll(async () => {
    printer = await launchChromiumPrinter();
  });
  afterAll(async () => {
    await printer?.close();
  });

  it.each(ENGINES)(
    '%s: the header row repeats, no row splits, pages are numbered',
    async (engine) => {
      const minutes = minutesOf(recordWithActions(count), 'professionals');
      const pdf = await renderPdf(engine, minutes, printer);
      const pageCount = pdfStructure(pdf).pageCount;
      // Each page in both reading orders (see pdfText): table cells may read side by side in one.
      const pages = Array.from({ length: pageCount }, (_, index) => {
        const page = { first: index + 1, last: index + 1 };
        return `${squash(pdfText(pdf, page))}\f${squash(pdfText(pdf, page, 'stream'))}`;
      });
      const descriptions = Array.from({ length: count }, (_, index) => squash(actionDescription(index + 1, count)));
      const wholeOn = descriptions.map((description) => pages.filter((page) => page.includes(description)).length);
      const actionPages = pages.flatMap((page, index) =>
        descriptions.some((description) => page.includes(description.slice(0, 16))) ? [index] : [],
      );
      expect({
        rowsNotWholeOnOnePage: wholeOn.flatMap((pagesWithRow, index) => (pagesWithRow === 1 ? [] : [index + 1])),
      }).toEqual({ rowsNotWholeOnOnePage: [] });
      expect({
        pagesWithoutHeaderRow: actionPages
          .filter((index) => !(pages[index] ?? '').includes(HEADER_ROW))
          .map((index) => index + 1),
      }).toEqual({ pagesWithoutHeaderRow: [] });
      expect({
        misnumbered: pages.flatMap((page, index) =>
          page.includes(squash(`Page ${index + 1} of ${pageCount}`)) ? [] : [index + 1],
        ),
      }).toEqual({ misnumbered: [] });
      if (count === 300) expect(actionPages.length).toBeGreaterThan(5);
      // No page ends with a heading, every table starts each page it runs onto with its header row, no
      // page is half empty when what starts the next one would have fitted (support/pageLayout.ts).
      expect(pageLayoutProblems(pdf, minutes)).toEqual([]);
      // react-pdf lays out what is left of the minutes again for every page: 300 actions take it 10-25 s
      // on a loaded 2-core machine.
    },
    90_000,
  );
});
