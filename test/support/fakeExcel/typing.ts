/**
 * A person typing into a cell, as the preview's grid lets them (docs/excel-host-behaviour.md, "Ranges and values"):
 * Excel's data entry (typedEntry), except that a cell formatted as Text (`@`) keeps what is typed as it is, and an
 * empty entry clears the cell's value.
 */
import { typedEntry, type Entry } from './typedEntry';
import type { Cell, FakeWorkbook, Sheet } from './workbook';

/** Stores an entry as Excel does: its value, formula and quote prefix, and a format only where the cell had none. */
export function applyEntry(cell: Cell, entry: Entry): void {
  cell.value = entry.value;
  cell.formula = entry.formula ?? null;
  cell.quotePrefix = entry.quotePrefix ?? false;
  if (entry.numberFormat && cell.numberFormat === 'General') cell.numberFormat = entry.numberFormat;
}

export function typeIntoCell(
  workbook: FakeWorkbook,
  sheet: Sheet,
  row: number,
  col: number,
  text: string,
): void {
  const cell = workbook.cell(sheet, row, col);
  if (text === '') applyEntry(cell, { value: '' });
  else applyEntry(cell, cell.numberFormat === '@' ? { value: text } : typedEntry(text));
}
