/** Rules §5: data issues, and the words used for cells in their messages. */
import { cellRef, columnLetters, quoteSheetName } from './address';
import type { SheetGrid } from './grid';
import type { DataIssue, Severity } from './model';

/** Addresses for one grid: grid indices in, Excel's own addresses out (the grid may not start at A1). */
export function addresser(grid: SheetGrid) {
  const { row: r0, col: c0 } = grid.origin;
  // Every value's cell is addressed: the sheet's quoted name is worked out once, not once a cell.
  const sheet = `${quoteSheetName(grid.name)}!`;
  // …and so is each column's `Sheet!D`, once a column.
  const columns: string[] = [];
  return {
    address: (r: number, c: number) => (columns[c] ??= sheet + columnLetters(c + c0)) + (r + r0 + 1),
    ref: (r: number, c: number) => cellRef(r + r0, c + c0),
    rowNumber: (r: number) => r + r0 + 1,
  };
}

export type Addresser = ReturnType<typeof addresser>;

export const issue = (severity: Severity, cell: string | null, message: string): DataIssue => ({
  severity,
  cell,
  message,
});
