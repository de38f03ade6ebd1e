import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMinutes } from '@strategy-record/render';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { validateRecord } from '@strategy-record/validators';
import { exampleRecords, leafStrings } from '../render/support/exampleRecords.js';
import { pdfText } from '../render/support/pdfTools.js';
import { checkPdfUa, type PageStructureText, structureText } from '../support/pdfUaCheck.js';

// Issue 19's acceptance: the text of the structure tree read in order equals pdftotext's text of the
// same page, white space aside, for every example record (the professionals' minutes, the fuller).
//
// pdftotext is read in drawing order (-raw): its default reading order interleaves the lines of
// table cells that stand side by side, which no reading of the structure could match.
//
// Right-to-left text: a line holding right-to-left letters is drawn in visual order, and is a Span
// whose ActualText is the line in reading order, so the structure reads the record's text exactly;
// the first test checks each right-to-left run it reads against the record's own strings.
// pdftotext reads glyphs, not the structure (-raw: in drawing order), and gives those runs back
// otherwise, in two ways seen in the examples: the words of a run come in the order they are drawn
// ("عائشہ خان" prints "خان عائشہ"), and a ligature's letters, mapped to Unicode together, land out of
// place ("مريم" prints "يممر"). In the page comparison each run of right-to-left letters is
// therefore compared as the letters it holds; where it stands and all other text must match
// exactly. (Poppler 22.12 reverses an ActualText on marked content again, so the ActualText is on
// the Span element, which pdftotext ignores.)
const examples = [...exampleRecords('final'), ...exampleRecords('incomplete')];

const RIGHT_TO_LEFT_RUN = /(?:(?!\p{Nd})[\p{Script=Arabic}\p{Script=Hebrew}]|\p{Mn})+/gu;
const withoutSpace = (text: string): string => text.normalize('NFC').replace(/[\s\u202A-\u202E\u2066-\u2069]+/gu, '');
const comparable = (text: string): string => text.replace(RIGHT_TO_LEFT_RUN, (run) => [...run].sort().join(''));

/** The right-to-left runs the structure reads (white space aside) that no string of the record holds. */
function foreignRightToLeftRuns(pages: readonly PageStructureText[], record: unknown): string[] {
  const recordText = leafStrings(record).map(withoutSpace);
  const read = withoutSpace(pages.flatMap(({ structure }) => structure).join(''));
  return [...read.matchAll(RIGHT_TO_LEFT_RUN)]
    .map(([run]) => run)
    .filter((run) => !recordText.some((text) => text.includes(run)));
}

interface PageMismatch {
  readonly page: number;
  /** Where the two texts part, with a little context either side. */
  readonly structure: string;
  readonly pdftotext: string;
}

/** The pages whose structure text differs from pdftotext's text less its Artifacts' text. */
function mismatches(pdf: Uint8Array, pages: readonly PageStructureText[]): PageMismatch[] {
  const printed = pdfText(pdf, undefined, 'stream').split('\f');
  if (printed.at(-1)?.trim() === '') printed.pop();
  if (printed.length !== pages.length)
    return [{ page: 0, structure: `${pages.length} pages`, pdftotext: `${printed.length} pages` }];
  return pages.flatMap(({ structure, artifacts }, index) => {
    // pdftotext -raw keeps drawing order, so each Artifact is looked for after the one drawn before it
    // (a DRAFT watermark, drawn last, after the DRAFT status in the text).
    let expected = withoutSpace(printed[index] ?? '');
    let from = 0;
    for (const artifact of artifacts.map(withoutSpace)) {
      const at = expected.indexOf(artifact, from);
      if (at < 0) continue;
      expected = expected.slice(0, at) + expected.slice(at + artifact.length);
      from = at;
    }
    expected = comparable(expected);
    const actual = comparable(withoutSpace(structure.join('')));
    if (actual === expected) return [];
    let at = 0;
    while (actual[at] === expected[at]) at += 1;
    const around = (text: string) => text.slice(Math.max(0, at - 30), at + 50);
    return [{ page: index + 1, structure: around(actual), pdftotext: around(expected) }];
  });
}

function render(record: (typeof examples)[number][1]): Promise<Uint8Array> {
  return renderPdfmake(
    toMinutes(record, { audience: 'professionals', report: validateRecord(record, { mode: 'final' }) }),
  );
}

/** The PDF with the first two children of its Document structure element swapped (pikepdf). */
function swapFirstTwoElements(pdf: Uint8Array): Uint8Array {
  const directory = mkdtempSync(join(tmpdir(), 'pdfua-swap-'));
  try {
    const [input, output] = [join(directory, 'in.pdf'), join(directory, 'out.pdf')];
    writeFileSync(input, pdf);
    const script = [
      'import sys, pikepdf',
      'pdf = pikepdf.open(sys.argv[1])',
      'document = pdf.Root.StructTreeRoot.K[0]',
      'kids = document.K',
      'kids[0], kids[1] = kids[1], kids[0]',
      'pdf.save(sys.argv[2])',
    ].join('\n');
    const result = spawnSync('/usr/bin/python3', ['-c', script, input, output], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pikepdf failed: ${result.stderr}`);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('the structure tree reads as the page prints (pdfmake, tagged)', () => {
  it(`for every page of the ${examples.length} example records`, async () => {
    const pdfs: Uint8Array[] = [];
    for (const [, record] of examples) pdfs.push(await render(record));
    const texts = structureText(pdfs);
    const differing = Object.fromEntries(
      examples.flatMap(([file, record], index): [string, (PageMismatch | string)[] | 'no pages'][] => {
        const pages = texts[index] ?? [];
        const pdf = pdfs[index];
        if (pdf === undefined || pages.length === 0) return [[file, 'no pages']];
        const found = [...mismatches(pdf, pages), ...foreignRightToLeftRuns(pages, record)];
        return found.length > 0 ? [[file, found]] : [];
      }),
    );
    expect(differing).toEqual({});
  }, 240_000);

  it('reads what the record says where the page draws otherwise: Arabic names in reading order, a character no font has as itself', async () => {
    const [, preBirth] = examples.find(([file]) => file === 'pre-birth-unborn-baby.json') ?? [];
    if (preBirth === undefined) throw new Error('the pre-birth example is missing');
    // Miao and Yi letters: no bundled font draws them, so the page prints their code points.
    const name = 'Deborah \u{16956}\uA48B Whitfield';
    const withFallback = structuredClone(preBirth);
    const [attendee] = withFallback.attendees ?? [];
    if (attendee === undefined) throw new Error('the pre-birth example has no attendee');
    attendee.fullName = name;
    // Rendered after another record, as a service renders: fontkit's glyph cache then holds glyphs
    // made by shaping, which sharedPdfkitFonts.ts must map to letters.
    const [, joint] = examples.find(([file]) => file === 'joint-s47-physical-injury.json') ?? [];
    if (joint === undefined) throw new Error('the joint example is missing');
    await render(joint);
    const pdfs = [await render(preBirth), await render(withFallback)];
    const [arabic = '', fallback = ''] = structureText(pdfs).map((pages) =>
      withoutSpace(pages.flatMap(({ structure }) => structure).join('')),
    );
    for (const recordName of ['مريم الحسن', 'سعاد الحسن', 'كريم النجار', 'ياسمين النجار', 'عمر النجار'])
      expect(arabic).toContain(withoutSpace(recordName));
    expect(fallback).toContain(withoutSpace(name));
    // The glyphs map to letters, never to presentation forms: pdftotext read "الحسن" as "الحﺴن" (U+FEB4).
    expect(pdfText(pdfs[0] ?? new Uint8Array())).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/u);
    const printed = withoutSpace(pdfText(pdfs[1] ?? new Uint8Array()));
    expect(printed).toContain('Deborah[U+16956][U+A48B]Whitfield');
    expect(printed).not.toContain('\u{16956}');
    expect(checkPdfUa(pdfs)).toEqual([[], []]);
  }, 60_000);

  it('fails when two elements of the structure are read in the wrong order', async () => {
    const [first] = examples;
    if (first === undefined) throw new Error('no example records');
    const pdf = await render(first[1]);
    const [pages = []] = structureText([pdf]);
    expect(mismatches(pdf, pages)).toEqual([]);
    const swapped = swapFirstTwoElements(pdf);
    const [swappedPages = []] = structureText([swapped]);
    expect(mismatches(swapped, swappedPages).map(({ page }) => page)).toEqual([1]);
  }, 60_000);
});
