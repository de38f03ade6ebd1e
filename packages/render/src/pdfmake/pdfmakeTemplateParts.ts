import type { MinutesDocument } from '../model/MinutesDocument.js';
import { FONT_SIZE } from './pageGeometry.js';
import type { TextContent } from './pdfmakeText.js';
import type { PdfmakeContent } from './pdfmakeTypes.js';
import { LOGO_HEIGHT, logoWidth as logoWidthOf, SIGNATURE_RULE } from '../template/templateLayout.js';

/** Every text drawn through `text` at the template's base size: sizes scale from the default body size. */
export function scaledText(text: TextContent, minutes: MinutesDocument): TextContent {
  const base = minutes.style?.baseFontSize;
  if (base === undefined || base === FONT_SIZE.body) return text;
  const factor = base / FONT_SIZE.body;
  return (content, width, style) => text(content, width, { ...style, fontSize: style.fontSize * factor });
}

/** The letterhead: the logo beside the organisation's name, address and contact lines, then a rule in the accent colour. */
export function pdfmakeLetterhead(minutes: MinutesDocument, text: TextContent, width: number): PdfmakeContent[] {
  const letterhead = minutes.letterhead;
  if (letterhead === undefined) return [];
  const accent = minutes.style?.accentColour;
  const logo = letterhead.logo;
  const logoWidth = logo === undefined ? 0 : logoWidthOf(logo);
  const textWidth = width - (logo === undefined ? 0 : logoWidth + 12);
  const lines: PdfmakeContent[] = [
    ...(letterhead.organisationName === undefined
      ? []
      : [
          text(letterhead.organisationName, textWidth, {
            fontSize: FONT_SIZE.heading,
            bold: true,
            ...(accent === undefined ? {} : { color: accent }),
          }),
        ]),
    ...[...letterhead.addressLines, ...letterhead.contactLines].map((line) =>
      text(line, textWidth, { fontSize: FONT_SIZE.small }),
    ),
  ];
  const columns: PdfmakeContent[] = [
    ...(logo === undefined
      ? []
      : [{ image: logo.dataUrl, fit: [logoWidth, LOGO_HEIGHT] as [number, number], width: logoWidth, alt: logo.alt }]),
    { stack: lines, width: textWidth },
  ];
  return [
    { columns, columnGap: 12 },
    {
      canvas: [{ type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 1.5, lineColor: accent ?? '#333333' }],
      margin: [0, 0, 0, 8],
    },
  ];
}

/** The audience's notice and the cover block, drawn under the status line. */
export function pdfmakeNoticeAndCover(minutes: MinutesDocument, text: TextContent, width: number): PdfmakeContent[] {
  const parts: PdfmakeContent[] = [];
  if (minutes.audienceNotice !== undefined)
    parts.push(text(minutes.audienceNotice, width, { fontSize: FONT_SIZE.body, bold: true, margin: [0, 2, 0, 6] }));
  if (minutes.cover !== undefined) {
    if (minutes.cover.heading !== undefined)
      parts.push(
        text(minutes.cover.heading, width, { fontSize: FONT_SIZE.subheading, bold: true, margin: [0, 2, 0, 2] }),
      );
    parts.push(text(minutes.cover.text, width, { fontSize: FONT_SIZE.body, margin: [0, 0, 0, 6] }));
  }
  return parts;
}

/** The closing statement and the signature block, after the last section. */
export function pdfmakeClosing(minutes: MinutesDocument, text: TextContent, width: number): PdfmakeContent[] {
  const parts: PdfmakeContent[] = [];
  if (minutes.closingStatement !== undefined)
    parts.push(text(minutes.closingStatement, width, { fontSize: FONT_SIZE.body, margin: [0, 12, 0, 6] }));
  const signature = minutes.signatureBlock;
  if (signature !== undefined) {
    parts.push({
      unbreakable: true,
      stack: [
        ...(signature.heading === undefined
          ? []
          : [text(signature.heading, width, { fontSize: FONT_SIZE.subheading, bold: true, margin: [0, 8, 0, 4] })]),
        ...signature.lines.map((line) =>
          text(`${line}: ${SIGNATURE_RULE}`, width, { fontSize: FONT_SIZE.body, margin: [0, 10, 0, 0] }),
        ),
      ],
    });
  }
  return parts;
}
