import { fieldIdFor, formatDateTime } from '@strategy-record/forms';
import { useFormSelector } from '@strategy-record/forms/react';
import type { ValidationReport } from '@strategy-record/validators';
import { focusQuestion } from '../focusQuestion.js';
import { profileName } from '../settings/profileChoices.js';

/**
 * The live validation report: final-mode validation of the record as it stands, after every change,
 * with each finding's rule id, severity and message, and the deadlines the profile gives.
 */
export function ValidationReportPanel({ profileId }: { readonly profileId: string }) {
  const report = useFormSelector((form) => form.finalReport(), 'finalReport', Object.is);
  const profile = report.profileId === undefined ? 'no profile' : profileName(report.profileId);
  return (
    // Focusable because it scrolls on its own beside the form: keyboard users can scroll it too.
    <aside className="report" aria-labelledby="report-heading" tabIndex={0}>
      <h2 id="report-heading">Validation report</h2>
      <p className={report.valid ? 'report-verdict valid' : 'report-verdict invalid'} data-testid="report-verdict">
        {verdict(report)}
      </p>
      <p className="report-profile">
        Timescales: {profile}
        {profileId === '' ? ' (named by the record, or the default)' : ' (chosen above)'}.
      </p>
      <h3>Deadlines</h3>
      {report.deadlines.length === 0 ? (
        <p>No deadline can be worked out yet: it needs the discussion's dates.</p>
      ) : (
        <table className="deadlines">
          <caption className="visually-hidden">Deadlines worked out from the record and the profile</caption>
          <thead>
            <tr>
              <th scope="col">Deadline</th>
              <th scope="col">Due by</th>
              <th scope="col">Recorded</th>
              <th scope="col">Met</th>
            </tr>
          </thead>
          <tbody>
            {report.deadlines.map((deadline) => (
              <tr key={`${deadline.key} ${deadline.pointer}`} data-deadline={deadline.key}>
                <th scope="row">{deadline.label}</th>
                <td>{formatDateTime(deadline.due)}</td>
                <td>{deadline.actual === undefined ? 'Not recorded' : formatDateTime(deadline.actual)}</td>
                <td>{deadline.met === undefined ? '–' : deadline.met ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Findings</h3>
      {report.findings.length === 0 ? (
        <p>No findings.</p>
      ) : (
        <ol className="findings">
          {report.findings.map((finding, position) => (
            <li
              key={`${finding.ruleId} ${finding.pointer} ${position}`}
              className={`finding ${finding.severity}`}
              data-rule-id={finding.ruleId}
            >
              <span className="finding-rule">{finding.ruleId}</span>{' '}
              <span className="finding-severity">{finding.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
              <a
                href={`#${fieldIdFor(finding.pointer)}`}
                onClick={(event) => {
                  if (focusQuestion(document, finding.pointer)) event.preventDefault();
                }}
              >
                {finding.message}
              </a>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

function verdict(report: ValidationReport): string {
  const errors = `${report.errorCount} error${report.errorCount === 1 ? '' : 's'}`;
  const warnings = `${report.warningCount} warning${report.warningCount === 1 ? '' : 's'}`;
  return report.valid ? `Ready to sign off (${warnings}).` : `Not ready to sign off: ${errors}, ${warnings}.`;
}
