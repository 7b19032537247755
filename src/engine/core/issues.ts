/** Rules §5: data issues, and the words used for cells in their messages. */
import { cellAddress, cellRef } from './address';
import type { SheetGrid } from './grid';
import type { DataIssue, Severity } from './model';

/** Addresses for one grid: grid indices in, Excel's own addresses out (the grid may not start at A1). */
export function addresser(grid: SheetGrid) {
  const { row: r0, col: c0 } = grid.origin;
  return {
    address: (r: number, c: number) => cellAddress(grid.name, r + r0, c + c0),
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
