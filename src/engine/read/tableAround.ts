/**
 * Rules §1 for a selection of one cell (what Excel has when nothing is selected): the indicator table around that
 * cell, from its header row to its last row, as the grid a selection of exactly that table would give.
 */
import { rangeAddress } from '../core/address';
import type { SheetGrid } from '../core/grid';
import { findTables } from './tables';

/** The table holding the cell at sheet row `row`, column `col` (zero-based), or null where there is none. */
export function tableAround(
  sheet: SheetGrid,
  row: number,
  col: number,
): { address: string; grid: SheetGrid } | null {
  const r = row - sheet.origin.row;
  const c = col - sheet.origin.col;
  const table = findTables(sheet).find(
    (t) => r >= t.headerRow && r <= t.lastRow && c >= t.firstCol && c <= t.lastCol,
  );
  if (!table) return null;
  const rows = { from: table.headerRow, to: table.lastRow + 1 };
  const cols = { from: table.firstCol, to: table.lastCol + 1 };
  const crop = <T>(grid: T[][]) =>
    grid.slice(rows.from, rows.to).map((line) => line.slice(cols.from, cols.to));
  const origin = { row: sheet.origin.row + table.headerRow, col: sheet.origin.col + table.firstCol };
  return {
    address: rangeAddress(
      sheet.name,
      origin.row,
      origin.col,
      sheet.origin.row + table.lastRow,
      sheet.origin.col + table.lastCol,
    ),
    grid: { name: sheet.name, origin, values: crop(sheet.values), formats: crop(sheet.formats) },
  };
}
