import { Document, Page, View } from '@react-pdf/renderer';
import type { MinutesDocument, MinutesSection } from '../model/MinutesDocument.js';
import { Block, KeyValues } from './ReactPdfBlocks.js';
import { defaultMinutesStyles, type MinutesStyles } from './minutesStyles.js';
import { decisionMayWrap, keyValuesMayWrap, presenceAhead } from '../layout/presenceAhead.js';
import { ReactPdfText } from './ReactPdfText.js';
import { Closing, Letterhead, NoticeAndCover, templateStyles } from './ReactPdfTemplateParts.js';
import type { PdfkitSecurity } from '../protect/pdfProtection.js';

export interface MinutesPdfProps {
  readonly minutes: MinutesDocument;
  /** Font families registered for the minutes (see registerReactPdfFonts), in fallback order. */
  readonly fontFamily: readonly string[];
  /** Overrides of the default look. */
  readonly styles?: Partial<MinutesStyles>;
  /** Encryption, checked by `pdfkitSecurity` (renderReactPdf's `protect` option). */
  readonly security?: PdfkitSecurity;
}

/**
 * The minutes as react-pdf components: restyle with `styles`, preview in Storybook, render with
 * `renderReactPdf`. The markings, page numbers and DRAFT status are drawn on every page whatever the
 * styles say.
 *
 * All the minutes flow through one `<Page>`, so no section starts a page of its own and leaves the
 * page before half empty; every table repeats its header row on each page it runs onto.
 */
export function MinutesPdf({ minutes, fontFamily, styles: overrides, security }: MinutesPdfProps) {
  const styles: MinutesStyles = templateStyles(minutes, { ...defaultMinutesStyles, ...overrides });
  const created = new Date(minutes.metadata.createdAt);
  // The running header is in the flow (see PageFrame): the page's top padding is where it starts.
  const pageStyle = { ...styles.page, paddingTop: HEADER_TOP, fontFamily: [...fontFamily] as unknown as string };
  return (
    <Document
      title={minutes.metadata.title}
      author={minutes.metadata.author}
      subject={minutes.metadata.subject}
      keywords={minutes.metadata.keywords}
      creator="@strategy-record/render"
      producer="@strategy-record/render (react-pdf)"
      language={minutes.metadata.language}
      creationDate={created}
      modificationDate={created}
      {...security}
    >
      <Page size="A4" style={pageStyle}>
        <PageFrame minutes={minutes} styles={styles} />
        <FrontMatter minutes={minutes} styles={styles} />
        {minutes.sections.map((section) => (
          <Section key={section.id} section={section} styles={styles} />
        ))}
        <Closing minutes={minutes} styles={styles} />
      </Page>
    </Document>
  );
}

/** Where the running header starts, from the top of the page. */
const HEADER_TOP = 16;
/** The least room between the header's last line and the body, as in the pdfmake engine. */
const HEADER_GAP = 12;
/** The header's lines drawn where the flow puts them, whatever the (absolute) styles place them at. */
const IN_FLOW = { position: 'relative', top: 0, left: 0, right: 0 } as const;

/**
 * OFFICIAL-SENSITIVE top and bottom, record line, DRAFT, whose copy it is, page X of Y: on every page.
 * The header above the body is one fixed view in the flow, so react-pdf repeats it on every page and
 * starts the body below its last line: a record line or a "Copy for" line that wraps pushes the body
 * down instead of running into it. Its least height keeps the body where the page style's top
 * padding says.
 */
function PageFrame({ minutes, styles }: { readonly minutes: MinutesDocument; readonly styles: MinutesStyles }) {
  const draft = !minutes.status.final;
  const bodyTop = Number(styles.page.paddingTop ?? 66);
  return (
    <>
      {draft && (
        <ReactPdfText fixed style={styles.watermark}>
          DRAFT
        </ReactPdfText>
      )}
      <View fixed style={{ minHeight: bodyTop - HEADER_TOP, paddingBottom: HEADER_GAP }}>
        <ReactPdfText style={[styles.marking, IN_FLOW]}>{minutes.marking}</ReactPdfText>
        <View style={{ flexDirection: 'row', marginTop: 3 }}>
          <ReactPdfText style={[styles.recordLine, IN_FLOW, { flexGrow: 1, flexShrink: 1 }]}>
            {minutes.recordLine}
          </ReactPdfText>
          {draft && (
            <ReactPdfText style={[styles.draftLine, IN_FLOW, { flexShrink: 0 }]}>DRAFT: not signed off</ReactPdfText>
          )}
        </View>
        {minutes.copyFor !== undefined && (
          <ReactPdfText style={[styles.recordLine, IN_FLOW, { marginTop: 1 }]}>{minutes.copyFor}</ReactPdfText>
        )}
      </View>
      <ReactPdfText
        fixed
        style={styles.pageNumber}
        render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
      />
      <ReactPdfText fixed style={[styles.marking, { bottom: 18 }]}>
        {minutes.marking}
      </ReactPdfText>
    </>
  );
}

function FrontMatter({ minutes, styles }: { readonly minutes: MinutesDocument; readonly styles: MinutesStyles }) {
  const draft = !minutes.status.final;
  return (
    <View>
      <Letterhead minutes={minutes} styles={styles} />
      <ReactPdfText style={styles.title} bookmark={{ title: minutes.title, fit: true }}>
        {minutes.title}
      </ReactPdfText>
      <ReactPdfText style={styles.audience}>{minutes.audienceLabel}</ReactPdfText>
      <ReactPdfText style={draft ? styles.draftStatus : styles.status}>
        {draft ? `DRAFT. ${minutes.status.explanation}` : minutes.status.explanation}
      </ReactPdfText>
      {minutes.notices.map((notice, index) => (
        <ReactPdfText key={index} style={styles.draftStatus}>
          {notice}
        </ReactPdfText>
      ))}
      <NoticeAndCover minutes={minutes} styles={styles} />
      <KeyValues items={minutes.summary} styles={styles} />
      {minutes.decisionsAtAGlance.length > 0 && (
        <>
          <ReactPdfText style={styles.subheading}>Decisions at a glance</ReactPdfText>
          <KeyValues items={minutes.decisionsAtAGlance} styles={styles} />
        </>
      )}
    </View>
  );
}

/**
 * A section's heading and blocks as siblings in the page, not inside a view: react-pdf only moves a
 * heading to the next page for the room it asks for ahead (`minPresenceAhead`: enough for the start
 * of the next block) when something precedes it in the same parent.
 */
function Section({ section, styles }: { readonly section: MinutesSection; readonly styles: MinutesStyles }) {
  const heading = `${section.number}. ${section.heading}`;
  return (
    <>
      <ReactPdfText
        style={styles.heading}
        bookmark={{ title: heading, fit: true }}
        minPresenceAhead={presenceAhead(section.blocks, 0, decisionMayWrap, keyValuesMayWrap)}
      >
        {heading}
      </ReactPdfText>
      {section.introduction !== undefined && (
        <ReactPdfText style={styles.paragraph}>{section.introduction}</ReactPdfText>
      )}
      {section.blocks.map((block, index) => (
        <Block key={index} block={block} following={section.blocks.slice(index + 1)} styles={styles} />
      ))}
    </>
  );
}
