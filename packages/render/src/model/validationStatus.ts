import type { ValidationReport } from '@strategy-record/validators';
import type { MinutesStatus } from './MinutesDocument.js';

/**
 * The status printed on every page. Only a `final` report with no errors makes the minutes FINAL:
 * a draft report, or a final one with errors, always gives DRAFT.
 */
export function validationStatus(report: ValidationReport): MinutesStatus {
  const final = report.mode === 'final' && report.valid === true && report.errorCount === 0;
  const counts = { errorCount: report.errorCount, warningCount: report.warningCount };
  if (final) {
    return {
      final,
      label: 'FINAL',
      explanation:
        report.warningCount === 0
          ? 'Passed the final checks.'
          : `Passed the final checks (${plural(report.warningCount, 'warning')}).`,
      ...counts,
    };
  }
  return {
    final,
    label: 'DRAFT',
    explanation:
      report.mode === 'final'
        ? `Draft: ${plural(report.errorCount, 'problem')} must be fixed before the chair can sign off.`
        : 'Draft: not yet checked for completeness.',
    ...counts,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
