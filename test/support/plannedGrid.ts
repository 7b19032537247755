/**
 * A planned digest sheet as a host reads it back (every block of the plan laid on one grid, from A1), and a person's
 * typing into it, by A1 address: what engine and pane tests need to play a second run over a first.
 */
import { columnIndex, type CellValue, type PlannedSheet, type SheetGrid } from '../../src/engine';

export function plannedGrid(planned: PlannedSheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const block of planned.blocks)
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        (values[block.row + r] ??= [])[block.col + c] = value;
        (formats[block.row + r] ??= [])[block.col + c] = block.numberFormats[r]?.[c] ?? 'General';
      }),
    );
  const dense = (rows: unknown[][], fill: unknown) =>
    Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? fill));
  return {
    name: planned.name,
    origin: { row: 0, col: 0 },
    values: dense(values, null) as CellValue[][],
    formats: dense(formats, 'General') as string[][],
  };
}

/** `K28` → zero-based row and column. */
export function at(a1: string): { row: number; col: number } {
  const [, letters = 'A', digits = '1'] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  return { row: Number(digits) - 1, col: columnIndex(letters) };
}

/** A copy of the sheet with `value` typed into the cell `a1`. */
export function typed(grid: SheetGrid, a1: string, value: CellValue): SheetGrid {
  const { row, col } = at(a1);
  const values = grid.values.map((r) => [...r]);
  while (values.length <= row) values.push([]);
  values[row]![col] = value;
  return { ...grid, values: values.map((r) => Array.from(r, (v) => v ?? null)) };
}

/** The row (zero-based) of the last cell holding exactly `text`. */
export function rowOf(grid: SheetGrid, text: string): number {
  for (let r = grid.values.length - 1; r >= 0; r--) if (grid.values[r]?.includes(text)) return r;
  throw new Error(`"${text}" is not on the sheet`);
}
