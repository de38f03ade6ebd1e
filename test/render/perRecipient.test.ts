import { readFileSync } from 'node:fs';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { RENDER_ENGINES } from '@strategy-record/render/engines';
import { renderPerRecipient } from '@strategy-record/render/recipients';
import { validateRecord } from '@strategy-record/validators';
import { describe, expect, it } from 'vitest';
import { pdfTextBoxes, squash } from './support/pdfTools.js';

const base = JSON.parse(
  readFileSync('schemas/examples/final/no-further-action.json', 'utf8'),
) as StrategyDiscussionRecord;
// Extra recipients keep the record final (the circulation rule only asks that nobody is left out):
// a right-to-left name, a name shared by two people, and names and agencies at their longest.
const LONGEST = {
  fullName: `Wójcik-${'Łukasiewicz '.repeat(16)}`.slice(0, 200),
  agency: 'Northshire '.repeat(18).slice(0, 200),
};
const record = {
  ...base,
  circulation: {
    ...base.circulation,
    recipients: [
      { fullName: 'مريم الحسن', agency: 'Halbrook 0-19 Public Health Nursing' },
      { fullName: 'Kwame Asante', agency: 'Mersey Vale Police' },
      { fullName: 'Kwame Asante', agency: 'Halbrook Community Health NHS Trust' },
      LONGEST,
    ],
  },
} as StrategyDiscussionRecord;
const report = validateRecord(record, { mode: 'final' });
const TOP_MARGIN = 66;

interface Box {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 0.5 &&
  Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5;

/** Every line pdftotext finds, page by page, with its box, and the document's subject. */
function linesAndSubject(pdf: Uint8Array): { pages: Box[][]; subject: string } {
  const xhtml = pdfTextBoxes(pdf);
  const subject = /<meta name="Subject" content="([^"]*)"/.exec(xhtml)?.[1] ?? '';
  const pages = xhtml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g),
      ].map(([, xMin, yMin, xMax, yMax, words]) => ({
        text: [...(words ?? '').matchAll(/>([^<]*)<\/word>/g)].map((word) => word[1]).join(' '),
        xMin: Number(xMin),
        xMax: Number(xMax),
        yMin: Number(yMin),
        yMax: Number(yMax),
      })),
    );
  return { pages, subject: subject.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'") };
}

describe.each(RENDER_ENGINES.filter((engine) => engine.output.mediaType === 'application/pdf'))(
  'per-recipient copies from $name',
  (engine) => {
    it('say whose copy each is on every page, in the running header, clear of the record line and the body', async () => {
      const { copies } = await renderPerRecipient(record, { report, engine: engine.name });
      expect(copies.map((copy) => copy.file)).toEqual([
        '01-recipient.pdf',
        '02-kwame-asante.pdf',
        '03-kwame-asante.pdf',
        expect.stringMatching(/^04-wojcik-lukasiewicz-lukasiewicz-[a-z-]+\.pdf$/),
        'family-copy.pdf',
      ]);
      for (const copy of copies) {
        const { pages, subject } = linesAndSubject(copy.content as Uint8Array);
        const whose = copy.audience === 'family' ? 'the family' : `${copy.recipient}, ${copy.agency}`;
        // The subject has it in full; the page has it shortened past 110 characters.
        expect(subject).toContain(`Copy for ${whose}.`);
        const drawn = squash(`Copy for ${whose}`.slice(0, 60));
        for (const [index, lines] of pages.entries()) {
          const header = lines.filter((line) => line.yMin < TOP_MARGIN);
          const stamp = header.filter(
            (line) => squash(line.text.replace(/[\u202b\u202c]/g, '')).length > 0 && line.yMin > 41,
          );
          expect(
            squash(
              stamp
                .map((line) => line.text)
                .join(' ')
                .replace(/[\u202b\u202c]/g, ''),
            ),
            `${copy.file} page ${index + 1}`,
          ).toContain(copy.recipient === 'مريم الحسن' ? squash('Copy for') : drawn);
          // No two header lines overlap, and the body starts below the last of them.
          const collisions = header.flatMap((a, i) =>
            header
              .slice(i + 1)
              .filter((b) => overlap(a, b))
              .map((b) => [a.text, b.text]),
          );
          expect(collisions, `${copy.file} page ${index + 1}`).toEqual([]);
          expect(Math.max(...header.map((line) => line.yMax))).toBeLessThanOrEqual(TOP_MARGIN);
        }
      }
    }, 120_000);
  },
);
