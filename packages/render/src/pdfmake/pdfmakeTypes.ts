// The parts of a pdfmake 0.3 document definition this back end writes (pdfmake ships no types).

export interface PdfmakeInline {
  text: string;
  font?: string;
  bold?: boolean;
  /** The whole line as the record says it, when it is drawn otherwise (right-to-left or fallback text; tagged PDFs only). */
  actualText?: string;
}

/**
 * What a node is in the tagged PDF's structure (see tagging/): text without a role is a paragraph,
 * a table without one a data table whose first row holds the column headers.
 */
type StructureRole = 'H1' | 'H2' | 'H3' | 'KeyValues' | 'Layout';

export interface PdfmakeNodeStyle {
  role?: StructureRole;
  bold?: boolean;
  fontSize?: number;
  color?: string;
  alignment?: 'left' | 'right' | 'center';
  margin?: readonly [number, number, number, number];
  font?: string;
  noWrap?: boolean;
  outline?: boolean;
  outlineText?: string;
  unbreakable?: boolean;
  lineHeight?: number;
  /** Width of a column inside `columns`. */
  width?: number | '*' | 'auto';
}

export interface PdfmakeTableLayout {
  hLineWidth: (index: number, node: unknown) => number;
  vLineWidth: (index: number, node: unknown) => number;
  hLineColor: (index: number, node: unknown) => string;
  vLineColor: (index: number, node: unknown) => string;
  paddingLeft: () => number;
  paddingRight: () => number;
  paddingTop: () => number;
  paddingBottom: () => number;
  fillColor?: (rowIndex: number) => string | null;
}

export type PdfmakeContent =
  | string
  | (PdfmakeNodeStyle & { text: string | PdfmakeInline[] })
  | (PdfmakeNodeStyle & { stack: PdfmakeContent[] })
  /** A bulleted list: pdfmake draws each item's disc (a filled circle, a vector) beside its first line. */
  | (PdfmakeNodeStyle & { ul: PdfmakeContent[] })
  | (PdfmakeNodeStyle & { columns: PdfmakeContent[]; columnGap?: number })
  | (PdfmakeNodeStyle & { image: string; fit: [number, number]; alt?: string })
  | (PdfmakeNodeStyle & {
      canvas: { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth: number; lineColor: string }[];
    })
  | (PdfmakeNodeStyle & {
      table: {
        headerRows?: number;
        dontBreakRows?: boolean;
        keepWithHeaderRows?: number;
        widths: number[];
        body: PdfmakeContent[][];
      };
      layout?: PdfmakeTableLayout;
    });

export interface PdfmakeDocDefinition {
  /** pdfkit's `pdfVersion`: 1.7 for a tagged PDF (pdfkit writes XMP metadata only from 1.4), '1.7ext3' for AES-256 encryption. */
  version?: '1.7' | '1.7ext3';
  /** pdfkit marks the document tagged and starts a structure tree: pdfmake itself adds nothing to it. */
  tagged?: boolean;
  /** pdfkit writes the PDF/UA identifier into the XMP metadata (and checks nothing). */
  subset?: 'PDF/UA';
  displayTitle?: boolean;
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  info: Record<string, string | Date>;
  language: string;
  compress: boolean;
  defaultStyle: PdfmakeNodeStyle & { font: string };
  header: (currentPage: number, pageCount: number) => PdfmakeContent;
  footer: (currentPage: number, pageCount: number) => PdfmakeContent;
  watermark?: { text: string; color: string; opacity: number; bold: boolean; font: string; fontSize?: number };
  content: PdfmakeContent[];
  userPassword?: string;
  ownerPassword?: string;
  permissions?: Readonly<Record<string, string | boolean>>;
}
