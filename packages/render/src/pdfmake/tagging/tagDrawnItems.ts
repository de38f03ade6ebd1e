import { STRUCTURE, type Structure, type StructureNode } from './structurePlan.js';
import { escapeInfoInXmp } from './xmpInfo.js';

/** The part of pdfkit 0.19's document (as pdfmake 0.3 hands it to its renderer) that tagging uses. */
interface PdfkitDocument {
  page: { content: { buffer: unknown[] } };
  options: { tagged?: boolean };
  _pdfMakePages: readonly PdfmakePage[];
  addPage(...args: unknown[]): PdfkitDocument;
  struct(type: string, options: Record<string, unknown>, children?: readonly unknown[]): PdfkitStructure;
  addStructure(element: PdfkitStructure): PdfkitDocument;
  markContent(tag: string, options?: Record<string, unknown>): PdfkitDocument;
  markStructureContent(tag: string): unknown;
  endMarkedContent(): PdfkitDocument;
}
interface PdfkitStructure {
  add(child: unknown): PdfkitStructure;
  readonly dictionary: { readonly data: Record<string, unknown> };
}
interface PdfmakePage {
  readonly items: readonly { readonly type: string; readonly item: Record<string, unknown> }[];
  readonly watermark?: unknown;
}

interface TaggingState {
  /** The page and the index of the item pdfmake drew last. */
  page: number;
  item: number;
  open: boolean;
  readonly elements: Map<StructureNode, PdfkitStructure>;
  /** The page a repeating header cell was first drawn on: later copies are Artifacts. */
  readonly firstPage: Map<StructureNode, number>;
  /** The list items' labels already drawn. */
  readonly labels: Set<StructureNode>;
}

const states = new WeakMap<PdfkitDocument, TaggingState>();

/**
 * pdfmake's progress callback, which its renderer calls (as a method of itself) after drawing each
 * page item: closes the marked content of the item just drawn and opens the next one's, so every
 * line, rule, border and image is drawn inside either an Artifact or a marked-content sequence of
 * the structure element planned for it (structurePlan.ts). Does nothing for an untagged document.
 *
 * pdfmake draws the first item before it first calls back: on that first call the opening of the
 * first item's sequence is moved to just after the page's initial transform. Later pages open their
 * first item's sequence as pdfmake adds them.
 */
export function tagDrawnItem(this: { readonly pdfDocument: PdfkitDocument }): void {
  const doc = this.pdfDocument;
  // Any PDF from 1.4 on carries XMP metadata (tagged, or protected at 1.7ext3).
  escapeInfoInXmp(doc as unknown as Parameters<typeof escapeInfoInXmp>[0]);
  if (doc.options.tagged !== true) return;
  let state = states.get(doc);
  if (state === undefined) {
    state = { page: 0, item: 0, open: false, elements: new Map(), firstPage: new Map(), labels: new Set() };
    states.set(doc, state);
    openFirstItemOfFirstPage(doc, state);
    openOnEachNewPage(doc, state);
  }
  if (state.open) {
    doc.endMarkedContent();
    state.open = false;
  }
  const page = doc._pdfMakePages[state.page];
  if (page === undefined) return;
  state.item += 1;
  const next = page.items[state.item];
  if (next !== undefined) {
    state.open = open(doc, state, next);
    return;
  }
  // The watermark is drawn after the page's last item; the next addPage (or the end) closes it.
  if (page.watermark !== undefined) doc.markContent('Artifact', { type: 'Pagination' });
  state.page += 1;
  state.item = 0;
}

function openFirstItemOfFirstPage(doc: PdfkitDocument, state: TaggingState): void {
  const first = doc._pdfMakePages[0]?.items[0];
  if (first === undefined) return;
  const chunks = doc.page.content.buffer;
  const drawnBefore = chunks.length;
  state.open = open(doc, state, first);
  // Chunk 0 is the page's initial transform; the item's operators follow it.
  chunks.splice(1, 0, ...chunks.splice(drawnBefore));
}

function openOnEachNewPage(doc: PdfkitDocument, state: TaggingState): void {
  const addPage = doc.addPage;
  doc.addPage = function (this: PdfkitDocument, ...args: unknown[]) {
    const added = addPage.apply(this, args);
    const first = this._pdfMakePages[state.page]?.items[0];
    state.open = first === undefined ? false : open(this, state, first);
    return added;
  };
}

/**
 * Opens the marked content an item is drawn in; false for items that draw nothing (clips). A line
 * drawn in another order than it reads (right-to-left text) or with characters other than the
 * record's (code-point fallback) is a Span of its own element, whose ActualText is the line as the
 * record says it: assistive technology reads that instead of the glyphs. On the structure element,
 * not the marked content: poppler honours a marked sequence's ActualText and lays its characters out
 * left to right, so pdftotext would then print an Arabic line reversed.
 */
function open(doc: PdfkitDocument, state: TaggingState, entry: PdfmakePage['items'][number]): boolean {
  const structure = listLabel(doc, state, entry) ?? structureOf(entry);
  if (structure === null) return false;
  if (structure === undefined || 'artifact' in structure) {
    doc.markContent('Artifact', { type: structure?.artifact ?? 'Layout' });
    return true;
  }
  if (structure.repeats === true) {
    const first = state.firstPage.get(structure) ?? state.page;
    state.firstPage.set(structure, first);
    if (first !== state.page) {
      doc.markContent('Artifact', { type: 'Pagination' });
      return true;
    }
  }
  const actual = actualTextOf(entry);
  const content = doc.markStructureContent(actual === undefined ? structure.type : 'Span');
  element(doc, state, structure).add(actual === undefined ? content : doc.struct('Span', { actual }, [content]));
  return true;
}

function actualTextOf(entry: PdfmakePage['items'][number]): string | undefined {
  if (entry.type !== 'line') return undefined;
  const inlines = entry.item.inlines as readonly Record<string, unknown>[];
  const actual = inlines.find((inline) => typeof inline.actualText === 'string')?.actualText;
  return typeof actual === 'string' ? actual : undefined;
}

function structureOf(entry: PdfmakePage['items'][number]): Structure | undefined | null {
  switch (entry.type) {
    case 'line': {
      const inlines = entry.item.inlines as readonly Record<string, unknown>[];
      return inlines.find((inline) => inline[STRUCTURE] !== undefined)?.[STRUCTURE] as Structure | undefined;
    }
    case 'image':
      return entry.item[STRUCTURE] as Structure | undefined;
    case 'vector':
    case 'svg':
      return undefined;
    default:
      return null;
  }
}

/**
 * The Lbl of a list item when `entry` is its disc: pdfmake's `ul` draws each item's disc as an
 * ellipse right after the item's first line (LayoutBuilder.processList, on the writer's
 * `lineAdded`), so a disc follows the first line of a list body whose label is not drawn yet.
 */
function listLabel(
  doc: PdfkitDocument,
  state: TaggingState,
  entry: PdfmakePage['items'][number],
): Structure | undefined {
  if (entry.type !== 'vector' || entry.item.type !== 'ellipse') return undefined;
  const before = doc._pdfMakePages[state.page]?.items[state.item - 1];
  const body = before === undefined ? undefined : structureOf(before);
  const label = body !== null && body !== undefined && 'type' in body ? body.label : undefined;
  if (label === undefined || state.labels.has(label)) return undefined;
  state.labels.add(label);
  return label;
}

/** The pdfkit element of a planned node, created (with its ancestors) the first time it is drawn, so in reading order. */
function element(doc: PdfkitDocument, state: TaggingState, node: StructureNode): PdfkitStructure {
  const existing = state.elements.get(node);
  if (existing !== undefined) return existing;
  // A list item's label comes before its body in the tree, though drawn after the body's first line.
  if (node.label !== undefined) element(doc, state, node.label);
  const created = doc.struct(node.type, {
    ...(node.alt === undefined ? {} : { alt: node.alt }),
    ...(node.scope === undefined ? {} : { scope: node.scope }),
  });
  // pdfkit's struct() knows no list attributes: plain strings are written as names (/List, /Disc).
  if (node.attributes !== undefined) created.dictionary.data.A = { ...node.attributes };
  if (node.parent === undefined) doc.addStructure(created);
  else element(doc, state, node.parent).add(created);
  state.elements.set(node, created);
  return created;
}
