import type { MinutesTemplateDocument } from '@strategy-record/schemas/core';
import { fromBase64 } from '../fonts/fromBase64.js';
import { bundledTemplateSources } from './bundledTemplates.generated.js';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID, type MinutesTemplate } from './MinutesTemplate.js';
import { parseTemplateDocument } from './parseTemplateDocument.js';

const resolved = new Map<string, MinutesTemplate>();
const resolving = new Set<string>();

/** The ids of the bundled example templates, in alphabetical order. */
export const BUNDLED_TEMPLATE_IDS: readonly string[] = Object.keys(bundledTemplateSources).sort();

/**
 * A bundled example template (schemas/templates/), parsed and resolved once and shared; undefined
 * for an id that is not bundled. Its logo's bytes come with the package: nothing is read from disk.
 */
export function bundledTemplate(id: string): MinutesTemplate | undefined {
  if (!Object.hasOwn(bundledTemplateSources, id) || resolving.has(id)) return undefined;
  let template = resolved.get(id);
  if (template === undefined) {
    const source = bundledTemplateSources[id];
    if (source === undefined) return undefined;
    resolving.add(id);
    const logo = source.logoBase64 === undefined ? {} : { logo: fromBase64(source.logoBase64) };
    const result = parseTemplateDocument(source.document, logo, bundledTemplate);
    resolving.delete(id);
    // The tests parse every bundled template; one that fails is a bug in this package.
    if (!result.ok) throw new Error(`bundled template ${id}: ${result.error.message}`);
    template = result.template;
    resolved.set(id, template);
  }
  return template;
}

/**
 * The document of "default" or of a bundled template, as an authority would start from it: a copy of
 * what schemas/templates/ holds, less its `$schema` (a file path beside that folder), or the default
 * minutes' sections written out. Undefined for any other id. A document that names a logo is usable
 * with the logo's bytes; one that `extends` the bundled template instead inherits its logo.
 */
export function templateDocument(id: string): MinutesTemplateDocument | undefined {
  if (id === DEFAULT_TEMPLATE_ID)
    return {
      id,
      name: DEFAULT_TEMPLATE.name,
      sections: DEFAULT_TEMPLATE.sections.map((section) => ({ id: section.id, heading: section.heading })),
    };
  if (!Object.hasOwn(bundledTemplateSources, id)) return undefined;
  const { $schema: _path, ...document } = structuredClone(
    bundledTemplateSources[id]?.document,
  ) as MinutesTemplateDocument;
  return document;
}
