import type { MinutesBlock, Table } from './MinutesDocument.js';

// Table text is set at about 8.5 pt on an A4 page whose text column is about 480 pt wide: a cell
// holds about one character per 4.7 pt of its width per line. Thirty lines of a column keep any
// row well within a page.
const TABLE_WIDTH_POINTS = 480;
const POINTS_PER_CHARACTER = 4.7;
const LINES_PER_CELL = 30;

/** How many characters a cell of this column holds before its row could outgrow a page. */
function cellCapacity(table: Table, column: number): number {
  const total = table.columns.reduce((sum, each) => sum + each.weight, 0);
  const width = (TABLE_WIDTH_POINTS * (table.columns[column]?.weight ?? 1)) / (total || 1);
  return Math.max(4, Math.floor(width / POINTS_PER_CHARACTER)) * LINES_PER_CELL;
}

/**
 * Text too long for its table cell (it would make the row taller than a page, and a row that must
 * not split across pages would then be cut off or dropped by a PDF engine) is moved out of the
 * table: the cell keeps its start and says "continued below the table", and the whole text follows
 * the table under a heading naming the table, the row and the column. Nothing is lost, in any engine.
 */
export function moveLongCellsOutOfTables(blocks: readonly MinutesBlock[]): MinutesBlock[] {
  return blocks.flatMap((block): MinutesBlock[] => {
    if (block.kind !== 'table') return [block];
    const continued: MinutesBlock[] = [];
    const rows = block.rows.map((row, rowIndex) =>
      row.map((cell, columnIndex) => {
        const capacity = cellCapacity(block, columnIndex);
        if (cell.length <= capacity) return cell;
        const column = block.columns[columnIndex]?.label ?? 'Text';
        const rowName = row[0] !== undefined && row[0] !== '' && columnIndex !== 0 ? row[0] : `row ${rowIndex + 1}`;
        continued.push(
          { kind: 'subheading', text: `${block.caption}, ${rowName}: ${column} (in full)` },
          { kind: 'paragraph', text: cell },
        );
        return `${startOf(cell, Math.floor(capacity / 2))} … (continued below the table)`;
      }),
    );
    return [{ ...block, rows }, ...continued];
  });
}

/** The start of a text, cut at a space where there is one. */
function startOf(text: string, length: number): string {
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return space > length / 2 ? cut.slice(0, space) : cut;
}
