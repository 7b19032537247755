/**
 * The engine's input: one worksheet as Excel shows it, the same from every host.
 *
 * - numbers are numbers; dates are Excel serial numbers (1900 date system) with a date number format;
 * - formula cells hold their cached result (what Excel shows), never the formula;
 * - Excel errors hold their text (`#N/A`, `#DIV/0!`);
 * - a merged range holds its value in its top-left cell only; the other cells are empty;
 * - empty cells are `null` (Office.js gives `""`: hosts turn that into `null`).
 */
export type CellValue = number | string | boolean | null;

export interface SheetGrid {
  /** The worksheet's name as Excel shows it on its tab. */
  name: string;
  /** Zero-based row and column, on the sheet, of `values[0][0]` (a used range may not start at A1). */
  origin: { row: number; col: number };
  /** Rows of cells; rows may be ragged (missing cells are empty). */
  values: CellValue[][];
  /** Excel number format codes, in the shape of `values`; missing or `'General'` for none. */
  formats: string[][];
}

/** A value read from a grid, with its sheet coordinates (zero-based). */
export function cellAt(grid: SheetGrid, r: number, c: number): CellValue {
  return grid.values[r]?.[c] ?? null;
}

export function formatAt(grid: SheetGrid, r: number, c: number): string {
  return grid.formats[r]?.[c] ?? 'General';
}

export function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}
