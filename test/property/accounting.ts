/**
 * "Every non-empty row is accounted for" (rules §1 and §5: rows are never dropped silently), made checkable from the
 * engine's outputs alone. For each indicator table that findTables sees on the digest's sheet, every row from its
 * first to its last row with a non-empty cell in the table's columns must be:
 *
 * 1. an indicator: a rated indicator whose name cell is on that row (wide tables), or, for long tables, whose key
 *    (ref, else name, compared as header text) is the row's key, since a long table gathers its rows by that key,
 *    and whose value the run keeps: the row's period is one of the run's periods, and the first for that indicator;
 * 2. a heading: exactly one non-empty cell in the table's columns, and it is text (rules §1). The engine reports
 *    headings only through the outcome of the indicators under them, so in a wide table a heading is confirmed when
 *    every indicator row that follows it (before the next heading, with an empty outcome column) carries its text as
 *    outcome. A heading with no indicator under it cannot be observed at all, nor can one inside a long table, whose
 *    indicator takes the outcome of its first row (see /work/notes/engine-bugs.md);
 * 3. a data issue: an issue whose cell is on that row of that sheet.
 *
 * A table findTables sees that is not among the run's tables has every row unaccounted for, unless issues name them.
 *
 * It tolerates only the engine bugs listed in knownEngineGaps.ts.
 */
import {
  findTables,
  formatAt,
  isEmpty,
  parsePeriod,
  quoteSheetName,
  type IndicatorTable,
  type SheetGrid,
} from '../../src/engine';
import type { DigestRun, RatedIndicator } from '../../src/engine';
import { cellText, headerKey } from '../../src/engine/text';
import { KNOWN_GAPS } from './knownEngineGaps';

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

const keyOf = (ref: string, name: string) => (ref ? `ref:${headerKey(ref)}` : `name:${headerKey(name)}`);

interface RunIndex {
  r0: number;
  issueRows: Set<number>;
  byRow: Map<number, RatedIndicator>;
  /** The run's periods as `type:start`. */
  periods: Set<string>;
}

export function unaccountedRows(run: DigestRun, grid: SheetGrid): UnaccountedRow[] {
  const r0 = grid.origin.row;
  const index: RunIndex = {
    r0,
    issueRows: new Set(run.issues.flatMap((i) => issueRow(i.cell, grid.name) ?? [])),
    byRow: new Map(run.indicators.map((i) => [addressRow(i.cell) - r0, i])),
    periods: new Set(run.periods.map((p) => `${p.type}:${p.start}`)),
  };
  return findTables(grid).flatMap((table) => {
    if (run.tables.some((t) => t.headerRow === table.headerRow)) return tableGaps(grid, table, index);
    if (KNOWN_GAPS.tableOfAnotherPeriodType) return [];
    return rowsOf(table).flatMap((r) =>
      spanCells(grid, table, r).length > 0 && !index.issueRows.has(r + r0) ? [gap(grid, table, r)] : [],
    );
  });
}

function tableGaps(
  grid: SheetGrid,
  table: IndicatorTable,
  { r0, issueRows, byRow, periods }: RunIndex,
): UnaccountedRow[] {
  const m = table.mapping;
  const cell = (r: number, c: number | null) => (c === null ? '' : cellText(grid.values[r]?.[c] ?? null));
  // A row with neither ref nor name belongs to no indicator (it is a nameless row).
  const rowKey = (r: number) =>
    cell(r, m.ref) === '' && cell(r, m.name) === '' ? null : keyOf(cell(r, m.ref), cell(r, m.name));
  const own = rowsOf(table).flatMap((r) => byRow.get(r) ?? []);
  const longKeys = new Set(own.map((i) => keyOf(i.ref ?? '', i.name)));
  const taken = new Set<string>();
  const missing: UnaccountedRow[] = [];
  let heading: { texts: string[]; row: number } | null = null;
  for (const r of rowsOf(table)) {
    const filled = spanCells(grid, table, r);
    if (filled.length === 0) continue;
    const ind = table.shape === 'wide' ? byRow.get(r) : undefined;
    if (ind) {
      // A heading is confirmed by the outcome of the indicators under it; an outcome column wins (rules §1).
      if (heading && cell(r, m.outcome) === '' && !heading.texts.includes(ind.outcome ?? ''))
        missing.push(gap(grid, table, heading.row, `heading, but the outcome below it is "${ind.outcome}"`));
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
    if (filled.length === 1 && typeof filled[0]!.value === 'string') {
      const text = String(filled[0]!.value).trim();
      const firstInRow = (grid.values[r] ?? []).map(cellText).find((t) => t !== '') ?? '';
      heading = { texts: KNOWN_GAPS.headingTextOutsideTable ? [text, firstInRow] : [text], row: r };
      continue;
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
