import { View } from '@react-pdf/renderer';
import type { DecisionBlock, KeyValue, MinutesBlock, Table } from '../model/MinutesDocument.js';
import { valueText } from '../model/blocks.js';
import type { MinutesStyles, Style } from './minutesStyles.js';
import {
  decisionMayWrap,
  keyValuesMayWrap,
  LONG_VALUE,
  presenceAhead,
  tableStartHeight,
} from '../layout/presenceAhead.js';
import { ReactPdfText } from './ReactPdfText.js';

export interface BlockProps {
  readonly styles: MinutesStyles;
}

/** Label and value pairs in two columns. */
export function KeyValues({ items, styles }: BlockProps & { readonly items: readonly KeyValue[] }) {
  return (
    <View style={{ marginBottom: 4 }} wrap={keyValuesMayWrap(items)}>
      {items.map((item, index) => (
        <View key={index} style={styles.keyValueRow} wrap={valueText(item.value).length > LONG_VALUE}>
          <ReactPdfText style={styles.key}>{item.label}</ReactPdfText>
          <Value value={item.value} styles={styles} />
        </View>
      ))}
    </View>
  );
}

/** A value's text, or its list: a bullet beside each item, whose lines wrap clear of the bullet. */
function Value({ value, styles }: BlockProps & { readonly value: KeyValue['value'] }) {
  if (typeof value === 'string') return <ReactPdfText style={styles.value}>{value}</ReactPdfText>;
  return (
    <View style={styles.value}>
      {value.map((item, index) => (
        <View key={index} style={styles.listItem}>
          <ReactPdfText style={styles.listBullet}>{'\u2022'}</ReactPdfText>
          <ReactPdfText style={styles.listItemText}>{item}</ReactPdfText>
        </View>
      ))}
    </View>
  );
}

function cellStyle(base: Style, weight: number, total: number): Style {
  return { ...base, width: `${(100 * weight) / total}%` };
}

/**
 * The header row of a table. It is `fixed`: react-pdf repeats a fixed child in every part of its
 * parent view, so the header row starts each page the table runs onto.
 */
function TableHeader({ table, styles }: BlockProps & { readonly table: Table }) {
  const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
  return (
    <View style={styles.tableHeaderRow} fixed wrap={false}>
      {table.columns.map((column, index) => (
        <ReactPdfText key={index} style={cellStyle(styles.tableHeaderCell, column.weight, total)}>
          {column.label}
        </ReactPdfText>
      ))}
    </View>
  );
}

/**
 * Table rows; a row is never split across pages (`wrap={false}`). Each cell is one text element,
 * stretched to the row's height so that its rules run the full row; not a view around a text, which
 * doubled the elements react-pdf lays out again for every page.
 */
function TableRows({ table, styles }: BlockProps & { readonly table: Table }) {
  const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
  return (
    <>
      {table.rows.map((row, rowIndex) => (
        <View key={rowIndex} style={styles.tableRow} wrap={false}>
          {row.map((cell, index) => (
            <ReactPdfText key={index} style={cellStyle(styles.tableCell, table.columns[index]?.weight ?? 1, total)}>
              {cell}
            </ReactPdfText>
          ))}
        </View>
      ))}
    </>
  );
}

/**
 * A table in the flow of a section. Its parts are siblings of the blocks around them, not children of
 * a view of their own, because react-pdf only moves an element to the next page for the room it needs
 * ahead (`minPresenceAhead`) when something precedes it in the same parent. The empty view before
 * the table asks for room for the caption, header row and first row, so the header row is never left
 * alone at the foot of a page.
 */
function TableBlock({ table, styles }: BlockProps & { readonly table: Table }) {
  if (table.rows.length === 0) return <ReactPdfText style={styles.paragraph}>{table.emptyText}</ReactPdfText>;
  return (
    <>
      <View minPresenceAhead={tableStartHeight(table)} />
      {table.showCaption && <ReactPdfText style={styles.caption}>{table.caption}</ReactPdfText>}
      <View style={styles.table}>
        <TableHeader table={table} styles={styles} />
        <TableRows table={table} styles={styles} />
      </View>
    </>
  );
}

/** The decision for one child, boxed, with the outcome in large bold type. */
function Decision({ decision, styles }: BlockProps & { readonly decision: DecisionBlock }) {
  return (
    <View style={styles.decision} wrap={decisionMayWrap(decision)}>
      <ReactPdfText style={styles.decisionChild}>{decision.child}</ReactPdfText>
      <ReactPdfText style={styles.decisionOutcome}>{`Decision: ${decision.outcome}`}</ReactPdfText>
      <ReactPdfText style={styles.decisionRationaleLabel}>Rationale</ReactPdfText>
      <ReactPdfText style={styles.decisionRationale}>{decision.rationale}</ReactPdfText>
      <KeyValues items={decision.details} styles={styles} />
    </View>
  );
}

/** Any block of a section; `following` are the blocks after it, which a subheading keeps with it. */
export function Block({
  block,
  following,
  styles,
}: BlockProps & { readonly block: MinutesBlock; readonly following: readonly MinutesBlock[] }) {
  switch (block.kind) {
    case 'paragraph':
      return <ReactPdfText style={styles.paragraph}>{block.text}</ReactPdfText>;
    case 'subheading':
      return (
        <ReactPdfText
          style={styles.subheading}
          minPresenceAhead={presenceAhead(following, 0, decisionMayWrap, keyValuesMayWrap)}
        >
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
