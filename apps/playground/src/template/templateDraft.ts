import { type MinutesTemplate, parseTemplate, type TemplateResult } from '@strategy-record/render';
import type { MinutesTemplateDocument, MinutesTemplateSection } from '@strategy-record/schemas/core';

type Audience = 'professionals' | 'family';

/** A logo the admin gave the page: its bytes and the file name the template names it by. */
export interface DraftLogo {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * The template an admin is making in the page: the JSON document they will download, and the bytes
 * of the logo it names. The document always names a logo by a file name (`identity.logo.path`), as
 * the schema says, never by a data: URL: the download is that JSON plus the logo file to keep beside
 * it, which is what the command line reads (`--template my-template.json` finds the logo next to it).
 */
export interface TemplateDraft {
  readonly document: MinutesTemplateDocument;
  readonly logo?: DraftLogo;
}

/** A new template for the admin's own authority, starting from a bundled one or the toolkit's default. */
export function newDraft(startFrom: string): TemplateDraft {
  return {
    document: {
      id: 'my-authority',
      name: 'My authority’s minutes',
      ...(startFrom === 'default' ? {} : { extends: startFrom }),
    },
  };
}

/** The draft checked by the library's own `parseTemplate`, so the page refuses exactly what the command line refuses. */
export function checkDraft(draft: TemplateDraft): TemplateResult {
  return parseTemplate(draft.document, draft.logo === undefined ? {} : { logo: draft.logo.bytes });
}

/** Sets (or, for empty text, removes so the parent's value shows) the organisation name. */
export function withOrganisationName(draft: TemplateDraft, name: string): TemplateDraft {
  const { organisationName: _, ...identity } = draft.document.identity ?? {};
  return withDocument(draft, {
    ...draft.document,
    identity: name === '' ? identity : { ...identity, organisationName: name },
  });
}

/** Sets (or, for empty text, removes) the notice printed on one audience's copy. */
export function withNotice(draft: TemplateDraft, audience: Audience, notice: string): TemplateDraft {
  const { [audience]: _, ...notices } = draft.document.notices ?? {};
  return withDocument(draft, {
    ...draft.document,
    notices: notice === '' ? notices : { ...notices, [audience]: notice },
  });
}

/** Sets the accent colour (#rrggbb); `parseTemplate` refuses one below the contrast the minutes need. */
export function withAccentColour(draft: TemplateDraft, colour: string): TemplateDraft {
  return withDocument(draft, { ...draft.document, style: { ...draft.document.style, accentColour: colour } });
}

/**
 * The sections in a new order. A template that listed none inherits its parent's; the first move
 * writes that list out (with the parent's headings and introductions where they differ from the
 * toolkit's, so nothing the parent renamed is lost).
 */
export function withSectionOrder(draft: TemplateDraft, sections: readonly MinutesTemplateSection[]): TemplateDraft {
  return withDocument(draft, { ...draft.document, sections: sections.map((section) => ({ ...section })) });
}

/** The template's sections as a document lists them: its own list, else the resolved template's. */
export function draftSections(draft: TemplateDraft, resolved: MinutesTemplate): MinutesTemplateSection[] {
  if (draft.document.sections !== undefined) return draft.document.sections.map((section) => ({ ...section }));
  return resolved.sections.map((section) => ({
    id: section.id,
    heading: section.heading,
    ...(section.introduction === undefined ? {} : { introduction: section.introduction }),
  }));
}

/** Moves the section at `from` to `to` (both within the list); the list is unchanged otherwise. */
export function moveSection<T>(sections: readonly T[], from: number, to: number): T[] {
  const moved = [...sections];
  if (from < 0 || from >= moved.length || to < 0 || to >= moved.length) return moved;
  const [section] = moved.splice(from, 1) as [T];
  moved.splice(to, 0, section);
  return moved;
}

/**
 * Puts a logo on the template: the document names it by the uploaded file's name (a plain file
 * name, as the template and the logo are saved side by side) and keeps the alternative text.
 */
export function withLogo(draft: TemplateDraft, logo: DraftLogo | undefined, alt: string): TemplateDraft {
  const { logo: _, ...identity } = draft.document.identity ?? {};
  const document = {
    ...draft.document,
    identity: logo === undefined ? identity : { ...identity, logo: { path: logoFileName(logo.fileName), alt } },
  };
  return logo === undefined ? { document } : { document, logo: { ...logo, fileName: logoFileName(logo.fileName) } };
}

/** A file name safe to write beside the template: the name's last part, letters, digits, dots, dashes. */
export function logoFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return safe === '' ? 'logo.png' : safe.slice(-100);
}

/** The template file the admin downloads: the document as JSON, two-space indented, ending in a newline. */
export function templateFileText(draft: TemplateDraft): string {
  return `${JSON.stringify(draft.document, null, 2)}\n`;
}

function withDocument(draft: TemplateDraft, document: MinutesTemplateDocument): TemplateDraft {
  return draft.logo === undefined ? { document } : { document, logo: draft.logo };
}
