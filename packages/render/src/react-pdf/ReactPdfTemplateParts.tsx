import { Image, View } from '@react-pdf/renderer';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import { LOGO_HEIGHT, logoWidth, SIGNATURE_RULE } from '../template/templateLayout.js';
import type { MinutesStyles, Style } from './minutesStyles.js';
import { ReactPdfText } from './ReactPdfText.js';

interface PartProps {
  readonly minutes: MinutesDocument;
  readonly styles: MinutesStyles;
}

// The page frame (marking, record line, page number, watermark) keeps its size whatever the template says.
const FRAME: readonly (keyof MinutesStyles)[] = ['marking', 'recordLine', 'draftLine', 'pageNumber', 'watermark'];

/**
 * The template's look as style overrides: every size of the content scaled from the default body
 * size to the template's, and the headings in its accent colour.
 */
export function templateStyles(minutes: MinutesDocument, styles: MinutesStyles): MinutesStyles {
  const base = minutes.style?.baseFontSize;
  const accent = minutes.style?.accentColour;
  const bodySize = Number(styles.page.fontSize ?? 9);
  const factor = base === undefined ? 1 : base / bodySize;
  const scaled = Object.fromEntries(
    Object.entries(styles).map(([name, style]: [string, Style]) => {
      if (factor === 1 || FRAME.includes(name as keyof MinutesStyles) || typeof style.fontSize !== 'number')
        return [name, style];
      return [name, { ...style, fontSize: style.fontSize * factor }];
    }),
  ) as unknown as MinutesStyles;
  const page = base === undefined ? scaled.page : { ...scaled.page, fontSize: base };
  return accent === undefined
    ? { ...scaled, page }
    : { ...scaled, page, heading: { ...scaled.heading, color: accent } };
}

/** The logo beside the organisation's name, address and contact lines, then a rule in the accent colour. */
export function Letterhead({ minutes, styles }: PartProps) {
  const letterhead = minutes.letterhead;
  if (letterhead === undefined) return null;
  const accent = minutes.style?.accentColour;
  const logo = letterhead.logo;
  const headingSize = Number(styles.heading.fontSize ?? 13);
  const smallSize = Number(styles.caption.fontSize ?? 8.5) * 0.88;
  return (
    <View
      style={{
        flexDirection: 'row',
        borderBottomWidth: 1.5,
        borderBottomColor: accent ?? '#333333',
        paddingBottom: 6,
        marginBottom: 8,
      }}
    >
      {logo !== undefined && (
        <Image
          src={logo.dataUrl}
          style={{
            height: LOGO_HEIGHT,
            width: logoWidth(logo),
            marginRight: 12,
          }}
        />
      )}
      <View style={{ flexGrow: 1, flexShrink: 1 }}>
        {letterhead.organisationName !== undefined && (
          <ReactPdfText
            style={{ fontSize: headingSize, fontWeight: 'bold', ...(accent === undefined ? {} : { color: accent }) }}
          >
            {letterhead.organisationName}
          </ReactPdfText>
        )}
        {[...letterhead.addressLines, ...letterhead.contactLines].map((line, index) => (
          <ReactPdfText key={index} style={{ fontSize: smallSize }}>
            {line}
          </ReactPdfText>
        ))}
      </View>
    </View>
  );
}

/** The audience's notice and the cover block, under the status line. */
export function NoticeAndCover({ minutes, styles }: PartProps) {
  return (
    <>
      {minutes.audienceNotice !== undefined && (
        <ReactPdfText style={[styles.paragraph, { fontWeight: 'bold', marginTop: 2, marginBottom: 6 }]}>
          {minutes.audienceNotice}
        </ReactPdfText>
      )}
      {minutes.cover?.heading !== undefined && (
        <ReactPdfText style={styles.subheading}>{minutes.cover.heading}</ReactPdfText>
      )}
      {minutes.cover !== undefined && (
        <ReactPdfText style={[styles.paragraph, { marginBottom: 6 }]}>{minutes.cover.text}</ReactPdfText>
      )}
    </>
  );
}

/** The closing statement and the signature block, after the last section. */
export function Closing({ minutes, styles }: PartProps) {
  const signature = minutes.signatureBlock;
  return (
    <>
      {minutes.closingStatement !== undefined && (
        <ReactPdfText style={[styles.paragraph, { marginTop: 12, marginBottom: 6 }]}>
          {minutes.closingStatement}
        </ReactPdfText>
      )}
      {signature !== undefined && (
        <View wrap={false}>
          {signature.heading !== undefined && (
            <ReactPdfText style={[styles.subheading, { marginTop: 8, marginBottom: 4 }]}>
              {signature.heading}
            </ReactPdfText>
          )}
          {signature.lines.map((line, index) => (
            <ReactPdfText key={index} style={[styles.paragraph, { marginTop: 10, marginBottom: 0 }]}>
              {`${line}: ${SIGNATURE_RULE}`}
            </ReactPdfText>
          ))}
        </View>
      )}
    </>
  );
}
