import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { toMinutes } from '@strategy-record/render';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import { validateRecord } from '@strategy-record/validators';
import { checkPdfUa } from '../support/pdfUaCheck.js';
import { exampleRecords } from './support/exampleRecords.js';
import { pdfStructureOutline, pdfText, textContains } from './support/pdfTools.js';

// A field with several values (the categories of harm) is a bulleted list in both PDF engines, and
// in pdfmake's tagged PDF an L > LI > Lbl + LBody inside the value's table cell. The draft's own
// categories, written by hand, are long enough to wrap beside the bullet, and one is in Urdu: each
// item goes through the engines' own line breaking like any other text.
const [, looked] = exampleRecords('final').find(([file]) => file === 'looked-after-child-on-child.json') ?? [];
if (looked === undefined) throw new Error('the looked-after example is missing');
const ITEMS = [
  'Sexual abuse',
  'Child-on-child abuse',
  'Pressure to share images, written here by hand at such length that it must wrap onto another line beside its bullet',
  'جنسی استحصال کی دھمکیاں',
];
const record = {
  ...looked,
  concerns: { ...looked.concerns, categories: ['sexual', 'child-on-child', ITEMS[2], ITEMS[3]] },
} as StrategyDiscussionRecord;
const minutes = toMinutes(record, { audience: 'professionals', report: validateRecord(record, { mode: 'draft' }) });

/**
 * What each Lbl and LBody of a tagged PDF draws, in structure order: "fill" for a filled shape, "text"
 * for shown text (read with pikepdf from the marked-content sequences their MCIDs name).
 */
function listPartsDrawn(pdf: Uint8Array): [string, string[]][] {
  const directory = mkdtempSync(join(tmpdir(), 'lists-'));
  try {
    const path = join(directory, 'minutes.pdf');
    writeFileSync(path, pdf);
    const result = spawnSync('/usr/bin/python3', ['-c', LIST_PARTS, path], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`reading the list parts failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as [string, string[]][];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const LIST_PARTS = `
import json, sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
page_of = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
drawn = {}
for index, page in enumerate(pdf.pages):
    open_ids, path = [], False
    for operands, operator in pikepdf.parse_content_stream(page):
        operator = str(operator)
        if operator in ('BDC', 'BMC'):
            props = operands[1] if operator == 'BDC' else None
            open_ids.append(int(props.MCID) if isinstance(props, pikepdf.Dictionary) and '/MCID' in props else None)
        elif operator == 'EMC':
            open_ids.pop()
        elif operator in ('m', 'l', 'c', 'v', 'y', 're'):
            path = True
        elif open_ids and open_ids[-1] is not None:
            # pdfmake calls fill() with no path before each line of text, to set its colour: not a shape.
            kind = {'f': 'fill' if path else None, 'Tj': 'text', 'TJ': 'text'}.get(operator)
            if kind:
                drawn.setdefault((index, open_ids[-1]), set()).add(kind)
        if operator in ('f', 'S', 's', 'B', 'b', 'n', 'f*', 'B*', 'b*'):
            path = False
def kids(element):
    k = element.get('/K')
    return list(k) if isinstance(k, pikepdf.Array) else [] if k is None else [k]
def drawn_below(element):
    # What the element's own marked content draws, and its Spans' (a right-to-left line is one).
    seen = set()
    for kid in kids(element):
        if isinstance(kid, int):
            seen |= drawn.get((page_of[element.Pg.objgen], kid), set())
        elif isinstance(kid, pikepdf.Dictionary) and '/MCID' in kid:
            seen |= drawn.get((page_of[kid.Pg.objgen], int(kid.MCID)), set())
        elif isinstance(kid, pikepdf.Dictionary) and '/S' in kid:
            seen |= drawn_below(kid)
    return seen
parts = []
def walk(element):
    if not isinstance(element, pikepdf.Dictionary):
        return
    kind = str(element.get('/S', '/'))[1:]
    if kind in ('Lbl', 'LBody'):
        parts.append([kind, sorted(drawn_below(element))])
    for kid in kids(element):
        walk(kid)
walk(pdf.Root.StructTreeRoot)
print(json.dumps(parts))
`;

describe('a field with several values drawn as a list', () => {
  it('pdfmake tags it L > LI > Lbl (the disc) + LBody (the text) in its table cell, passes the PDF/UA check and reads back item by item', async () => {
    const pdf = await renderPdfmake(minutes);
    const outline = pdfStructureOutline(pdf).split('\n');
    const start = outline.findIndex((line) => line.trim() === 'L (block):');
    const indent = (outline[start] ?? '').indexOf('L');
    expect(outline[start - 1]?.trimEnd()).toBe(`${' '.repeat(indent - 2)}TD`);
    expect(outline.slice(start, start + 2 + 3 * ITEMS.length).map((line) => line.slice(indent))).toEqual([
      'L (block):',
      '   /ListNumbering /Disc',
      ...ITEMS.flatMap(() => ['  LI (block)', '    Lbl (block)', '    LBody (block)']),
    ]);
    expect(outline.filter((line) => line.trim() === 'L (block):')).toHaveLength(1);
    expect(listPartsDrawn(pdf)).toEqual(
      ITEMS.flatMap(() => [
        ['Lbl', ['fill']],
        ['LBody', ['text']],
      ]),
    );
    expect(checkPdfUa([pdf])).toEqual([[]]);
    const text = pdfText(pdf);
    expect(ITEMS.filter((item) => !textContains(text, item))).toEqual([]);
    // The discs are drawn, not written: each item reads back as it is, ending a line (the first beside its label).
    const lines = pdfText(pdf, undefined, 'stream').split('\n');
    expect(ITEMS.slice(0, 2).map((item) => lines.filter((line) => line.trim().endsWith(item)).length)).toEqual([1, 1]);
  });

  it('react-pdf draws a bullet before each item, which reads back item by item', async () => {
    const text = pdfText(await renderReactPdf(minutes));
    expect(ITEMS.filter((item) => !textContains(text, item))).toEqual([]);
    const lines = text.split('\n').map((line) => line.trim());
    expect(ITEMS.slice(0, 2).map((item) => lines.filter((line) => line.endsWith(`• ${item}`)).length)).toEqual([1, 1]);
  });
});
