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
  const pageStyle = { ...styles.page, fontFamily: [...fontFamily] as unknown as string };
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

/** OFFICIAL-SENSITIVE top and bottom, record line, DRAFT, page X of Y: on every page. */
function PageFrame({ minutes, styles }: { readonly minutes: MinutesDocument; readonly styles: MinutesStyles }) {
  const draft = !minutes.status.final;
  return (
    <>
      {draft && (
        <ReactPdfText fixed style={styles.watermark}>
          DRAFT
        </ReactPdfText>
      )}
      <ReactPdfText fixed style={[styles.marking, { top: 16 }]}>
        {minutes.marking}
      </ReactPdfText>
      <ReactPdfText fixed style={styles.recordLine}>
        {minutes.recordLine}
      </ReactPdfText>
      {minutes.copyFor !== undefined && (
        <ReactPdfText fixed style={[styles.recordLine, { top: 44, right: 42 }]}>
          {minutes.copyFor}
        </ReactPdfText>
      )}
      {draft && (
        <ReactPdfText fixed style={styles.draftLine}>
          DRAFT: not signed off
        </ReactPdfText>
      )}
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
