import type { Page } from 'playwright-core';

/** A Content-Security-Policy violation as the page's `securitypolicyviolation` event reports it. */
interface CspViolation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sourceFile: string;
}

/** What went wrong on a page while a test used it. */
export interface PageProblems {
  /** Console errors, uncaught exceptions, failed and refused requests, in words. */
  readonly errors: string[];
  readonly violations: CspViolation[];
}

/**
 * Starts recording a page's problems: every console error, uncaught exception, failed request, HTTP
 * error response and CSP violation, from the first document on. The violation listener is an init
 * script, which Chromium runs outside the page's policy; nothing here loosens the policy itself
 * (the context never sets `bypassCSP`).
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], violations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A download started by a link is reported as an aborted request; it is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
    problems.violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (violation: CspViolation) => void }).__reportCspViolation({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
      });
    });
  });
  return problems;
}
