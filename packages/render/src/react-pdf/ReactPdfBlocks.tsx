import { View } from '@react-pdf/renderer';
import type { DecisionBlock, KeyValue, MinutesBlock, Table } from '../model/MinutesDocument.js';
import type { MinutesStyles, Style } from './minutesStyles.js';
import { ReactPdfText } from './ReactPdfText.js';

// A value longer than this may not fit on one page: its row or box may split across pages rather
// than be cut off (react-pdf cuts off what does not fit in an element that must not split).
const LONG_VALUE = 600;

export interface BlockProps {
  readonly styles: MinutesStyles;
}

/** Label and value pairs in two columns. */
export function KeyValues({ items, styles }: BlockProps & { readonly items: readonly KeyValue[] }) {
  return (
    <View style={{ marginBottom: 4 }}>
      {items.map((item, index) => (
        <View key={index} style={styles.keyValueRow} wrap={item.value.length > LONG_VALUE}>
          <ReactPdfText style={styles.key}>{item.label}</ReactPdfText>
          <ReactPdfText style={styles.value}>{item.value}</ReactPdfText>
        </View>
      ))}
    </View>
  );
}

function cellStyle(base: Style, weight: number, total: number): Style {
  return { ...base, width: `${(100 * weight) / total}%` };
}

/** The header row of a table; the actions page repeats it on every page (`fixed`). */
export function TableHeader({
  table,
  styles,
  fixed,
}: BlockProps & { readonly table: Table; readonly fixed?: boolean }) {
  const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
  return (
    <View style={styles.tableHeaderRow} fixed={fixed === true} wrap={false}>
      {table.columns.map((column, index) => (
        <View key={index} style={cellStyle(styles.tableHeaderCell, column.weight, total)}>
          <ReactPdfText>{column.label}</ReactPdfText>
        </View>
      ))}
    </View>
  );
}

/** Table rows; a row is never split across pages (`wrap={false}`). Cells are views, so their rules run the full row height. */
export function TableRows({ table, styles }: BlockProps & { readonly table: Table }) {
  const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
  return (
    <>
      {table.rows.map((row, rowIndex) => (
        <View key={rowIndex} style={styles.tableRow} wrap={false}>
          {row.map((cell, index) => (
            <View key={index} style={cellStyle(styles.tableCell, table.columns[index]?.weight ?? 1, total)}>
              <ReactPdfText>{cell}</ReactPdfText>
            </View>
          ))}
        </View>
      ))}
    </>
  );
}

/** A table in the flow of a section. Its header row stays with the first row. */
function TableBlock({ table, styles }: BlockProps & { readonly table: Table }) {
  if (table.rows.length === 0) return <ReactPdfText style={styles.paragraph}>{table.emptyText}</ReactPdfText>;
  return (
    <View>
      {table.showCaption && <ReactPdfText style={styles.caption}>{table.caption}</ReactPdfText>}
      <View style={styles.table}>
        <TableHeader table={table} styles={styles} />
        <TableRows table={table} styles={styles} />
      </View>
    </View>
  );
}

/** The decision for one child, boxed, with the outcome in large bold type. */
function Decision({ decision, styles }: BlockProps & { readonly decision: DecisionBlock }) {
  return (
    <View
      style={styles.decision}
      wrap={decision.rationale.length + decision.details.reduce((sum, item) => sum + item.value.length, 0) > LONG_VALUE}
    >
      <ReactPdfText style={styles.decisionChild}>{decision.child}</ReactPdfText>
      <ReactPdfText style={styles.decisionOutcome}>{`Decision: ${decision.outcome}`}</ReactPdfText>
      <ReactPdfText style={styles.decisionRationaleLabel}>Rationale</ReactPdfText>
      <ReactPdfText style={styles.decisionRationale}>{decision.rationale}</ReactPdfText>
      <KeyValues items={decision.details} styles={styles} />
    </View>
  );
}

/** Any block of a section. */
export function Block({ block, styles }: BlockProps & { readonly block: MinutesBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <ReactPdfText style={styles.paragraph}>{block.text}</ReactPdfText>;
    case 'subheading':
      return (
        <ReactPdfText style={styles.subheading} minPresenceAhead={24}>
          {block.text}
        </ReactPdfText>
      );
    case 'notice':
      return <ReactPdfText style={styles.notice}>{block.text}</ReactPdfText>;
    case 'keyValues':
      return <KeyValues items={block.items} styles={styles} />;
    case 'table':
      return <TableBlock table={block} styles={styles} />;
    case 'decision':
      return <Decision decision={block} styles={styles} />;
  }
}
