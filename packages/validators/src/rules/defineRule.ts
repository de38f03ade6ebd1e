import { ruleCatalogue, type RuleId } from '../ruleCatalogue.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

/** A rule whose id, severity, section, source and summary come from the catalogue, so they cannot drift. */
export function defineRule(id: RuleId, check: (context: RuleContext) => readonly RuleHit[], options: Pick<Rule, 'modes'> = {}): Rule {
  const { severity, section, source, summary } = ruleCatalogue[id];
  return Object.freeze({ id, severity, section, source, summary, check, ...options });
}
