import type { SectionId, Severity } from '../findings.js';
import { ruleCatalogue, type RuleId } from '../ruleCatalogue.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

/** What a rule outside the catalogue must say about itself: a local authority's own check, say. */
export interface CustomRuleMetadata {
  /** Your own stable id; must not be one of the catalogue's ids (e.g. `NORTHSHIRE-1`). */
  readonly id: string;
  readonly severity: Severity;
  readonly section: SectionId;
  /** The procedure or policy that requires it. */
  readonly source: string;
  /** One sentence saying what it requires; it ends every message of the rule. */
  readonly summary: string;
}

/**
 * A rule: a catalogue id (whose severity, section, source and summary come from the catalogue, so
 * they cannot drift), or your own metadata for a rule of your own, and a small predicate.
 *
 * ```ts
 * const noAgencyAcronyms = defineRule(
 *   { id: 'NORTHSHIRE-1', severity: 'warning', section: 'attendees', source: 'Northshire recording standards', summary: 'Write agency names in full.' },
 *   ({ record }) => (record.attendees ?? []).flatMap((a, i) => (/^[A-Z]{2,5}$/.test(a.agency?.name ?? '') ? [{ pointer: `/attendees/${i}/agency/name`, message: `${a.agency!.name} is an acronym.` }] : [])),
 * );
 * validateRecord(record, { mode: 'final', rules: [noAgencyAcronyms] });
 * ```
 */
export function defineRule(
  id: RuleId | CustomRuleMetadata,
  check: (context: RuleContext) => readonly RuleHit[],
  options: Pick<Rule, 'modes'> = {},
): Rule {
  if (typeof id === 'string') {
    if (!Object.hasOwn(ruleCatalogue, id))
      throw new TypeError(
        `defineRule: ${JSON.stringify(id)} is not a catalogue rule id; pass your own metadata for a rule of your own`,
      );
    const { severity, section, source, summary } = ruleCatalogue[id];
    return Object.freeze({ id, severity, section, source, summary, check, ...options });
  }
  if (Object.hasOwn(ruleCatalogue, id.id))
    throw new TypeError(`defineRule: ${id.id} is a catalogue rule id; choose an id of your own`);
  const { severity, section, source, summary } = id;
  return Object.freeze({ id: id.id, severity, section, source, summary, check, ...options });
}
