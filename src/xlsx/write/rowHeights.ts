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

/** How a wrapped cell's look sets its text: bold or not, and its font size in points. */
export interface WrappedFont {
  bold: boolean;
  size: number;
}

/**
 * Lines for the text at a column width. Words and paragraphs are walked by index, not split: a digest measures tens
 * of thousands of cells, and splitting made a string per word.
 */
function linesNeeded(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor((width - 1) / (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH)));
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    lines += wrappedLines(text, start, end < 0 ? text.length : end, perLine);
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** Greedy word wrap of the paragraph text[start, end), as Excel wraps: a word that does not fit starts a new line. */
function wrappedLines(text: string, start: number, end: number, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (let at = start; at <= end;) {
    const space = text.indexOf(' ', at);
    const wordEnd = space < 0 || space > end ? end : space;
    const word = wordEnd - at;
    const needed = used === 0 ? word : used + 1 + word;
    if (needed <= perLine) used = needed;
    else {
      lines += Math.ceil(Math.max(word, 1) / perLine);
      used = word % perLine;
    }
    at = wordEnd + 1;
  }
  return lines;
}

/** The height one wrapped cell needs, in points. */
export function wrappedHeight(text: string, width: number, font: WrappedFont): number {
  return linesNeeded(text, width, font.bold) * POINTS_PER_LINE * (font.size / DEFAULT_FONT_SIZE);
}

/** A row's height from its tallest wrapped cell, in points; null when one line is enough. */
export function rowHeight(tallest: number): number | null {
  return tallest > POINTS_PER_LINE ? tallest : null;
}
