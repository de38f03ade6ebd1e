import type { PdfmakeContent, PdfmakeDocDefinition } from '../pdfmakeTypes.js';
import type { TextContent } from '../pdfmakeText.js';

/** One element of the tagged PDF's structure tree, planned before layout and created when first drawn. */
export interface StructureNode {
  readonly type: string;
  /** Undefined for the Document element. */
  readonly parent: StructureNode | undefined;
  readonly alt?: string;
  readonly scope?: 'Column' | 'Row';
  /** A table's header cell, which pdfmake draws again at the top of each later page: those copies are Artifacts. */
  readonly repeats?: boolean;
  /** The element's attributes (`/A`): a list's numbering. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** A list item's body: its Lbl, the disc pdfmake draws just after the body's first line (tagDrawnItems.ts). */
  readonly label?: StructureNode;
}

/** Drawn content that is not part of the minutes' text: running headers and footers, rules, borders. */
interface ArtifactMark {
  readonly artifact: 'Pagination' | 'Layout';
}

export type Structure = StructureNode | ArtifactMark;

/**
 * The property that carries a piece of text's (or an image's) structure through pdfmake: pdfmake
 * copies every property of a text item to each inline it lays out, and keeps an image's node as
 * the item it draws, so the renderer's page items lead back to their structure.
 */
export const STRUCTURE = 'structure';
const PARAGRAPH = 'paragraph';

type Inline = { text: string } & Record<string, unknown>;
/** A document definition node as this plan reads it: any of pdfmake's node kinds. */
interface Node extends Record<string, unknown> {
  text?: string | (string | Inline)[];
  stack?: PdfmakeContent[];
  columns?: PdfmakeContent[];
  table?: { body: PdfmakeContent[][]; headerRows?: number };
  ul?: PdfmakeContent[];
  image?: string;
  alt?: string;
  role?: string;
}

/** `text` whose every result is marked as one paragraph, however many lines it was broken into. */
export function paragraphText(text: TextContent): TextContent {
  return (content, width, style) => ({ ...text(content, width, style), [PARAGRAPH]: true });
}

/**
 * Plans the structure of a document definition made with {@link paragraphText}: the Document, each
 * paragraph (or heading, by its `role`) in reading order, tables with their header cells, the logo
 * as a Figure; the running header and footer as Artifacts. Marks the definition in place.
 */
export function planStructure(definition: PdfmakeDocDefinition): StructureNode {
  const document: StructureNode = { type: 'Document', parent: undefined };
  walkAll(definition.content, document);
  const pagination: ArtifactMark = { artifact: 'Pagination' };
  const { header, footer } = definition;
  definition.header = (page, count) => markAll(header(page, count), pagination);
  definition.footer = (page, count) => markAll(footer(page, count), pagination);
  return document;
}

function walkAll(content: PdfmakeContent[], parent: StructureNode): void {
  content.forEach((child, index) => {
    content[index] = walk(child, parent);
  });
}

function walk(content: PdfmakeContent, parent: StructureNode): PdfmakeContent {
  if (typeof content === 'string') return stamp({ text: content }, { type: 'P', parent });
  const node = content as unknown as Node;
  if (node[PARAGRAPH] === true) {
    const role = node.role;
    return stamp(node, { type: role === 'H1' || role === 'H2' || role === 'H3' ? role : 'P', parent });
  }
  if (node.image !== undefined) {
    node[STRUCTURE] = { type: 'Figure', parent, alt: node.alt ?? '' };
  } else if (node.stack !== undefined) walkAll(node.stack, parent);
  else if (node.columns !== undefined) walkAll(node.columns, parent);
  else if (node.table !== undefined) walkTable(node, node.table, parent);
  else if (node.ul !== undefined) walkList(node.ul, parent);
  else if (node.text !== undefined) stamp(node, { type: 'P', parent });
  return content;
}

function walkTable(
  node: Node,
  { body, headerRows: declaredHeaderRows }: NonNullable<Node['table']>,
  parent: StructureNode,
): void {
  if (node.role === 'Layout') {
    for (const row of body) walkAll(row, parent);
    return;
  }
  const table: StructureNode = { type: 'Table', parent };
  const headerRows = node.role === 'KeyValues' ? 0 : (declaredHeaderRows ?? 0);
  const head: StructureNode = { type: 'THead', parent: table };
  const tableBody: StructureNode = { type: 'TBody', parent: table };
  body.forEach((row, rowIndex) => {
    const header = rowIndex < headerRows;
    const tableRow: StructureNode = { type: 'TR', parent: header ? head : headerRows > 0 ? tableBody : table };
    row.forEach((cell, column) => {
      const cellNode: StructureNode = header
        ? { type: 'TH', parent: tableRow, scope: 'Column', repeats: true }
        : node.role === 'KeyValues' && column === 0
          ? { type: 'TH', parent: tableRow, scope: 'Row' }
          : { type: 'TD', parent: tableRow };
      if (typeof cell !== 'string' && (cell as unknown as Node)[PARAGRAPH] === true)
        stamp(cell as unknown as Node, cellNode);
      else row[column] = walk(cell, cellNode);
    });
  });
}

/** pdfmake's `ul` draws discs: ISO 32000-1 14.8.5.2, the list attribute owner. */
const DISC_NUMBERING = { O: 'List', ListNumbering: 'Disc' } as const;

/** A bulleted list: L > LI > Lbl (the disc, tagged as it is drawn) + LBody (the item's text). */
function walkList(items: PdfmakeContent[], parent: StructureNode): void {
  const list: StructureNode = { type: 'L', parent, attributes: DISC_NUMBERING };
  items.forEach((item, index) => {
    const listItem: StructureNode = { type: 'LI', parent: list };
    const body: StructureNode = { type: 'LBody', parent: listItem, label: { type: 'Lbl', parent: listItem } };
    if (typeof item !== 'string' && (item as unknown as Node)[PARAGRAPH] === true) stamp(item as unknown as Node, body);
    else items[index] = walk(item, body);
  });
}

/** Marks every inline of a paragraph (a text node, or the stack of its lines) with its structure. */
function stamp(node: Node, structure: Structure): PdfmakeContent {
  if (node.stack !== undefined) {
    for (const line of node.stack) if (typeof line !== 'string') stamp(line as unknown as Node, structure);
  } else if (node.text !== undefined) {
    const inlines = typeof node.text === 'string' ? [node.text] : node.text;
    node.text = inlines.map((inline) =>
      typeof inline === 'string' ? { text: inline, [STRUCTURE]: structure } : { ...inline, [STRUCTURE]: structure },
    );
  }
  return node as unknown as PdfmakeContent;
}

/** Marks everything drawn from `content` (a running header or footer) as one kind of Artifact. */
function markAll(content: PdfmakeContent, artifact: ArtifactMark): PdfmakeContent {
  if (typeof content === 'string') return stamp({ text: content }, artifact);
  const node = content as unknown as Node;
  if (node.stack !== undefined) node.stack = node.stack.map((child) => markAll(child, artifact));
  else if (node.columns !== undefined) node.columns = node.columns.map((child) => markAll(child, artifact));
  else if (node.text !== undefined) stamp(node, artifact);
  return content;
}
