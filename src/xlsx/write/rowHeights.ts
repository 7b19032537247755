/**
 * Row heights for wrapped text. Excel's AutoFit (Office.js `autofitRows`) happens only in Excel, and LibreOffice keeps
 * the default height for rows without one, so wrapped commentary and prompts would overlap the next row. This
 * estimates the lines each wrapped cell needs from its column's width, as AutoFit would.
 */

const POINTS_PER_LINE = 15;
const DEFAULT_FONT_SIZE = 11;
/** Excel's default column width, in characters, for a column the plan gives no width. */
export const DEFAULT_WIDTH = 9.140625;
/** Column widths count the digit 0; prose averages a little narrower, bold a little wider. */
const CHAR_WIDTH = 0.85;
const BOLD_CHAR_WIDTH = 1;

export interface WrappedCell {
  text: string;
  /** The column's width in characters. */
  width: number;
  bold: boolean;
  /** Points. */
  size: number;
}

function linesNeeded(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor((width - 1) / (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH)));
  return text.split('\n').reduce((lines, paragraph) => lines + wrappedLines(paragraph, perLine), 0);
}

/** Greedy word wrap, as Excel wraps: a word that does not fit starts a new line. */
function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(' ')) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) used = needed;
    else {
      lines += Math.ceil(Math.max(word.length, 1) / perLine);
      used = word.length % perLine;
    }
  }
  return lines;
}

/** The height a row of wrapped cells needs, in points; null when one line is enough. */
export function wrappedRowHeight(cells: WrappedCell[]): number | null {
  const height = cells.reduce(
    (max, cell) =>
      Math.max(
        max,
        linesNeeded(cell.text, cell.width, cell.bold) * POINTS_PER_LINE * (cell.size / DEFAULT_FONT_SIZE),
      ),
    0,
  );
  return height > POINTS_PER_LINE ? height : null;
}
