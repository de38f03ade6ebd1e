import schema from '../record.schema.json' with { type: 'json' };

/**
 * The record schema (JSON Schema draft 2020-12) as an object: the single source of truth for the
 * record's shape, its field labels (`title`) and hints (`description`), and the completeness
 * conditions (`required`, `if`/`then`) that final validation enforces.
 *
 * Annotations a consumer can rely on: `x-enumTitles` maps each enum value to a plain-English label;
 * `x-rule` names the rule id a missing or invalid field is reported under.
 */
export const recordSchema = schema;
