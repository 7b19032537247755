/**
 * Column widths from what the columns hold (Excel's character units: the width of a digit in Calibri 11). Columns of
 * wrapped text (names, prompts, commentary) keep the width they are given; every other column is as wide as its
 * widest cell among the ranges that fit it: a table's bold headings by their longest word (they wrap at spaces),
 * its other cells whole. Cells left to run on into empty neighbours (titles, a data issue's address) fit nothing.
 */
import { formatValue } from '../core/formatValue';
import type { CellValue } from '../core/grid';
import type { GridRange } from './planTypes';

/** A range whose cells the columns must show without cutting them. */
export interface FittedRange {
  range: GridRange;
  /** Bold headings that wrap: only their longest word must fit. */
  header: boolean;
}

/** Bold Calibri is about a tenth wider; a cell has a little padding on each side. */
const BOLD = 1.1;
const PADDING = 1.5;
/** The narrowest a fitted column gets, and the widest it grows (beyond that a cell is better cut than the page). */
const MIN = 4;
const MAX = 30;
/** The widest character, a block element of the trend. */
const WIDEST = 1.6;

/**
 * A text's width in digit widths. Letters of Calibri are about as wide as its digits; block elements (the trend's
 * bars) and arrows come from a fallback font and are wider.
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 0x2580 && code <= 0x259f ? WIDEST : code >= 0x2190 && code <= 0x25ff ? 1.3 : 1;
  }
  return units;
}

function shown(value: CellValue, format: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatValue(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/** `given[c]`: a wrapped column's fixed width, or null for a column sized by its content. */
export function contentWidths(
  values: CellValue[][],
  formats: string[][],
  fitted: FittedRange[],
  given: (number | null)[],
): number[] {
  const need = given.map(() => MIN);
  // A text too short to widen its column is not measured: no character is wider than WIDEST.
  const tooShort = (text: string, c: number) => Math.ceil(text.length * WIDEST + PADDING) <= need[c]!;
  for (const { range, header } of fitted)
    for (let r = range.row; r < range.row + range.rows; r++) {
      const rowValues = values[r] ?? [];
      for (let c = range.col; c < range.col + range.cols && c < need.length; c++) {
        // A wrapped column keeps its given width: measuring its cells would be thrown away.
        if (given[c] !== null) continue;
        const value = rowValues[c] ?? null;
        // Most cells are text, ruled out before their format is looked up.
        if (value === null || (!header && typeof value === 'string' && tooShort(value, c))) continue;
        const text = shown(value, formats[r]?.[c] ?? 'General');
        if (!header && tooShort(text, c)) continue;
        const widest = header ? Math.max(0, ...text.split(/\s+/).map(textUnits)) * BOLD : textUnits(text);
        // Whole characters: Excel keeps widths in pixels of a digit's width, so any other width comes back changed.
        if (widest > 0) need[c] = Math.max(need[c]!, Math.min(MAX, Math.ceil(widest + PADDING)));
      }
    }
  return given.map((width, c) => width ?? need[c]!);
}
