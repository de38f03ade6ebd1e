/* eslint-disable */
/**
 * Generated from schemas/template.schema.json by schemas/scripts/generate-types.mjs.
 * Do not edit: change the schema and run `npm run generate`.
 * CI fails when this file differs from what the schema generates.
 */
import type {RecordSectionId} from './sections.js';

/** A section the minutes can show: every section of the record but `record`. */
export type MinutesSectionId = Exclude<RecordSectionId, 'record'>;

/**
 * @maxItems 6
 */
export type Lines = string[];

/**
 * How a local authority's minutes of a strategy discussion look: its name, logo, address and contact lines, the notices it prints for each audience, the order and headings of the sections, its own field labels, an accent colour and the base type size. Data only: a template never holds markup, code or a URL, and it can neither drop a section the record rules require nor change the OFFICIAL-SENSITIVE marking or the DRAFT status. Anything a template leaves out comes from the template it extends (the toolkit's default unless it names another).
 */
export interface MinutesTemplateDocument {
  /**
   * The schema this document follows (optional; editors use it for completion).
   */
  $schema?: string;
  /**
   * Stable id of the template, given on the command line (--template), for example "northshire".
   */
  id: string;
  /**
   * What the template is called in lists, for example "Northshire County Council minutes".
   */
  name: string;
  /**
   * A sentence or two for an admin choosing a template.
   */
  description?: string;
  /**
   * The template this one starts from: "default" (the toolkit's own minutes) or a bundled template's id. Every field this template sets replaces that template's.
   */
  extends?: string;
  /**
   * Who the minutes belong to: printed at the top of the first page.
   */
  identity?: {
    /**
     * The local authority's name, for example "Northshire County Council".
     */
    organisationName?: string;
    /**
     * A PNG or JPEG image of at most 2 MB, never a URL. The command line reads it from a path relative to the template file; the library is given its bytes.
     */
    logo?: {
      /**
       * The image file, relative to the template file, for example "northshire-logo.png".
       */
      path: string;
      /**
       * What the logo shows, for a reader who cannot see it, for example "Northshire County Council crest".
       */
      alt: string;
    };
    addressLines?: Lines;
    contactLines?: Lines;
    /**
     * What the authority calls the record's reference, for example "LCS ref". Printed with the record id on every page.
     */
    caseReferenceLabel?: string;
  };
  /**
   * The confidentiality or no-onward-sharing notice printed on the first page of each audience's copy. The family copy prints only its own notice.
   */
  notices?: {
    professionals?: string;
    family?: string;
  };
  /**
   * An optional block under the notice on the first page of both copies, for example who to contact about the minutes.
   */
  cover?: {
    heading?: string;
    text: string;
  };
  /**
   * Printed after the last section of both copies.
   */
  closingStatement?: string;
  /**
   * Lines to sign on a printed copy, after the closing statement, for example "Chair" and "Date".
   */
  signatureBlock?: {
    heading?: string;
    /**
     * What each line is for; each is printed with a space to sign or write.
     *
     * @minItems 1
     * @maxItems 8
     */
    lines: string[];
  };
  /**
   * The sections the minutes show, in this order and numbered in this order. A section left out is not shown, except that the sections the record rules require (attendees, children, decisions, actions, the family-sharing decision, sign-off and circulation) can never be left out. The timescales and validation section is only ever in the professionals' copy.
   *
   * @minItems 1
   * @maxItems 20
   */
  sections?: TemplateSection[];
  /**
   * Field labels of the minutes to print differently: each key is a label as the default minutes print it ("Due by", "Local authority"), each value the label to print instead.
   */
  labels?: {
    [k: string]: string | undefined;
  };
  style?: {
    /**
     * The colour of the organisation's name, the headings and the rule under the letterhead, as #rrggbb. It must reach the WCAG AA contrast of 4.5:1 against white, for text in it and for white text on it.
     */
    accentColour?: string;
    /**
     * The size of body text in points; every other size of the minutes scales with it. Between 9 and 12 (the default is 9).
     */
    baseFontSize?: number;
  };
}
export interface TemplateSection {
  /**
   * The section's id, one of the record's sections (see docs/templates.md), for example "decisions".
   */
  id: MinutesSectionId;
  /**
   * The heading to print instead of the default; the number is added before it.
   */
  heading?: string;
  /**
   * A paragraph printed under the heading, before the section's content.
   */
  introduction?: string;
}
