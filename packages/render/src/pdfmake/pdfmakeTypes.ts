// The parts of a pdfmake 0.3 document definition this back end writes (pdfmake ships no types).

export interface PdfmakeInline {
  text: string;
  font?: string;
  bold?: boolean;
}

export interface PdfmakeNodeStyle {
  bold?: boolean;
  fontSize?: number;
  color?: string;
  alignment?: 'left' | 'right' | 'center';
  margin?: readonly [number, number, number, number];
  font?: string;
  noWrap?: boolean;
  outline?: boolean;
  outlineText?: string;
  headlineLevel?: number;
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
  pageBreakBefore?: (node: never, nodes: never) => boolean;
}
