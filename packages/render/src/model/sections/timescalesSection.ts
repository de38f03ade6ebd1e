import { recordSection } from '@strategy-record/schemas/core';
import { blocks, column, notice, subheading, table } from '../blocks.js';
import { formatDateOrDateTime } from '../formatDates.js';
import { enumLabel } from '../labels.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asList, asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';

/** Timescales and validation (professionals only): computed deadlines, missed timescales, findings. */
export function timescalesSection({ record, report }: SectionContext): MinutesBlock[] {
  const exceptions = asList(record.timescaleExceptions).filter((item) => asObject(item) !== undefined);
  return blocks(
    subheading('Deadlines'),
    table(
      'deadlines',
      'Deadlines',
      [column('Timescale', 3), column('Due', 3), column('Actual', 3), column('Met', 1)],
      report.deadlines.map((deadline) => [
        deadline.label,
        formatDateOrDateTime(deadline.due),
        formatDateOrDateTime(deadline.actual),
        deadline.met === undefined ? '' : deadline.met ? 'Yes' : 'No',
      ]),
      'No deadlines were computed for this record.',
    ),
    subheading('Missed timescales'),
    table(
      'timescale-exceptions',
      'Missed timescales',
      [column('Timescale', 2), column('Why it was missed', 3), column('Escalation', 3)],
      exceptions.map((item) => [
        enumLabel('timescaleException', 'timescale', item.timescale),
        item.reason,
        item.escalation,
      ]),
      'No missed timescales recorded.',
    ),
    subheading(`Validation (${report.mode === 'final' ? 'final' : 'draft'} checks)`),
    report.findings.length === 0
      ? notice('No problems found.')
      : table(
          'findings',
          'Validation findings',
          [column('Rule', 1.6), column('Severity', 1.4), column('Part of the record', 2.4), column('Problem', 6)],
          report.findings.map((finding) => [
            finding.ruleId,
            finding.severity === 'error' ? 'Error' : 'Warning',
            recordSection(finding.section)?.title ?? finding.section,
            finding.message,
          ]),
          'No problems found.',
        ),
  );
}
