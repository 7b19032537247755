/**
 * "Every non-empty row is accounted for" (rules §1 and §5: rows are never dropped silently), made checkable from the
 * engine's outputs. For each indicator table that findTables sees on the digest's sheet, every row from its first to
 * its last row with a non-empty cell in the table's columns must be:
 *
 * 1. an indicator: a rated indicator whose name cell is on that row (wide tables), or, for long tables, whose key
 *    (ref, else name, as matchKey compares them) is the row's key, since a long table gathers its rows by that key,
 *    and whose value the run keeps: the row's period is one of the run's periods, and the first for that indicator;
 * 2. a heading: a row the reading lists in its `headings` (readSheet), which must be what rules §1 calls one — a
 *    single text cell among the table's columns, with that text — and, in a wide table, every indicator under it
 *    (before the next heading) whose outcome column is empty takes that text as its outcome;
 * 3. a data issue: an issue whose cell is on that row of that sheet.
 *
 * A table that findTables sees but the run leaves out (another period type) is accounted for by one data issue on its
 * header row, or by holding nothing but headings; otherwise each of its rows needs one.
 */
import {
  findTables,
  formatAt,
  isEmpty,
  parsePeriod,
  quoteSheetName,
  readSheet,
  type DigestRun,
  type IndicatorTable,
  type RatedIndicator,
  type SheetGrid,
} from '../../src/engine';
import { readTable } from '../../src/engine/read/readTable';
import { cellText, matchKey } from '../../src/engine/core/text';

export interface UnaccountedRow {
  table: string;
  row: number;
  why: string;
  cells: unknown[];
}

/** The sheet row (zero-based) an issue's address points at, if it is on `sheet`. */
function issueRow(cell: string | null, sheet: string): number | null {
  const m = cell ? /^(.*)!\$?[A-Z]+\$?(\d+)$/.exec(cell) : null;
  return m && m[1] === quoteSheetName(sheet) ? Number(m[2]) - 1 : null;
}

function addressRow(cell: string): number {
  return Number(/(\d+)$/.exec(cell)?.[1] ?? NaN) - 1;
}

const keyOf = (ref: string, name: string) => (ref ? `ref:${matchKey(ref)}` : `name:${matchKey(name)}`);

interface RunIndex {
  r0: number;
  issueRows: Set<number>;
  byRow: Map<number, RatedIndicator>;
  /** The run's periods as `type:start`. */
  periods: Set<string>;
  /** Headings the engine read, by the header row of their table. */
  headings: Map<number, Map<number, string>>;
}

export function unaccountedRows(run: DigestRun, grid: SheetGrid): UnaccountedRow[] {
  const r0 = grid.origin.row;
  const index: RunIndex = {
    r0,
    issueRows: new Set(run.issues.flatMap((i) => issueRow(i.cell, grid.name) ?? [])),
    byRow: new Map(run.indicators.map((i) => [addressRow(i.cell) - r0, i])),
    periods: new Set(run.periods.map((p) => `${p.type}:${p.start}`)),
    headings: new Map(
      (readSheet(grid)?.readings ?? []).map((r) => [
        r.table.headerRow,
        new Map(r.headings.map((h) => [h.row, h.text])),
      ]),
    ),
  };
  return findTables(grid).flatMap((table) =>
    run.tables.some((t) => t.headerRow === table.headerRow)
      ? tableGaps(grid, table, index)
      : leftOutGaps(grid, table, index),
  );
}

/** A table the run leaves out: one issue on its header explains it, or it held nothing but headings. */
function leftOutGaps(grid: SheetGrid, table: IndicatorTable, { r0, issueRows }: RunIndex): UnaccountedRow[] {
  if (issueRows.has(table.headerRow + r0)) return [];
  const reading = readTable(grid, table, null);
  const headings = new Set(reading?.headings.map((h) => h.row));
  return rowsOf(table).flatMap((r) =>
    spanCells(grid, table, r).length > 0 && !headings.has(r) && !issueRows.has(r + r0)
      ? [gap(grid, table, r)]
      : [],
  );
}

function tableGaps(
  grid: SheetGrid,
  table: IndicatorTable,
  { r0, issueRows, byRow, periods, headings }: RunIndex,
): UnaccountedRow[] {
  const m = table.mapping;
  const cell = (r: number, c: number | null) => (c === null ? '' : cellText(grid.values[r]?.[c] ?? null));
  // A row with neither ref nor name belongs to no indicator (it is a nameless row).
  const rowKey = (r: number) =>
    cell(r, m.ref) === '' && cell(r, m.name) === '' ? null : keyOf(cell(r, m.ref), cell(r, m.name));
  const own = rowsOf(table).flatMap((r) => byRow.get(r) ?? []);
  const longKeys = new Set(own.map((i) => keyOf(i.ref ?? '', i.name)));
  const headingsRead = headings.get(table.headerRow) ?? new Map<number, string>();
  const taken = new Set<string>();
  const missing: UnaccountedRow[] = [];
  let heading: string | null = null;
  for (const r of rowsOf(table)) {
    const filled = spanCells(grid, table, r);
    if (filled.length === 0) continue;
    const ind = table.shape === 'wide' ? byRow.get(r) : undefined;
    if (ind) {
      // The heading above sets the outcome; an outcome column wins (rules §1).
      if (heading !== null && cell(r, m.outcome) === '' && ind.outcome !== heading)
        missing.push(gap(grid, table, r, `outcome "${ind.outcome}" under the heading "${heading}"`));
      continue;
    }
    const headingText = headingsRead.get(r);
    if (headingText !== undefined) {
      const single = filled.length === 1 && typeof filled[0]!.value === 'string';
      if (!single || String(filled[0]!.value).trim() !== headingText)
        missing.push(gap(grid, table, r, `read as the heading "${headingText}", which rules §1 would not`));
      heading = headingText;
      continue;
    }
    if (issueRows.has(r + r0)) continue;
    const key = rowKey(r);
    if (table.shape === 'long' && key !== null && longKeys.has(key)) {
      // The row's value is kept only under a period of the run's type, once per indicator and period.
      const period = parsePeriod(grid.values[r]?.[m.periodCol!] ?? null, formatAt(grid, r, m.periodCol!));
      const slot = `${key}|${period?.start}`;
      if (period !== null && periods.has(`${period.type}:${period.start}`) && !taken.has(slot)) {
        taken.add(slot);
        continue;
      }
    }
    missing.push(gap(grid, table, r));
  }
  return missing;
}

function rowsOf(table: IndicatorTable): number[] {
  return Array.from({ length: table.lastRow - table.firstRow + 1 }, (_, i) => table.firstRow + i);
}

function gap(
  grid: SheetGrid,
  table: IndicatorTable,
  row: number,
  why = 'no indicator, heading or issue',
): UnaccountedRow {
  return {
    table: `${table.sheet} ${table.shape} table with header on grid row ${table.headerRow}`,
    row,
    why,
    cells: grid.values[row] ?? [],
  };
}

function spanCells(grid: SheetGrid, table: IndicatorTable, r: number): { col: number; value: unknown }[] {
  const out: { col: number; value: unknown }[] = [];
  for (let c = table.firstCol; c <= table.lastCol; c++) {
    const v = grid.values[r]?.[c] ?? null;
    if (!isEmpty(v)) out.push({ col: c, value: v });
  }
  return out;
}
