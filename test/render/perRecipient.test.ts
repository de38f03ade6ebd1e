import { readFileSync } from 'node:fs';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { BUNDLED_TEMPLATE_IDS, bundledTemplate, toMinutes, type MinutesProfile } from '@strategy-record/render';
import { RENDER_ENGINES } from '@strategy-record/render/engines';
import { renderPerRecipient } from '@strategy-record/render/recipients';
import { validateRecord } from '@strategy-record/validators';
import { describe, expect, it } from 'vitest';
import { pdfTextBoxes, squash } from './support/pdfTools.js';

const base = JSON.parse(
  readFileSync('schemas/examples/final/no-further-action.json', 'utf8'),
) as StrategyDiscussionRecord;
// Extra recipients keep the record final (the circulation rule only asks that nobody is left out):
// a right-to-left name, two people of the same name and agency, a 110-character name, and a name
// and agency at their longest (200 characters each).
const LONG_NAME = {
  fullName: `Bartholomew ${'Featherstonehaugh-Wójcik '.repeat(4)}`.slice(0, 110).trimEnd(),
  agency: 'Northshire and Southshire Partnership NHS Foundation Trust',
};
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
      { fullName: 'Kwame Asante', agency: 'Mersey Vale Police' },
      LONG_NAME,
      LONGEST,
    ],
  },
} as StrategyDiscussionRecord;
const report = validateRecord(record, { mode: 'final' });
// A local procedure whose id and name make the record line run to three lines at large print.
const LONG_PROFILE: MinutesProfile = {
  id: 'northshire-and-southshire-safeguarding-children-partnership-convening-a-strategy-meeting-within-two-working-days',
  name: 'Northshire and Southshire Safeguarding Children Partnership: strategy meetings',
};
const BODY_GAP = 0.5;

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

/** Every line pdftotext finds, page by page, top to bottom, with its box, and the document's subject. */
function linesAndSubject(pdf: Uint8Array): { pages: Box[][]; subject: string } {
  const xhtml = pdfTextBoxes(pdf);
  const subject = /<meta name="Subject" content="([^"]*)"/.exec(xhtml)?.[1] ?? '';
  const pages = xhtml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)]
        .map(([, xMin, yMin, xMax, yMax, words]) => ({
          text: [...(words ?? '').matchAll(/>([^<]*)<\/word>/g)].map((word) => word[1]).join(' '),
          xMin: Number(xMin),
          xMax: Number(xMax),
          yMin: Number(yMin),
          yMax: Number(yMax),
        }))
        .sort((a, b) => a.yMin - b.yMin),
    );
  return { pages, subject: unescapeXml(subject) };
}

const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Right-to-left runs read back in drawn order: compared as the set of their letters. */
const letters = (text: string) => [...squash(text)].sort().join('');

const PDF_ENGINES = RENDER_ENGINES.filter((engine) => engine.output.mediaType === 'application/pdf');
const CASES = [
  ...BUNDLED_TEMPLATE_IDS.map((id) => ({ label: `template ${id}`, template: id, profile: undefined })),
  { label: 'a long profile id at large print', template: 'northshire-large-print', profile: LONG_PROFILE },
];

describe.each(PDF_ENGINES)('per-recipient copies from $name', (engine) => {
  it.each(CASES)(
    'print the whole stamp, name and agency, on every page in the running header, above the body ($label)',
    async ({ template, profile }) => {
      const { copies } = await renderPerRecipient(record, {
        report,
        engine: engine.name,
        template: bundledTemplate(template)!,
        ...(profile === undefined ? {} : { profile }),
      });
      expect(copies.map((copy) => copy.file)).toEqual([
        '01-recipient.pdf',
        '02-kwame-asante.pdf',
        '03-kwame-asante.pdf',
        expect.stringMatching(/^04-bartholomew-featherstonehaugh-wojcik-[a-z-]+\.pdf$/),
        expect.stringMatching(/^05-wojcik-lukasiewicz-lukasiewicz-[a-z-]+\.pdf$/),
        'family-copy.pdf',
      ]);
      // Two recipients of the same name and agency get copies that tell them apart (a leak traces to one).
      expect(new Set(copies.map((copy) => copy.sha256)).size).toBe(copies.length);
      for (const copy of copies) {
        const { pages, subject } = linesAndSubject(copy.content as Uint8Array);
        const stamp =
          copy.audience === 'family'
            ? 'Copy for the family'
            : `Copy ${copy.copy} of 5 for ${copy.recipient}, ${copy.agency}`;
        expect(subject).toContain(`${stamp}.`);
        // The record line whole too: a long profile id must not lose its last line.
        const { recordLine } = toMinutes(record, {
          report,
          audience: copy.audience,
          template: bundledTemplate(template)!,
          ...(profile === undefined ? {} : { profile }),
        });
        for (const [index, lines] of pages.entries()) {
          const where = `${copy.file} page ${index + 1}`;
          const page = squash(lines.map((line) => unescapeXml(line.text)).join(''));
          // "DRAFT: not signed off" stands beside the record line (the long profile makes a DRAFT: the record names another).
          expect(page.replace('DRAFT:notsignedoff', ''), where).toContain(squash(recordLine));
          const header = headerWith(lines, stamp);
          expect(header, `${where}: the stamp "${stamp}" is not whole at the top`).toBeDefined();
          const collisions = header!.header.flatMap((a, i) =>
            header!.header
              .slice(i + 1)
              .filter((b) => overlap(a, b))
              .map((b) => [a.text, b.text]),
          );
          expect(collisions, where).toEqual([]);
          if (header!.next !== undefined)
            expect(header!.next.yMin + BODY_GAP, where).toBeGreaterThanOrEqual(
              Math.max(...header!.header.map((line) => line.yMax)),
            );
        }
      }
    },
    120_000,
  );
});

/** The header lines down to the one that ends the stamp, when the stamp is whole in them. */
function headerWith(lines: readonly Box[], stamp: string): { header: Box[]; next: Box | undefined } | undefined {
  const target = letters(stamp);
  for (let count = 1; count <= Math.min(lines.length, 12); count += 1) {
    const header = lines.slice(0, count);
    // The stamp is the last header line(s): find where it starts.
    for (let start = count - 1; start >= 0; start -= 1) {
      const text = letters(
        header
          .slice(start)
          .map((line) => unescapeXml(line.text))
          .join(''),
      );
      if (text === target) return { header, next: lines[count] };
      if (text.length > target.length) break;
    }
  }
  return undefined;
}
