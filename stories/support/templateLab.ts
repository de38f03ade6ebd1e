import { bundledTemplate, DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID, type TemplateResult } from '@strategy-record/render';
import type { EngineName } from '@strategy-record/render/engines';
import type { MinutesSectionId } from '@strategy-record/schemas/core';
import {
  checkDraft,
  draftSections,
  newDraft,
  type TemplateDraft,
  withAccentColour,
  withNotice,
  withOrganisationName,
  withSectionOrder,
} from '../../apps/playground/src/template/templateDraft.js';
import type { MinutesStoryArgs } from './minutesStory.js';

/**
 * The controls of a template story: a template to start from, the edits made over it, and the
 * record, audience and engine it is drawn with. An empty text, or no font size, keeps what the
 * template starting point has.
 */
export interface TemplateStoryArgs extends MinutesStoryArgs {
  /** "default" (the toolkit's own minutes) or a bundled template's id. */
  readonly template: string;
  readonly engine: EngineName;
  readonly organisationName: string;
  readonly professionalsNotice: string;
  readonly familyNotice: string;
  /** `#rrggbb`. */
  readonly accentColour: string;
  /** Section ids separated by commas, in the order the minutes print them. */
  readonly sectionOrder: string;
  readonly baseFontSize?: number;
}

/** The edits a template story starts with: none, so the minutes are the template's own. */
export const NO_EDITS = {
  organisationName: '',
  professionalsNotice: '',
  familyNotice: '',
  accentColour: '',
  sectionOrder: '',
} as const;

/** A section order as the section-order control writes it. */
export function sectionOrderText(ids: readonly string[]): string {
  return ids.join(', ');
}

/**
 * The template the controls describe, made with the playground's own template editing (a new
 * template over the chosen one, then each edit), and checked by `parseTemplate` as the playground
 * and the command line check it: a colour below contrast, an unknown or dropped required section,
 * or a font size out of range is refused with the message they give.
 */
export function labTemplate(args: TemplateStoryArgs): {
  readonly draft: TemplateDraft;
  readonly checked: TemplateResult;
} {
  let draft = newDraft(args.template);
  draft = withOrganisationName(draft, args.organisationName.trim());
  draft = withNotice(draft, 'professionals', args.professionalsNotice.trim());
  draft = withNotice(draft, 'family', args.familyNotice.trim());
  if (args.accentColour.trim() !== '') draft = withAccentColour(draft, args.accentColour.trim());
  const ids = args.sectionOrder
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length > 0) {
    // Each section keeps the heading and introduction its template gives it; an id the template does
    // not list comes in with the toolkit's heading, and one that is no section is left for
    // parseTemplate to name.
    const start = args.template === DEFAULT_TEMPLATE_ID ? DEFAULT_TEMPLATE : bundledTemplate(args.template);
    const known = draftSections(draft, start ?? DEFAULT_TEMPLATE);
    draft = withSectionOrder(
      draft,
      ids.map((id) => known.find((section) => section.id === id) ?? { id: id as MinutesSectionId }),
    );
  }
  if (args.baseFontSize !== undefined)
    draft = {
      ...draft,
      document: { ...draft.document, style: { ...draft.document.style, baseFontSize: args.baseFontSize } },
    };
  return { draft, checked: checkDraft(draft) };
}
