import { Document, Page, View } from '@react-pdf/renderer';
import type { MinutesDocument, MinutesSection, Table } from '../model/MinutesDocument.js';
import { Block, KeyValues, TableHeader, TableRows } from './ReactPdfBlocks.js';
import { defaultMinutesStyles, type MinutesStyles } from './minutesStyles.js';
import { ReactPdfText } from './ReactPdfText.js';
import { Closing, Letterhead, NoticeAndCover, templateStyles } from './ReactPdfTemplateParts.js';

export interface MinutesPdfProps {
  readonly minutes: MinutesDocument;
  /** Font families registered for the minutes (see registerReactPdfFonts), in fallback order. */
  readonly fontFamily: readonly string[];
  /** Overrides of the default look. */
  readonly styles?: Partial<MinutesStyles>;
}

/**
 * The minutes as react-pdf components: restyle with `styles`, preview in Storybook, render with
 * `renderReactPdf`. The markings, page numbers and DRAFT status are drawn on every page whatever the
 * styles say.
 *
 * The actions table gets pages of its own: react-pdf repeats `fixed` elements on every page of a
 * `<Page>`, which is how its heading and header row repeat while it runs over pages.
 */
export function MinutesPdf({ minutes, fontFamily, styles: overrides }: MinutesPdfProps) {
  const styles: MinutesStyles = templateStyles(minutes, { ...defaultMinutesStyles, ...overrides });
  const created = new Date(minutes.metadata.createdAt);
  const pageStyle = { ...styles.page, fontFamily: [...fontFamily] as unknown as string };
  const actionsIndex = minutes.sections.findIndex((section) => section.id === 'actions');
  const before = actionsIndex < 0 ? minutes.sections : minutes.sections.slice(0, actionsIndex);
  const actions = actionsIndex < 0 ? undefined : minutes.sections[actionsIndex];
  const after = actionsIndex < 0 ? [] : minutes.sections.slice(actionsIndex + 1);
  const frame = <PageFrame minutes={minutes} styles={styles} />;
  const closing = <Closing minutes={minutes} styles={styles} />;
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
    >
      <Page size="A4" style={pageStyle}>
        {frame}
        <FrontMatter minutes={minutes} styles={styles} />
        {before.map((section) => (
          <Section key={section.id} section={section} styles={styles} />
        ))}
        {actions === undefined && closing}
      </Page>
      {actions !== undefined && (
        <Page size="A4" style={pageStyle}>
          {frame}
          <ActionsSection section={actions} styles={styles} />
          {after.length === 0 && closing}
        </Page>
      )}
      {after.length > 0 && (
        <Page size="A4" style={pageStyle}>
          {frame}
          {after.map((section) => (
            <Section key={section.id} section={section} styles={styles} />
          ))}
          {closing}
        </Page>
      )}
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

function Section({ section, styles }: { readonly section: MinutesSection; readonly styles: MinutesStyles }) {
  const heading = `${section.number}. ${section.heading}`;
  return (
    <View>
      <ReactPdfText style={styles.heading} bookmark={{ title: heading, fit: true }} minPresenceAhead={40}>
        {heading}
      </ReactPdfText>
      {section.introduction !== undefined && (
        <ReactPdfText style={styles.paragraph}>{section.introduction}</ReactPdfText>
      )}
      {section.blocks.map((block, index) => (
        <Block key={index} block={block} styles={styles} />
      ))}
    </View>
  );
}

/** The actions section: its heading and the table's header row are fixed, so they repeat on each of its pages. */
function ActionsSection({ section, styles }: { readonly section: MinutesSection; readonly styles: MinutesStyles }) {
  const heading = `${section.number}. ${section.heading}`;
  const table = section.blocks.find((block): block is Table => block.kind === 'table');
  const others = section.blocks.filter((block) => block !== table);
  return (
    <>
      <ReactPdfText
        fixed
        style={styles.heading}
        bookmark={{ title: heading, fit: true }}
        render={({ subPageNumber }) => (subPageNumber > 1 ? `${heading} (continued)` : heading)}
      />
      {section.introduction !== undefined && (
        <ReactPdfText style={styles.paragraph}>{section.introduction}</ReactPdfText>
      )}
      {table === undefined || table.rows.length === 0 ? (
        <ReactPdfText style={styles.paragraph}>{table?.emptyText ?? ''}</ReactPdfText>
      ) : (
        <View style={styles.table}>
          <TableHeader table={table} styles={styles} fixed />
          <TableRows table={table} styles={styles} />
        </View>
      )}
      {others.map((block, index) => (
        <Block key={index} block={block} styles={styles} />
      ))}
    </>
  );
}
