import { bundledTemplateSources } from './bundledTemplates.generated.js';
import type { MinutesTemplate } from './MinutesTemplate.js';
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

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
