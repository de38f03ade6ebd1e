/** A4 portrait in points, with room for the marking above and below the body. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: [42, 66, 42, 58] as [number, number, number, number],
} as const;

/** Width of the text column. */
export const CONTENT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

/** Cell padding and rule width of every table. */
export const CELL_PADDING = 4;
export const RULE_WIDTH = 0.5;

export const FONT_SIZE = {
  body: 9,
  small: 7.5,
  table: 8.5,
  heading: 13,
  subheading: 10.5,
  title: 18,
  marking: 10,
} as const;
