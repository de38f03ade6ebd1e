import type { Styles } from '@react-pdf/renderer';

/** One style object, as react-pdf's StyleSheet takes it. */
export type Style = Styles[string];

/**
 * The look of the react-pdf minutes. Pass a partial override to `<MinutesPdf styles={...}>` to
 * restyle (colours, sizes, spacing); the content and the markings stay as they are.
 */
export interface MinutesStyles {
  readonly page: Style;
  readonly marking: Style;
  readonly recordLine: Style;
  readonly draftLine: Style;
  readonly pageNumber: Style;
  readonly watermark: Style;
  readonly title: Style;
  readonly audience: Style;
  readonly status: Style;
  readonly draftStatus: Style;
  readonly notice: Style;
  readonly heading: Style;
  readonly subheading: Style;
  readonly paragraph: Style;
  readonly keyValueRow: Style;
  readonly key: Style;
  readonly value: Style;
  /** A value that is a list: one row per item, its bullet beside its text. */
  readonly listItem: Style;
  readonly listBullet: Style;
  readonly listItemText: Style;
  readonly caption: Style;
  readonly table: Style;
  readonly tableHeaderRow: Style;
  readonly tableRow: Style;
  readonly tableHeaderCell: Style;
  readonly tableCell: Style;
  readonly decision: Style;
  readonly decisionChild: Style;
  readonly decisionOutcome: Style;
  readonly decisionRationaleLabel: Style;
  readonly decisionRationale: Style;
}

const RULE = '#9a9a9a';
const DRAFT = '#b00020';

/** The default look: close to the pdfmake minutes, so the engines can be compared side by side. */
export const defaultMinutesStyles: MinutesStyles = {
  page: { paddingTop: 66, paddingBottom: 58, paddingHorizontal: 42, fontSize: 9 },
  marking: { position: 'absolute', left: 42, right: 42, textAlign: 'center', fontSize: 10, fontWeight: 'bold' },
  recordLine: { position: 'absolute', top: 33, left: 42, right: 160, fontSize: 7.5 },
  draftLine: {
    position: 'absolute',
    top: 33,
    right: 42,
    width: 118,
    textAlign: 'right',
    fontSize: 7.5,
    fontWeight: 'bold',
    color: DRAFT,
  },
  pageNumber: {
    position: 'absolute',
    bottom: 34,
    left: 42,
    right: 42,
    minHeight: 10,
    textAlign: 'center',
    fontSize: 7.5,
  },
  watermark: {
    position: 'absolute',
    top: 360,
    left: 0,
    right: 0,
    textAlign: 'center',
    fontSize: 120,
    fontWeight: 'bold',
    color: DRAFT,
    opacity: 0.08,
    transform: 'rotate(-40deg)',
  },
  title: { fontSize: 18, fontWeight: 'bold' },
  audience: { fontSize: 10.5, fontWeight: 'bold', marginTop: 2, marginBottom: 2 },
  status: { color: '#1b5e20', marginBottom: 6 },
  draftStatus: { color: DRAFT, fontWeight: 'bold', marginBottom: 6 },
  notice: { fontWeight: 'bold', color: '#333333', marginTop: 2, marginBottom: 4 },
  heading: { fontSize: 13, fontWeight: 'bold', marginTop: 12, marginBottom: 4, minHeight: 16 },
  subheading: { fontSize: 10.5, fontWeight: 'bold', marginTop: 6, marginBottom: 2 },
  paragraph: { marginBottom: 4 },
  keyValueRow: { flexDirection: 'row', marginBottom: 2 },
  key: { width: '33%', fontWeight: 'bold', paddingRight: 8 },
  value: { width: '67%' },
  listItem: { flexDirection: 'row' },
  listBullet: { width: 10 },
  listItemText: { flex: 1 },
  caption: { fontSize: 8.5, fontWeight: 'bold', marginTop: 4 },
  // The rules sit on the rows, not on the table: a table split across pages would otherwise draw its
  // left rule down to the foot of the page below its last row there.
  table: { marginTop: 2, marginBottom: 6 },
  tableHeaderRow: {
    flexDirection: 'row',
    backgroundColor: '#e8e8e8',
    borderTopWidth: 0.5,
    borderLeftWidth: 0.5,
    borderColor: RULE,
  },
  tableRow: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: RULE },
  tableHeaderCell: {
    fontSize: 8.5,
    fontWeight: 'bold',
    padding: 3,
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: RULE,
  },
  tableCell: { fontSize: 8.5, padding: 3, borderRightWidth: 0.5, borderBottomWidth: 0.5, borderColor: RULE },
  decision: {
    borderWidth: 1.5,
    borderColor: '#1d3557',
    backgroundColor: '#f1f5fb',
    padding: 8,
    marginTop: 4,
    marginBottom: 8,
  },
  decisionChild: { fontSize: 10.5, fontWeight: 'bold' },
  decisionOutcome: { fontSize: 13, fontWeight: 'bold', marginTop: 2, marginBottom: 4 },
  decisionRationaleLabel: { fontWeight: 'bold' },
  decisionRationale: { fontSize: 9.5, marginBottom: 4 },
};
