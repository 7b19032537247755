/**
 * Rules §1–2: an indicator's values by period, each with the cell it came from. A table of 10,000 indicators over 8
 * quarters has 80,000 values that live until the digest is written: they are kept in three arrays per indicator, not
 * as an object and an address string each, and a cell's address is made only when asked for (a data issue, the
 * current value's cell, a conflict between sources).
 *
 * Plain data and functions, no class and no function made per table: V8 forgets a class's object shapes once none
 * is alive, and code that called a function made for one table is thrown away with that table, so each digest in one
 * process (the task pane's refreshes) would find the optimised code for its values gone after the GC between runs.
 */
import { cellRef, quoteSheetName, workbookAddress } from '../core/address';
import type { SheetGrid } from '../core/grid';

/** How a PeriodValues' cells are written as addresses. */
export type CellNaming =
  /** Cells are gridCells of one grid: `prefix` is `Sheet!` (or `[book.xlsx]Sheet!`), `origin` where the grid starts. */
  | {
      readonly kind: 'grid';
      readonly prefix: string;
      readonly origin: { readonly row: number; readonly col: number };
    }
  /** Cells are places in a list of addresses (values compiled from several sources). */
  | { readonly kind: 'listed'; readonly addresses: readonly string[] };

export interface PeriodValues {
  /** The start of each period given, in the order given (a long table's row order). */
  readonly starts: readonly number[];
  /** Each period's value, null for an empty value cell, in the same order. */
  readonly values: readonly (number | null)[];
  /** Each period's value cell, as `naming` says, in the same order. */
  readonly cells: readonly number[];
  readonly naming: CellNaming;
  /** Each start's position, made once the list is long (see SCANNED); null until then. */
  index: Map<number, number> | null;
}

/**
 * Up to this many periods a lookup scans the list (as fast as a Map at 8 quarters, and no Map to keep); beyond it (a
 * long table over years of months) it goes through the index, so a lookup per row or per period stays cheap.
 */
const SCANNED = 32;

/**
 * Grid row and column as one number, exactly: a grid's rows are arrays, none of them 2^24 cells long (Excel's are
 * 16,384), and row × 2^24 + column stays below 2^53.
 */
const ROW = 2 ** 24;

export const gridCell = (r: number, c: number): number => r * ROW + c;

/** The naming of a grid's cells, made once a table (its sheet's name is quoted once, not once a cell). */
export const gridNaming = (grid: SheetGrid): CellNaming => ({
  kind: 'grid',
  prefix: `${quoteSheetName(grid.name)}!`,
  origin: grid.origin,
});

/** A cell's address: `PIs!D7` for gridCell(6, 3) of a grid from A1 on the sheet PIs. */
export function addressOf(naming: CellNaming, cell: number): string {
  if (naming.kind === 'listed') return naming.addresses[cell]!;
  return (
    naming.prefix + cellRef(Math.floor(cell / ROW) + naming.origin.row, (cell % ROW) + naming.origin.col)
  );
}

/** No values yet, for addValue to fill. */
export const emptyPeriodValues = (naming: CellNaming): PeriodValues => ({
  starts: [],
  values: [],
  cells: [],
  naming,
  index: null,
});

/** Adds a period not given yet: its value (null for an empty cell) and the cell it came from. */
export function addValue(into: PeriodValues, start: number, value: number | null, cell: number): void {
  // The one writer of a PeriodValues: everything else reads its lists.
  (into.starts as number[]).push(start);
  (into.values as (number | null)[]).push(value);
  (into.cells as number[]).push(cell);
  into.index?.set(start, into.starts.length - 1);
}

/** Where the period is in the lists, through the index (made now if need be): for lists longer than SCANNED. */
function indexed(of: PeriodValues, start: number): number {
  of.index ??= new Map(of.starts.map((s, i) => [s, i]));
  return of.index.get(start) ?? -1;
}

/** Whether the period has a value cell (empty or not). */
export const hasValueCell = (of: PeriodValues, start: number): boolean =>
  of.starts.length > SCANNED ? indexed(of, start) >= 0 : of.starts.includes(start);

/** The period's value; null when its cell is empty or it has none. */
export function valueIn(of: PeriodValues, start: number): number | null {
  const i = of.starts.length > SCANNED ? indexed(of, start) : of.starts.indexOf(start);
  return i < 0 ? null : (of.values[i] ?? null);
}

/** The address of the period's value cell; null when it has none. */
export function cellIn(of: PeriodValues, start: number): string | null {
  const i = of.starts.length > SCANNED ? indexed(of, start) : of.starts.indexOf(start);
  return i < 0 ? null : addressOf(of.naming, of.cells[i]!);
}

/** The address of the i-th value's cell, in the order given. */
export const addressAt = (of: PeriodValues, i: number): string => addressOf(of.naming, of.cells[i]!);

/** The start of the latest period with a value; null when none has one. */
export function latestWithValue(of: PeriodValues): number | null {
  let latest: number | null = null;
  of.starts.forEach((start, i) => {
    if (of.values[i] !== null && (latest === null || start > latest)) latest = start;
  });
  return latest;
}

/** The same values with every address naming the workbook they are in: `[children.xlsx]PIs!D7`. */
export function inWorkbook(of: PeriodValues, file: string): PeriodValues {
  const { naming } = of;
  return {
    starts: [...of.starts],
    values: [...of.values],
    cells: [...of.cells],
    naming:
      naming.kind === 'grid'
        ? { ...naming, prefix: workbookAddress(file, naming.prefix) }
        : { kind: 'listed', addresses: naming.addresses.map((a) => workbookAddress(file, a)) },
    index: null,
  };
}

/**
 * Compiling one indicator from two sources: `first`'s values with `other`'s where `first` has none, each keeping its
 * own cell (so the cells are addresses now, of either source); `filled` lists the periods taken from `other`.
 */
export function filledFrom(
  first: PeriodValues,
  other: PeriodValues,
): { values: PeriodValues; filled: number[] } {
  const starts = [...first.starts];
  const values = [...first.values];
  const addresses = first.starts.map((_, i) => addressAt(first, i));
  const filled: number[] = [];
  other.starts.forEach((start, i) => {
    const value = other.values[i] ?? null;
    let at = starts.indexOf(start);
    if (value === null || (at >= 0 && values[at] !== null)) return;
    if (at < 0) at = starts.push(start) - 1;
    values[at] = value;
    addresses[at] = addressAt(other, i);
    filled.push(start);
  });
  const cells = addresses.map((_, i) => i);
  const naming: CellNaming = { kind: 'listed', addresses };
  return { values: { starts, values, cells, naming, index: null }, filled };
}
