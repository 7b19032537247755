/** Office.js range contents turned into the engine's SheetGrid (grid.ts: empty cells are null, not ""). */
import { columnIndex, type CellValue, type SheetGrid } from '../engine';

/** Zero-based row and column of the first cell of an Office.js address such as `'PIs Q3'!C5:K40`. */
export function originOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(local);
  if (!m?.[1] || !m[2]) return { row: 0, col: 0 };
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

const cellValue = (v: unknown): CellValue =>
  v === '' || v === null || v === undefined
    ? null
    : typeof v === 'number' || typeof v === 'boolean'
      ? v
      : String(v);

export function toSheetGrid(
  name: string,
  address: string,
  values: unknown[][],
  formats: unknown[][],
): SheetGrid {
  return {
    name,
    origin: originOf(address),
    values: values.map((row) => row.map(cellValue)),
    formats: formats.map((row) => row.map((f) => (typeof f === 'string' ? f : 'General'))),
  };
}

export const emptyGrid = (name: string): SheetGrid => ({
  name,
  origin: { row: 0, col: 0 },
  values: [],
  formats: [],
});

/** The rows of `more` (read just below `grid`, from the same columns) appended to `grid`. */
export function appendRows(grid: SheetGrid, more: SheetGrid): SheetGrid {
  return { ...grid, values: [...grid.values, ...more.values], formats: [...grid.formats, ...more.formats] };
}
