import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A violation set aside because it is known and reported elsewhere: one rule, on the elements a selector matches. */
export interface KnownIssue {
  readonly rule: string;
  readonly selector: string;
}

/**
 * axe-core's violations on the page as it is now, one line each ("rule: element, element").
 *
 * axe is evaluated through the DevTools protocol rather than added as a `<script>` element: the
 * page's policy (`script-src 'self'`) rightly refuses an inline script, and the test must not loosen
 * the policy to get its tool in. Every rule runs, colour contrast included (this is a real browser).
 * Frames are not entered: each document is checked on its own.
 */
export async function axeViolations(target: Page | Frame, knownIssues: readonly KnownIssue[] = []): Promise<string[]> {
  await target.evaluate(await axeSource);
  return target.evaluate(async (known) => {
    interface AxeNode {
      readonly target: readonly string[];
    }
    interface AxeResult {
      readonly violations: readonly { readonly id: string; readonly nodes: readonly AxeNode[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], iframes: false });
    const isKnown = (rule: string, node: AxeNode) =>
      known.some(
        (issue) =>
          issue.rule === rule &&
          node.target.length === 1 &&
          document.querySelector(node.target[0]!)?.matches(issue.selector) === true,
      );
    return result.violations
      .map((violation) => ({ id: violation.id, nodes: violation.nodes.filter((node) => !isKnown(violation.id, node)) }))
      .filter((violation) => violation.nodes.length > 0)
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, known(knownIssues));
}

function known(issues: readonly KnownIssue[]): KnownIssue[] {
  return issues.map(({ rule, selector }) => ({ rule, selector }));
}
