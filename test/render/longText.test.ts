import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { launchChromiumPrinter, type ChromiumPrinter } from './support/chromiumPrinter.js';
import { pdfText, qpdfCheck, textContains } from './support/pdfTools.js';
import { recordWithActions } from './support/recordWithActions.js';
import { ENGINES, minutesOf, renderPdf } from './support/renderEngines.js';

const LONGEST = 20_000; // the schema's maxLength for free text

/** 20,000 characters: "tag0000 Łódź ok tag0001 Łódź ok …". */
function longText(tag: string): string {
  return Array.from({ length: LONGEST / 10 }, (_, index) => `${tag}${String(index).padStart(4, '0')} Łódź ok `)
    .join('')
    .slice(0, LONGEST)
    .trim();
}

/**
 * A record with text as long as the schema allows in a table cell that must not split (an action),
 * a table cell of another table, a label-and-value row, the decision box and a paragraph (in Urdu).
 */
function recordWithLongestText(): { record: StrategyDiscussionRecord; probes: string[] } {
  const record = recordWithActions(3);
  const urdu = 'یہ ایک طویل اردو جملہ ہے جو کئی لائنوں پر لپیٹا جائے گا '.repeat(400).slice(0, LONGEST).trim();
  record.actions = [{ ...record.actions![0]!, description: longText('action') }, ...record.actions!.slice(1)];
  record.otherChildren = { status: 'listed', children: [{ fullName: 'Natalia Żak', relationship: longText('cell') }] };
  record.plan = { ...record.plan, immediateSafetyDetails: longText('value') };
  record.decisions = [{ ...record.decisions![0]!, rationale: longText('reason') }, ...record.decisions!.slice(1)];
  record.concerns = { ...record.concerns, childVoice: urdu };
  const ends = (tag: string) => {
    const units = longText(tag).match(new RegExp(`${tag}\\d{4} Łódź ok`, 'g')) ?? [];
    return [units[0] ?? tag, units.at(-1) ?? tag];
  };
  return {
    record,
    probes: [
      ...ends('action'),
      ...ends('cell'),
      ...ends('value'),
      ...ends('reason'),
      'یہ ایک طویل اردو جملہ',
      'جائے گا یہ ایک',
    ],
  };
}

describe('the longest text the schema allows', () => {
  let printer: ChromiumPrinter;
  beforeAll(async () => {
    printer = await launchChromiumPrinter();
  });
  afterAll(async () => {
    await printer?.close();
  });

  it.each(ENGINES)(
    '%s renders all of it, from first word to last, across pages',
    async (engine) => {
      const { record, probes } = recordWithLongestText();
      const pdf = await renderPdf(engine, minutesOf(record, 'professionals'), printer);
      expect(qpdfCheck(pdf).ok).toBe(true);
      const text = `${pdfText(pdf)}\n${pdfText(pdf, undefined, 'stream')}`;
      expect(probes.filter((probe) => !textContains(text, probe))).toEqual([]);
    },
    120_000,
  );
});
