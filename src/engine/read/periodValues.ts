/**
 * Rules §1–2: an indicator's values by period, each with the cell it came from. A table of 10,000 indicators over 8
 * quarters has 80,000 values that live until the digest is written: they are kept in three arrays per indicator, not
 * as an object and an address string each, and a cell's address is made only when asked for (a data issue, the
 * current value's cell, a conflict between sources).
 *
 * Plain objects and functions, not a class: V8 forgets the shape of a class's objects once none is alive, so each
 * digest in one process (the task pane's refreshes) would find the optimised code for its values thrown away by the
 * GC between runs; an object literal's shape stays with its literal. Lookups use the arrays' own indexOf and includes.
 */

export interface PeriodValues {
  /** The start of each period given, in the order given (a long table's row order). */
  readonly starts: readonly number[];
  /** Each period's value, null for an empty value cell, in the same order. */
  readonly values: readonly (number | null)[];
  /** Each period's value cell, as `addressOf` takes it, in the same order. */
  readonly cells: readonly number[];
  /** The address of a cell (a gridCell, for values read from a grid). */
  readonly addressOf: (cell: number) => string;
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

/** The address of a gridCell, from the grid's own addresser. */
export const gridCellAddress =
  (address: (r: number, c: number) => string) =>
  (cell: number): string =>
    address(Math.floor(cell / ROW), cell % ROW);

/** No values yet, for addValue to fill. */
export const emptyPeriodValues = (addressOf: (cell: number) => string): PeriodValues => ({
  starts: [],
  values: [],
  cells: [],
  addressOf,
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
  return i < 0 ? null : of.addressOf(of.cells[i]!);
}

/** The address of the i-th value's cell, in the order given. */
export const addressAt = (of: PeriodValues, i: number): string => of.addressOf(of.cells[i]!);

/** The start of the latest period with a value; null when none has one. */
export function latestWithValue(of: PeriodValues): number | null {
  let latest: number | null = null;
  of.starts.forEach((start, i) => {
    if (of.values[i] !== null && (latest === null || start > latest)) latest = start;
  });
  return latest;
}

/** The same values with each address passed through `readdress` (naming another workbook, say). */
export function readdressed(of: PeriodValues, readdress: (address: string) => string): PeriodValues {
  const { addressOf } = of;
  return {
    starts: [...of.starts],
    values: [...of.values],
    cells: [...of.cells],
    addressOf: (cell) => readdress(addressOf(cell)),
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
  return { values: { starts, values, cells, addressOf: (i) => addresses[i]!, index: null }, filled };
}
