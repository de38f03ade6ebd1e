import { bundledTemplate } from './bundledTemplates.js';
import { parseTemplateDocument, type ParseTemplateOptions, type TemplateResult } from './parseTemplateDocument.js';

/**
 * Checks a minutes template and resolves it over the template it extends ("default", a bundled
 * template's id, or `options.parent`). Takes the document parsed (an object) or as JSON text. Lives
 * in `@strategy-record/render` beside `toMinutes`, its only consumer, and like it does no I/O: a
 * browser and a backend use it alike, given the logo's bytes (`options.logo`).
 *
 * Never throws on any input. A bad template gives `{ ok: false, error }` whose message names each
 * field at fault: the JSON Schema's checks (`/identity/logo/alt is required`), then what a schema
 * cannot say: a section the record rules require that the list leaves out, a section named twice or
 * unknown, an accent colour below the WCAG AA contrast of 4.5:1, a logo that is not a whole PNG or
 * JPEG or is too large, and an `extends` that names no known template.
 */
export function parseTemplate(input: unknown, options: ParseTemplateOptions = {}): TemplateResult {
  return parseTemplateDocument(input, options, bundledTemplate);
}
