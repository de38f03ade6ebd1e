import type { MinutesSectionId } from '@strategy-record/schemas/core';
/**
 * The minutes of a strategy discussion as a renderer-neutral document: what every back end draws.
 *
 * Every string in it is display text, already formatted (dates in Europe/London, enum values as their
 * plain-English labels) and already restricted to its audience, so a back end never decides what to
 * show: it only decides how.
 */

/** Who a copy of the minutes is for. */
export type Audience = 'professionals' | 'family';

/** The handling marking printed at the top and bottom of every page. */
export const SECURITY_MARKING = 'OFFICIAL-SENSITIVE';

export interface MinutesDocument {
  readonly audience: Audience;
  /** Always {@link SECURITY_MARKING}. */
  readonly marking: typeof SECURITY_MARKING;
  readonly metadata: MinutesMetadata;
  readonly status: MinutesStatus;
  /** Large title on the first page, e.g. "Strategy meeting: minutes". */
  readonly title: string;
  /** Who this copy is for, e.g. "Copy for the family". */
  readonly audienceLabel: string;
  /** Printed on every page: record id, version and profile. */
  readonly recordLine: string;
  /**
   * Whose copy this is ("Copy for Mark Holden, Northshire Constabulary"), printed on every page under
   * the record line; only in per-recipient copies (`copyFor` in `@strategy-record/render/recipients`).
   */
  readonly copyFor?: string;
  /** Short facts under the title (date, local authority, chair, status). */
  readonly summary: readonly KeyValue[];
  /** The outcome for each child, repeated prominently before the sections. */
  readonly decisionsAtAGlance: readonly KeyValue[];
  /** Notices every reader must see first (e.g. characters an engine could not draw). */
  readonly notices: readonly string[];
  readonly sections: readonly MinutesSection[];
  /**
   * The parts a minutes template adds, each present only when the template sets it, so minutes made
   * without a template (or with the default one) are exactly the toolkit's own. Drawn in this order:
   * letterhead, then the title, audience and status, the audience's notice, the cover block, the
   * summary and the sections; the closing statement and signature block after the last section.
   */
  readonly letterhead?: Letterhead;
  /** The template's confidentiality or onward-sharing notice for this copy's audience only. */
  readonly audienceNotice?: string;
  readonly cover?: { readonly heading?: string; readonly text: string };
  readonly closingStatement?: string;
  readonly signatureBlock?: { readonly heading?: string; readonly lines: readonly string[] };
  readonly style?: MinutesStyle;
}

/** Who the minutes belong to, printed at the top of the first page. */
export interface Letterhead {
  readonly organisationName?: string;
  readonly logo?: MinutesLogo;
  readonly addressLines: readonly string[];
  readonly contactLines: readonly string[];
}

/** A logo as every engine draws it: a `data:` URL (never fetched), its size in pixels and its text alternative. */
export interface MinutesLogo {
  readonly dataUrl: `data:image/${'png' | 'jpeg'};base64,${string}`;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** The template's look: a checked accent colour (#rrggbb, WCAG AA on white) and the body text size in points. */
export interface MinutesStyle {
  readonly accentColour?: string;
  readonly baseFontSize?: number;
}

/** Document properties written into the PDF / HTML head. */
export interface MinutesMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  /** Always en-GB. */
  readonly language: 'en-GB';
  /** ISO 8601 instant taken from the record, never the clock: the same record gives the same bytes. */
  readonly createdAt: string;
  readonly recordId: string;
  readonly schemaVersion: string;
  readonly profileId: string;
}

/** The validation status at the time of rendering. */
export interface MinutesStatus {
  /** True only when the report was a `final` report without errors. */
  readonly final: boolean;
  /** "DRAFT" for anything that is not a valid final record; "FINAL" otherwise. */
  readonly label: 'DRAFT' | 'FINAL';
  /** One sentence a reader understands, e.g. "Draft: 3 problems must be fixed before sign-off." */
  readonly explanation: string;
  readonly errorCount: number;
  readonly warningCount: number;
}

/** The sections the minutes can show: every section of the one section list (RECORD_SECTIONS) but `record`. */
export type { MinutesSectionId };

export interface MinutesSection {
  readonly id: MinutesSectionId;
  /** 1-based number shown before the heading. */
  readonly number: number;
  readonly heading: string;
  /** The template's paragraph under the heading, before the content. */
  readonly introduction?: string;
  readonly blocks: readonly MinutesBlock[];
}

export type MinutesBlock = Paragraph | Subheading | KeyValueList | Table | DecisionBlock | Notice;

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly text: string;
}

export interface Subheading {
  readonly kind: 'subheading';
  readonly text: string;
}

export interface KeyValue {
  readonly label: string;
  /** Display text, or a {@link ValueList} for a field that holds several short values. */
  readonly value: string | ValueList;
}

/**
 * The values of a field that holds several short ones (every category of harm that applies), in the
 * record's order: engines draw them as a bulleted list in the value's place (HTML `ul`, a tagged
 * `L` in the accessible PDF), so a reader, and a screen reader, takes them one by one rather than as
 * one string joined by semicolons. Always two or more: a field with one value has it as text.
 */
export type ValueList = readonly string[];

export interface KeyValueList {
  readonly kind: 'keyValues';
  readonly items: readonly KeyValue[];
}

/** Which table this is: back ends give the actions table its repeating header and unsplittable rows. */
export type TableRole =
  | 'attendees'
  | 'children'
  | 'other-children'
  | 'adults'
  | 'adult-details'
  | 'adult-checks'
  | 'interviews'
  | 'information-gathering'
  | 'agency-feedback'
  | 'actions'
  | 'withheld'
  | 'recipients'
  | 'deadlines'
  | 'timescale-exceptions'
  | 'findings';

export interface TableColumn {
  readonly label: string;
  /** Relative width: back ends share out the page width in proportion. */
  readonly weight: number;
}

export interface Table {
  readonly kind: 'table';
  readonly role: TableRole;
  readonly caption: string;
  /** Whether back ends print the caption above the table (when no heading already names it). */
  readonly showCaption: boolean;
  readonly columns: readonly TableColumn[];
  /** Each row has exactly one cell per column. */
  readonly rows: readonly (readonly string[])[];
  /** Shown instead of the table when it has no rows. */
  readonly emptyText: string;
}

/** The decision for one child: drawn prominently (boxed, bold outcome). */
export interface DecisionBlock {
  readonly kind: 'decision';
  /** The child's name. */
  readonly child: string;
  readonly outcome: string;
  readonly rationale: string;
  readonly details: readonly KeyValue[];
}

/** A sentence set apart, e.g. "This part is not shared with the family." */
export interface Notice {
  readonly kind: 'notice';
  readonly text: string;
}
