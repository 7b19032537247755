/**
 * One ExcelJS cell value as Excel shows it (grid.ts), for seeding the fake Excel host from workbooks built with
 * ExcelJS in tests; the CLI reads packages itself (src/xlsx/read/), and the equivalence tests compare the two.
 */
import type { CellValue as ExcelJsValue } from 'exceljs';
import type { CellValue } from '../../src/engine';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from Excel's 1900 epoch (serial 0 = 30 Dec 1899, after Excel's 1900 leap-year bug) to 1 Jan 1970. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * ExcelJS turns date-formatted numbers into Dates (already shifted for a 1904 workbook); Excel and Office.js show the
 * 1900 serial number. ExcelJS rounds to the millisecond, so a time of day is exact to within 1e-8 of a day.
 */
export function dateToSerial(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}

type Scalar = number | string | boolean | Date | { error: string } | undefined | null;

function scalar(v: Scalar): CellValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') return v.error;
  return v;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((run) => run.text).join('');
}

/**
 * Formula cells give their cached result (no result cached: empty); rich text and hyperlinks give their text.
 * Office.js shows an empty cell as "", which hosts turn into null: so is an empty text here.
 */
export function toCellValue(v: ExcelJsValue): CellValue {
  const value = anyValue(v);
  return value === '' ? null : value;
}

function anyValue(v: ExcelJsValue): CellValue {
  if (v === null || v === undefined || typeof v !== 'object' || v instanceof Date) return scalar(v);
  if ('error' in v) return v.error;
  if ('richText' in v) return richText(v);
  if ('formula' in v || 'sharedFormula' in v) return scalar(v.result);
  if ('hyperlink' in v) {
    // ExcelJS keeps a hyperlink's rich text as the text object itself.
    const text: unknown = v.text;
    return typeof text === 'object' && text !== null && 'richText' in text
      ? richText(text as { richText: { text: string }[] })
      : scalar(text as Scalar);
  }
  return null;
}
