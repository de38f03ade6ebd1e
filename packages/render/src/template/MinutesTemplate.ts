import { RECORD_SECTIONS, type MinutesSectionId } from '@strategy-record/schemas/core';
import type { Audience } from '../model/MinutesDocument.js';
import type { ImageInfo } from './imageInfo.js';

/** A template's logo, checked: its bytes, kind and size, and the text that stands for it. */
export interface TemplateLogo extends ImageInfo {
  readonly bytes: Uint8Array;
  readonly alt: string;
}

/** One section as a template shows it. */
export interface TemplateSection {
  readonly id: MinutesSectionId;
  readonly heading: string;
  readonly introduction?: string;
}

/**
 * A minutes template, checked and resolved (what it extends already applied): what `toMinutes`
 * takes as its `template` option. Made only by `parseTemplate` (or {@link DEFAULT_TEMPLATE}), so
 * every value in it has been checked: lengths, the contrast of the accent colour, the logo's bytes,
 * and the sections the record rules require.
 */
export interface MinutesTemplate {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly organisationName?: string;
  readonly logo?: TemplateLogo;
  readonly addressLines: readonly string[];
  readonly contactLines: readonly string[];
  readonly caseReferenceLabel?: string;
  readonly notices: Readonly<Partial<Record<Audience, string>>>;
  readonly cover?: { readonly heading?: string; readonly text: string };
  readonly closingStatement?: string;
  readonly signatureBlock?: { readonly heading?: string; readonly lines: readonly string[] };
  /** Every section the minutes show, in order (the professionals-only timescales section is dropped from the family copy). */
  readonly sections: readonly TemplateSection[];
  /** Default label → label to print. */
  readonly labels: ReadonlyMap<string, string>;
  readonly accentColour?: string;
  readonly baseFontSize?: number;
}

/** The id `extends` names to start from the toolkit's own minutes. */
export const DEFAULT_TEMPLATE_ID = 'default';

/**
 * The toolkit's own minutes as a template: every section in the order and with the headings of the
 * one section list, no identity and no notices. Minutes made with it are the minutes made without a
 * template.
 */
export const DEFAULT_TEMPLATE: MinutesTemplate = {
  id: DEFAULT_TEMPLATE_ID,
  name: 'The toolkit’s default minutes',
  addressLines: [],
  contactLines: [],
  notices: {},
  sections: RECORD_SECTIONS.filter((section) => section.id !== 'record').map((section) => ({
    id: section.id as MinutesSectionId,
    heading: section.title,
  })),
  labels: new Map(),
};
