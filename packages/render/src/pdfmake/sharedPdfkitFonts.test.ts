import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import { expect, it } from 'vitest';
import { coverageFor } from '../fonts/GlyphCoverage.js';
import { loadPackageFonts } from '../fonts/loadPackageFonts.js';
import { toMinutes } from '../model/toMinutes.js';
import { renderPdfmake } from './renderPdfmake.js';

const record = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../schemas/examples/final/pre-birth-unborn-baby.json'), 'utf8'),
) as StrategyDiscussionRecord;

// Seed 1 of test/pdfua/generatedRecords.test.ts, record 94: DejaVu Sans draws "Ȁ" from "A" and an
// accent glyph (Doublegrave); the subset of the document holding it decoded that composite and made
// both glyphs without characters, fontkit kept them, and a later document's "A" + U+030F got them
// back text-less: empty ToUnicode entries (PDF/UA 10-001), only after that earlier document.
it('keeps the characters of glyphs an earlier document decoded as parts of a composite glyph', async () => {
  const fonts = await loadPackageFonts();
  const named = { ...record, attendees: record.attendees?.map((attendee) => ({ ...attendee, fullName: 'Ȁnne Ȅve' })) };
  await renderPdfmake(
    toMinutes(named, { audience: 'professionals', report: validateRecord(named, { mode: 'final' }) }),
    {
      fonts,
    },
  );
  const font = (await coverageFor(fonts)).font('latin', false);
  // fontkit's types leave out the glyph's name and characters, which it has.
  const glyphs = (font?.layout('A\u030F').glyphs ?? []) as unknown as { name: string; codePoints: number[] }[];
  const shaped = glyphs.map((glyph) => [glyph.name, glyph.codePoints]);
  expect(shaped).toEqual([
    ['A', [0x41]],
    ['Doublegrave', [0x30f]],
  ]);
});
