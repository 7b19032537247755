/** Hand-made sheets for engine tests: rows as typed, number formats by cell address (`{ C2: '0%' }`). */
import { columnIndex, DEFAULT_SETTINGS, findTables, runDigest } from '../../src/engine';
import type { CellValue, DigestRun, DigestSettings, IndicatorTable, SheetGrid } from '../../src/engine';
import type { SourceIndicator, TableReading } from '../../src/engine/read/sourceIndicator';
import { Reader } from '../../src/engine/read/tableReader';
import { valueEntries } from './indicators';

export interface SheetOptions {
  /** Number formats by A1 address on the sheet, e.g. `{ F2: '0.0%' }`. */
  formats?: Record<string, string>;
  /** The sheet cell (A1 form) holding `rows[0][0]`, when the used range does not start at A1. */
  origin?: string;
}

export function sheet(
  name: string,
  rows: CellValue[][],
  { formats = {}, origin = 'A1' }: SheetOptions = {},
): SheetGrid {
  const at = (a1: string) => {
    const [, letters = 'A', digits = '1'] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
    return { row: Number(digits) - 1, col: columnIndex(letters) };
  };
  const start = at(origin);
  const grid: string[][] = rows.map((row) => row.map(() => 'General'));
  for (const [a1, format] of Object.entries(formats)) {
    const { row, col } = at(a1);
    const line = (grid[row - start.row] ??= []);
    line[col - start.col] = format;
  }
  return { name, origin: start, values: rows, formats: grid };
}

/** runDigest with default settings (overridable); fails the test if the engine refuses the input. */
export function digestOf(sheets: SheetGrid | SheetGrid[], settings: Partial<DigestSettings> = {}): DigestRun {
  const outcome = runDigest(Array.isArray(sheets) ? sheets : [sheets], { ...DEFAULT_SETTINGS, ...settings });
  if (!outcome.ok) throw new Error(`runDigest refused the input: ${outcome.error.message}`);
  return outcome.run;
}

/** Matches a data issue (rules §5) of this severity at this cell, whose message contains `words` if given. */
export const issueAt = (severity: 'error' | 'warning', cell: string, words?: string) =>
  expect.objectContaining({ severity, cell, ...(words ? { message: expect.stringContaining(words) } : {}) });

/** The first indicator table found on the sheet; fails the test when there is none. */
export function firstTable(grid: SheetGrid): IndicatorTable {
  const [table] = findTables(grid);
  if (!table) throw new Error(`no indicator table found on ${grid.name}`);
  return table;
}

/** A reader of the sheet's first indicator table. */
export const readerOf = (grid: SheetGrid): Reader => new Reader(grid, firstTable(grid));

/**
 * The sheet's first table read by one table reader (`readWide`, `readLong`), with every data issue it raised: the
 * reader's own and each indicator's, as readTable gathers them. Fails the test when the reader gives no reading.
 */
export function readFirstTable(
  grid: SheetGrid,
  read: (reader: Reader, inherited: string | null) => TableReading | null,
): TableReading {
  const reader = readerOf(grid);
  const reading = read(reader, null);
  if (!reading) throw new Error(`the first table on ${grid.name} was not read`);
  return { ...reading, issues: [...reader.issues, ...reading.indicators.flatMap((i) => i.issues)] };
}

/** An indicator's values, oldest period first. */
export const valuesOf = (indicator: SourceIndicator) =>
  valueEntries(indicator.values)
    .sort((a, b) => a.start - b.start)
    .map((v) => v.value);

/** A sheet that repeats its header under each outcome (docs/rules.md §8 reading 2): Be Healthy's table, then Staying Safe's. */
export const REPEATED_HEADERS = sheet('PIs', [
  ['Be Healthy'],
  ['Indicator', 'Polarity', 'Q2 2006/07', 'Q3 2006/07'],
  ['Conceptions', 'Lower', 50, 48],
  [],
  ['Staying Safe'],
  ['Indicator', 'Polarity', 'Q2 2006/07', 'Q3 2006/07'],
  ['Referrals', 'Higher', 175, 229],
]);
