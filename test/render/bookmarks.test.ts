import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/runCli.js';
import { pdfStructure, squash } from './support/pdfTools.js';
import { minutesOf } from './support/renderEngines.js';

const record = JSON.parse(
  readFileSync(join(REPO_ROOT, 'schemas/examples/final/joint-s47-physical-injury.json'), 'utf8'),
) as StrategyDiscussionRecord;

describe('pdfmake bookmarks', () => {
  it('bookmarks the title and every section even when a heading runs over several lines', async () => {
    const minutes = minutesOf(record, 'professionals');
    const long = ' (reconvened after the medical by the consultant community paediatrician, with the police present)';
    const lengthened = {
      ...minutes,
      title: `${minutes.title}${long}`,
      sections: minutes.sections.map((section, index) =>
        index % 3 === 0 ? { ...section, heading: `${section.heading}${long}` } : section,
      ),
    };
    const outlined = pdfStructure(await renderPdfmake(lengthened)).outlineTitles.map(squash);
    const expected = [
      lengthened.title,
      ...lengthened.sections.map((section) => `${section.number}. ${section.heading}`),
    ].map(squash);
    expect(outlined).toEqual(expected);
  });
});
