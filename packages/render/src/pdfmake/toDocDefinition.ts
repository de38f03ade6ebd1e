import type { MinutesDocument } from '../model/MinutesDocument.js';
import { DRAFT_COLOUR, pageHeader, type LineEm } from './pageHeader.js';
import { CONTENT_WIDTH, FONT_SIZE, PAGE } from './pageGeometry.js';
import { PdfmakeBlocks, type WordWidth } from './pdfmakeBlocks.js';
import { FAMILY } from './pdfmakeFonts.js';
import { withOutline, type TextContent } from './pdfmakeText.js';
import {
  fontScale,
  pdfmakeClosing,
  pdfmakeLetterhead,
  pdfmakeNoticeAndCover,
  scaledText,
} from './pdfmakeTemplateParts.js';
import type { PdfmakeContent, PdfmakeDocDefinition } from './pdfmakeTypes.js';

/**
 * A new pdfmake document definition for the minutes. pdfmake mutates the definition it is given, so
 * a definition is never reused: call this for every render. `lineEm` measures the fonts' line
 * heights, from which the running header's room is computed (see pageHeader).
 */
export function toDocDefinition(
  minutes: MinutesDocument,
  unscaledText: TextContent,
  lineEm: LineEm,
  wordWidth?: WordWidth,
): PdfmakeDocDefinition {
  const text = scaledText(unscaledText, minutes);
  const draft = !minutes.status.final;
  const created = new Date(minutes.metadata.createdAt);
  const width = CONTENT_WIDTH;
  const header = pageHeader(minutes, text, unscaledText, width, lineEm, FAMILY.latin);
  const margins: [number, number, number, number] = [
    PAGE.margins[0],
    header.topMargin,
    PAGE.margins[2],
    PAGE.margins[3],
  ];
  const blocks = new PdfmakeBlocks(
    text,
    minutes.style?.accentColour,
    fontScale(minutes),
    PAGE.height - margins[1] - margins[3],
    wordWidth,
  );
  const front: PdfmakeContent[] = [
    ...pdfmakeLetterhead(minutes, text, width),
    withOutline(text(minutes.title, width, { fontSize: FONT_SIZE.title, bold: true, role: 'H1' }), minutes.title),
    text(minutes.audienceLabel, width, { fontSize: FONT_SIZE.subheading, bold: true, margin: [0, 2, 0, 2] }),
    text(
      minutes.status.label === 'DRAFT' ? `DRAFT. ${minutes.status.explanation}` : minutes.status.explanation,
      width,
      {
        fontSize: FONT_SIZE.body,
        bold: draft,
        color: draft ? DRAFT_COLOUR : '#1b5e20',
        margin: [0, 0, 0, 6],
      },
    ),
    ...minutes.notices.map((notice) =>
      text(notice, width, { fontSize: FONT_SIZE.body, bold: true, color: DRAFT_COLOUR, margin: [0, 0, 0, 6] }),
    ),
    ...pdfmakeNoticeAndCover(minutes, text, width),
    blocks.keyValues(minutes.summary, width),
  ];
  if (minutes.decisionsAtAGlance.length > 0) {
    front.push(
      text('Decisions at a glance', width, {
        fontSize: FONT_SIZE.subheading,
        bold: true,
        margin: [0, 6, 0, 2],
        role: 'H2',
      }),
      blocks.keyValues(minutes.decisionsAtAGlance, width),
    );
  }
  return {
    pageSize: 'A4',
    pageMargins: margins,
    info: {
      title: minutes.metadata.title,
      author: minutes.metadata.author,
      subject: minutes.metadata.subject,
      keywords: minutes.metadata.keywords,
      creator: '@strategy-record/render',
      producer: '@strategy-record/render (pdfmake)',
      creationDate: created,
      modDate: created,
    },
    language: minutes.metadata.language,
    compress: true,
    defaultStyle: { font: FAMILY.latin, fontSize: FONT_SIZE.body, lineHeight: 1.15 },
    // The same header on every page: pdfmake lays it out again for each.
    header: () => structuredClone(header.content),
    footer: (currentPage, pageCount) => ({
      margin: [PAGE.margins[0], 14, PAGE.margins[2], 0],
      stack: [
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'center', fontSize: FONT_SIZE.small },
        { text: minutes.marking, alignment: 'center', bold: true, fontSize: FONT_SIZE.marking, margin: [0, 2, 0, 0] },
      ],
    }),
    ...(draft
      ? { watermark: { text: 'DRAFT', color: DRAFT_COLOUR, opacity: 0.08, bold: true, font: FAMILY.latin } }
      : {}),
    content: [
      ...front,
      ...minutes.sections.flatMap((section) => blocks.section(section, width)),
      ...pdfmakeClosing(minutes, text, width),
    ],
  };
}
