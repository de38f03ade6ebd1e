import {
  formatLondonDate,
  formatLondonInstant,
  SECTIONS,
  type Finding,
  type ValidationReport,
} from '@strategy-record/validators';

const SECTION_TITLES = new Map<string, string>(SECTIONS);

/**
 * The human report for one record: a verdict line, then findings grouped by section, each with its
 * rule id, field pointer and message; then the computed deadlines beside the actual dates. Pure, so
 * it is tested without running the command.
 */
export function formatTextReport(name: string, report: ValidationReport): string {
  const lines = [`${name}: ${verdict(report)}`];
  let section: string | undefined;
  for (const finding of report.findings) {
    if (finding.section !== section) {
      section = finding.section;
      lines.push(`  ${SECTION_TITLES.get(section) ?? section}`);
    }
    lines.push(formatFinding(finding));
  }
  if (report.deadlines.length > 0) {
    lines.push('  Deadlines');
    for (const deadline of report.deadlines) {
      const actual = deadline.actual === undefined ? 'not yet recorded' : `actual ${inLondon(deadline.actual)}`;
      const state = deadline.met === undefined ? '' : deadline.met ? ' (met)' : ' (MISSED)';
      lines.push(`    ${deadline.label}: due ${inLondon(deadline.due)}; ${actual}${state}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A date or an instant in words, in London time: "Tuesday 10 February 2026" or "13:30 on Tuesday 10 February 2026". */
function inLondon(value: string): string {
  return value.length === 10 ? formatLondonDate(value) : formatLondonInstant(value);
}

function verdict(report: ValidationReport): string {
  const counts = `${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}`;
  const profile = report.profileId === undefined ? '' : `, profile ${report.profileId}`;
  if (report.mode === 'final') {
    return report.valid
      ? `VALID: complete enough to sign off (final mode${profile}); ${counts}`
      : `INVALID: cannot be signed off (final mode${profile}); ${counts}`;
  }
  return report.valid
    ? `VALID draft (draft mode${profile}); ${counts}`
    : `INVALID draft (draft mode${profile}); ${counts}`;
}

function formatFinding(finding: Finding): string {
  const field = finding.pointer === '' ? '(whole record)' : finding.pointer;
  return `    ${finding.severity.padEnd(7)} ${finding.ruleId.padEnd(16)} ${field}\n${' '.repeat(29)}${finding.message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
