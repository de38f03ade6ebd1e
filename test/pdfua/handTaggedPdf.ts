import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/**
 * A hand-tagged PDF made with pdfkit (the one under pdfmake), correct in every way the PDF/UA check
 * looks at, or with exactly one defect: so each check is shown to pass on good input and to fail on
 * the fault it is named after.
 */
export const DEFECTS = [
  'artifact inside tagged content',
  'tagged content inside an artifact',
  'a line drawn outside any marked content',
  'an MCID the structure tree does not reference',
  'MarkInfo Suspects true',
  'a non-standard structure type without a role map',
  'no XMP metadata',
  'XMP without the PDF/UA identifier',
  'XMP without dc:title',
  'no DisplayDocTitle',
  'DisplayDocTitle false',
  'a TD straight inside a Table',
  'an LI outside a list',
  'a TOCI outside a TOC',
  'an RT outside Ruby',
  'a WT outside Warichu',
  'a font whose ToUnicode map misses a glyph',
  'no document language',
  'a Figure without alt text',
  'the first heading an H2',
  'an H3 straight after the H1',
  'a TH without Scope',
  'encrypted without accessibility extraction',
  'a font that is not embedded',
  // Each of these was missed, or reported under the wrong checkpoint, before the checks were
  // compared with the Matterhorn Protocol 1.1 text and veraPDF's PDF/UA-1 profile.
  'Suspects true while MarkInfo Marked is false',
  'an Artifact in a form XObject drawn inside tagged content',
  'an empty dc:title',
  'a dc:title in x-default and en-GB without a document language',
  'a table head without a table body',
  'a Table holding rows beside row groups',
  'a list Caption after its items',
  'a TOC Caption after its entries',
  'a Ruby whose RT comes before its RB',
  'a Warichu with one WP',
  'a TH without Scope where only one data cell names its headers',
  'a font without a ToUnicode CMap',
  'a ToUnicode CMap mapping a code to U+0000',
  'a ToUnicode CMap mapping a code to U+FEFF',
  'a Type 3 font with generic glyph names and no ToUnicode CMap',
  'an H8 (role-mapped to H6) straight after an H6',
  'a Type 0 font over a non-Adobe Japan1 collection without a ToUnicode CMap',
] as const;

/** Variants that must pass: each exercises a rule a stricter reading would wrongly fail. */
export const VALID_VARIANTS = [
  'a role-mapped type',
  'encrypted with accessibility extraction',
  'a TOC entry with a label',
  'a Figure whose replacement text is an empty ActualText',
  'a form XObject drawn twice',
  'a Type 3 font whose glyph names are in the glyph list',
  'an H7 (role-mapped to H6) after an H6',
  'a Type 0 font over Adobe-Japan1 without a ToUnicode CMap',
] as const;

export type Defect = (typeof DEFECTS)[number] | (typeof VALID_VARIANTS)[number];

const TITLE = 'Strategy discussion minutes';
const DEJAVU = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** pdfkit 0.19 as pdfmake loads it: the part of its API these PDFs use. */
interface StructureElement {
  add(child: StructureElement | MarkedContent | (() => void)): StructureElement;
  end(): void;
  dictionary: { data: Record<string, unknown> };
}
type MarkedContent = { readonly refs: unknown[] };
interface PdfKitDocument {
  _root: { data: Record<string, { data: Record<string, unknown> } | unknown> };
  _font: {
    toUnicodeCmap(): unknown;
    unicode: number[][];
    document: { ref(): { end(text: string): void } };
  };
  _addInfo(): void;
  metadata: { _metadata: string };
  ref(data?: Record<string, unknown>): { end(content?: string): void };
  page: { xobjects: Record<string, unknown>; fonts: Record<string, unknown> };
  struct(
    type: string,
    options?: Record<string, unknown> | (() => void) | readonly (StructureElement | MarkedContent)[],
    children?: () => void,
  ): StructureElement;
  addStructure(element: StructureElement): PdfKitDocument;
  markContent(tag: string, options?: Record<string, unknown>): PdfKitDocument;
  markStructureContent(tag: string): MarkedContent;
  endMarkedContent(): PdfKitDocument;
  addContent(operators: string): PdfKitDocument;
  getStructTreeRoot(): { data: Record<string, unknown> };
  font(source: string): PdfKitDocument;
  fontSize(size: number): PdfKitDocument;
  text(text: string, x?: number, y?: number, options?: Record<string, unknown>): PdfKitDocument;
  rect(x: number, y: number, width: number, height: number): PdfKitDocument;
  moveTo(x: number, y: number): PdfKitDocument;
  lineTo(x: number, y: number): PdfKitDocument;
  fill(colour?: string): PdfKitDocument;
  stroke(): PdfKitDocument;
  on(event: 'data', listener: (chunk: Uint8Array) => void): PdfKitDocument;
  on(event: 'end', listener: () => void): PdfKitDocument;
  end(): void;
}
type PdfKitConstructor = new (options: Record<string, unknown>) => PdfKitDocument;

function loadPdfKit(): PdfKitConstructor {
  const fromRoot = createRequire(import.meta.url);
  return createRequire(fromRoot.resolve('pdfmake'))('pdfkit') as PdfKitConstructor;
}

export function handTaggedPdf(defect?: Defect): Promise<Uint8Array> {
  const PDFDocument = loadPdfKit();
  const is = (name: Defect) => defect === name;
  const doc = new PDFDocument({
    pdfVersion: is('no XMP metadata') ? '1.3' : '1.7',
    tagged: true,
    ...(is('no document language') || is('a dc:title in x-default and en-GB without a document language')
      ? {}
      : { lang: 'en-GB' }),
    displayTitle: !is('no DisplayDocTitle'),
    ...(is('XMP without the PDF/UA identifier') ? {} : { subset: 'PDF/UA' }),
    info: {
      ...(is('XMP without dc:title') ? {} : { Title: TITLE }),
      CreationDate: new Date(0),
    },
    font: DEJAVU,
    ...(is('encrypted without accessibility extraction') || is('encrypted with accessibility extraction')
      ? {
          pdfVersion: '1.7ext3',
          ownerPassword: 'owner secret',
          permissions: {
            printing: 'highResolution',
            contentAccessibility: !is('encrypted without accessibility extraction'),
          },
        }
      : {}),
  });
  const chunks: Uint8Array[] = [];
  const finished = new Promise<Uint8Array>((resolve) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const text = (value: string) => () => doc.text(value);

  if (is('an empty dc:title')) editXmp(doc, (xml) => xml.replace(`>${TITLE}</rdf:li>`, '></rdf:li>'));
  if (is('a dc:title in x-default and en-GB without a document language'))
    editXmp(doc, (xml) =>
      xml.replace(`${TITLE}</rdf:li>`, `${TITLE}</rdf:li><rdf:li xml:lang="en-GB">${TITLE}</rdf:li>`),
    );
  if (is('a font without a ToUnicode CMap')) doc._font.toUnicodeCmap = () => null;
  if (is('a Type 0 font over Adobe-Japan1 without a ToUnicode CMap')) cidCollection(doc, 'Adobe');
  if (is('a Type 0 font over a non-Adobe Japan1 collection without a ToUnicode CMap')) cidCollection(doc, 'Foundry');
  if (is('a ToUnicode CMap mapping a code to U+0000')) mapFirstGlyphTo(doc, 0);
  if (is('a ToUnicode CMap mapping a code to U+FEFF')) mapFirstGlyphTo(doc, 0xfeff);
  if (is('a font whose ToUnicode map misses a glyph')) {
    const font = doc._font;
    font.toUnicodeCmap = () => {
      const cmap = font.document.ref();
      cmap.end('/CIDInit /ProcSet findresource begin\nbegincmap\n0 beginbfrange\nendbfrange\nendcmap\nend\n');
      return cmap;
    };
  }
  if (is('the first heading an H2')) root.add(doc.struct('H2', text('Discussion')));
  root.add(doc.struct('H1', text(TITLE)));
  if (is('an H3 straight after the H1')) root.add(doc.struct('H3', text('Detail')));
  root.add(doc.struct('H2', text('Attendees')));
  root.add(
    doc.struct('P', () => {
      doc.text('Nguyễn Thị Lan chaired; Wiktoria Kowalczyk took the minutes.');
      if (is('artifact inside tagged content')) {
        doc.addContent('/Artifact BMC');
        doc.rect(72, 200, 100, 1).fill('#888888');
        doc.addContent('EMC');
      }
      if (is('an Artifact in a form XObject drawn inside tagged content'))
        doc.addContent(`/${formXObject(doc, '/Artifact BMC 72 200 100 1 re f EMC')} Do`);
    }),
  );
  if (is('a font that is not embedded'))
    root.add(doc.struct('P', () => doc.font('Helvetica').text('Ahmed Khan').font(DEJAVU)));
  if (is('a non-standard structure type without a role map') || is('a role-mapped type')) {
    if (is('a role-mapped type')) doc.getStructTreeRoot().data.RoleMap = { Minute: 'P' };
    root.add(doc.struct('Minute', text('Agreed: section 47 enquiry.')));
  }

  const table = doc.struct('Table');
  root.add(table);
  if (is('a TD straight inside a Table')) table.add(doc.struct('TD', text('stray cell')));
  const head = doc.struct('THead');
  table.add(head);
  const headRow = doc.struct('TR');
  head.add(headRow);
  const unscoped = is('a TH without Scope') || is('a TH without Scope where only one data cell names its headers');
  for (const label of ['Name', 'Agency']) {
    headRow.add(doc.struct('TH', unscoped ? {} : { scope: 'Column' }, text(label)));
  }
  headRow.end();
  head.end();
  if (!is('a table head without a table body')) {
    const body = doc.struct('TBody');
    table.add(body);
    const row = doc.struct('TR');
    body.add(row);
    for (const value of ['Amina Farah', 'Health']) {
      const cell = doc.struct('TD', text(value));
      if (value === 'Amina Farah' && is('a TH without Scope where only one data cell names its headers'))
        cell.dictionary.data.A = { O: 'Table', Headers: [Buffer.from('name-header')] };
      row.add(cell);
    }
    row.end();
    body.end();
  }
  if (is('a Table holding rows beside row groups'))
    table.add(doc.struct('TR', [doc.struct('TD', text('Chen Wei')), doc.struct('TD', text('Police'))]));
  table.end();

  const list = doc.struct('L');
  root.add(list);
  const item = doc.struct('LI');
  list.add(item);
  item.add(doc.struct('Lbl', text('1.')));
  item.add(doc.struct('LBody', text('Ioana Popescu to visit the child.')));
  item.end();
  if (is('a list Caption after its items')) list.add(doc.struct('Caption', text('Actions')));
  list.end();
  if (is('an LI outside a list')) root.add(doc.struct('LI', text('stray item')));
  if (is('a TOCI outside a TOC')) root.add(doc.struct('TOCI', text('stray entry')));
  if (is('an RT outside Ruby')) root.add(doc.struct('P', [doc.struct('RT', text('ruby text'))]));
  if (is('a WT outside Warichu')) root.add(doc.struct('P', [doc.struct('WT', text('warichu text'))]));
  if (
    is('a Type 3 font whose glyph names are in the glyph list') ||
    is('a Type 3 font with generic glyph names and no ToUnicode CMap')
  ) {
    const font = type3Font(doc, is('a Type 3 font whose glyph names are in the glyph list') ? 'a' : 'g1');
    root.add(doc.struct('P', () => doc.addContent(`BT /${font} 12 Tf 72 300 Td (a) Tj ET`)));
  }
  if (is('a Ruby whose RT comes before its RB'))
    root.add(
      doc.struct('P', [doc.struct('Ruby', [doc.struct('RT', text('toukyou')), doc.struct('RB', text('Tokyo'))])]),
    );
  if (is('a Warichu with one WP'))
    root.add(doc.struct('P', [doc.struct('Warichu', [doc.struct('WP', text('(')), doc.struct('WT', text('aside'))])]));
  const deepHeading = is('an H7 (role-mapped to H6) after an H6')
    ? 'H7'
    : is('an H8 (role-mapped to H6) straight after an H6')
      ? 'H8'
      : undefined;
  if (deepHeading !== undefined) {
    doc.getStructTreeRoot().data.RoleMap = { [deepHeading]: 'H6' };
    for (const level of ['H3', 'H4', 'H5', 'H6', deepHeading]) root.add(doc.struct(level, text(`Level ${level}`)));
  }
  if (is('a TOC Caption after its entries'))
    root.add(doc.struct('TOC', [doc.struct('TOCI', text('Attendees')), doc.struct('Caption', text('Contents'))]));
  if (is('a TOC entry with a label'))
    root.add(
      doc.struct('TOC', [
        doc.struct('TOCI', [doc.struct('Lbl', text('1.')), doc.struct('Reference', text('Attendees'))]),
      ]),
    );

  const described = !is('a Figure without alt text') && !is('a Figure whose replacement text is an empty ActualText');
  const figure = doc.struct('Figure', described ? { alt: 'The local authority logo' } : {}, () =>
    doc.rect(72, 400, 40, 40).fill('#1d70b8'),
  );
  if (is('a Figure whose replacement text is an empty ActualText')) figure.dictionary.data.ActualText = Buffer.alloc(0);
  root.add(figure);
  if (is('a form XObject drawn twice')) {
    const name = formXObject(doc, '/Artifact BMC 72 600 100 1 re f EMC');
    doc.addContent(`/${name} Do`).addContent(`/${name} Do`);
  }

  if (is('tagged content inside an artifact')) {
    doc.addContent('/Artifact BMC');
    const content = doc.markStructureContent('P');
    doc.text('Wang Fang, Police');
    doc.endMarkedContent();
    doc.addContent('EMC');
    root.add(doc.struct('P', [content]));
  }
  if (is('an MCID the structure tree does not reference')) {
    doc.markStructureContent('P');
    doc.text('Not in the tree');
    doc.endMarkedContent();
  }
  if (is('a line drawn outside any marked content')) doc.moveTo(72, 500).lineTo(300, 500).stroke();

  doc.markContent('Artifact', { type: 'Pagination' });
  doc.fontSize(8).text('Page 1 of 1', 72, 780, { lineBreak: false });
  doc.endMarkedContent();
  root.end();

  const catalog = doc._root.data as Record<string, { data: Record<string, unknown> }>;
  const markInfo = (catalog.MarkInfo as { data: Record<string, unknown> }).data;
  if (is('MarkInfo Suspects true')) markInfo.Suspects = true;
  if (is('Suspects true while MarkInfo Marked is false')) Object.assign(markInfo, { Marked: false, Suspects: true });
  if (is('DisplayDocTitle false'))
    (catalog.ViewerPreferences as { data: Record<string, unknown> }).data.DisplayDocTitle = false;
  doc.end();
  return finished;
}

/** Rewrites the XMP packet pdfkit writes from the document information, just before it is written. */
function editXmp(doc: PdfKitDocument, edit: (xml: string) => string): void {
  const addInfo = doc._addInfo.bind(doc);
  doc._addInfo = () => {
    addInfo();
    doc.metadata._metadata = edit(doc.metadata._metadata);
  };
}

/** Makes the ToUnicode CMap of the first font map the first glyph it shows to one code point. */
function mapFirstGlyphTo(doc: PdfKitDocument, codePoint: number): void {
  const font = doc._font;
  const toUnicodeCmap = font.toUnicodeCmap.bind(font);
  font.toUnicodeCmap = () => {
    font.unicode = font.unicode.map((codePoints, glyph) => (glyph === 1 ? [codePoint] : codePoints));
    return toUnicodeCmap();
  };
}

/**
 * Makes the first font claim an Adobe-Japan1-like character collection of the given registry and
 * drop its ToUnicode CMap: ISO 14289-1 7.21.7 lets only Adobe's collections go without one.
 */
function cidCollection(doc: PdfKitDocument, registry: string): void {
  doc._font.toUnicodeCmap = () => null;
  const ref = doc.ref.bind(doc);
  doc.ref = (data) => {
    if (data?.CIDSystemInfo !== undefined)
      data.CIDSystemInfo = { Registry: Buffer.from(registry), Ordering: Buffer.from('Japan1'), Supplement: 0 };
    return ref(data);
  };
}

/** A one-glyph Type 3 font (a square at code 97, named as given) on the current page; returns its resource name. */
function type3Font(doc: PdfKitDocument, glyphName: string): string {
  const square = doc.ref();
  square.end('600 0 0 0 500 500 d1 0 0 500 500 re f');
  const font = doc.ref({
    Type: 'Font',
    Subtype: 'Type3',
    FontBBox: [0, 0, 500, 500],
    FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    CharProcs: { [glyphName]: square },
    Encoding: { Type: 'Encoding', Differences: [97, glyphName] },
    FirstChar: 97,
    LastChar: 97,
    Widths: [600],
  });
  font.end();
  doc.page.fonts.T3 = font;
  return 'T3';
}

/** A form XObject with the given content on the current page; returns its resource name. */
function formXObject(doc: PdfKitDocument, content: string): string {
  const name = `Fx${Object.keys(doc.page.xobjects).length + 1}`;
  const form = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 612, 792] });
  form.end(content);
  doc.page.xobjects[name] = form;
  return name;
}

interface Pdfmake {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> };
}

/**
 * What pdfmake 0.3 writes when asked for `tagged: true` (with the PDF/UA subset, language and title
 * it passes to pdfkit): "Tagged: yes" over an empty structure tree.
 */
export async function pdfmakeOwnTaggedPdf(): Promise<Uint8Array> {
  const pdfmake = createRequire(import.meta.url)('pdfmake') as Pdfmake;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.virtualfs.writeFileSync('DejaVuSans.ttf', readFileSync(DEJAVU));
  pdfmake.setFonts({
    DejaVu: {
      normal: 'DejaVuSans.ttf',
      bold: 'DejaVuSans.ttf',
      italics: 'DejaVuSans.ttf',
      bolditalics: 'DejaVuSans.ttf',
    },
  });
  return pdfmake
    .createPdf({
      version: '1.7',
      tagged: true,
      subset: 'PDF/UA',
      language: 'en-GB',
      displayTitle: true,
      info: { title: 'Strategy discussion minutes', creationDate: new Date(0) },
      defaultStyle: { font: 'DejaVu' },
      content: [
        { text: 'Strategy discussion minutes', fontSize: 18 },
        {
          table: {
            headerRows: 1,
            body: [
              ['Name', 'Agency'],
              ['Fatima Ali', 'Health'],
            ],
          },
        },
        { ul: ['Ioana Popescu to visit the child.'] },
      ],
    })
    .getBuffer();
}
