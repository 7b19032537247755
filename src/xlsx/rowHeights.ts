/**
 * Row heights for wrapped text. Excel's AutoFit (Office.js `autofitRows`) has no ExcelJS counterpart, and
 * LibreOffice keeps the default height for rows without one, so wrapped commentary and prompts would overlap the
 * next row. This estimates the lines each wrapped cell needs from its column's width, as AutoFit would.
 */
import type { Cell, Worksheet } from 'exceljs';

const POINTS_PER_LINE = 15;
const DEFAULT_FONT_SIZE = 11;
const DEFAULT_WIDTH = 9.140625;
/** Column widths count the digit 0; prose averages a little narrower, bold a little wider. */
const CHAR_WIDTH = 0.85;
const BOLD_CHAR_WIDTH = 1;

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

function heightFor(cell: Cell, width: number): number {
  const text = typeof cell.value === 'string' ? cell.value : '';
  const size = cell.font?.size ?? DEFAULT_FONT_SIZE;
  const lines = linesNeeded(text, width, cell.font?.bold === true);
  return lines * POINTS_PER_LINE * (size / DEFAULT_FONT_SIZE);
}

/** Sets the height of every row whose wrapped text needs more than one line. */
export function fitWrappedRows(sheet: Worksheet): void {
  sheet.eachRow((row) => {
    let height = 0;
    row.eachCell((cell, col) => {
      if (cell.alignment?.wrapText && typeof cell.value === 'string')
        height = Math.max(height, heightFor(cell, sheet.getColumn(col).width ?? DEFAULT_WIDTH));
    });
    if (height > POINTS_PER_LINE) row.height = height;
  });
}
