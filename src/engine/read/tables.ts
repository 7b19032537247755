/** Rules §1: finding indicator tables on a sheet, their header row, and the role of each column. */
import { cellAt, formatAt, isEmpty, type CellValue, type SheetGrid } from '../core/grid';
import type { Period } from '../core/model';
import { actionMapping } from './actionColumns';
import { classifyHeader, isNameHeader, looksLikePeriod, type ColumnRole } from './columns';

export type TableShape = 'wide' | 'long';

/** Which column (zero-based, on the grid) holds what. */
export interface ColumnMapping {
  name: number;
  ref: number | null;
  outcome: number | null;
  polarity: { col: number; yesNo: boolean } | null;
  unit: number | null;
  amber: number | null;
  override: number | null;
  commentary: number | null;
  /**
   * A plain target has no period; `Target 2006/07` applies to that period (rules §2). `annual` marks an *Annual
   * target* column; plain targets come first, so a table with both rates its periods against the plain one.
   */
  targets: { col: number; period: Period | null; annual?: true }[];
  /** Issue 11: year-end forecast columns; `Forecast 2006/07` forecasts that year, a plain one the table's latest. */
  forecasts: { col: number; period: Period | null }[];
  /** Issue 11: the header says the figures are year to date (`Q2 2006/07 YTD`, a long table's `YTD` value column). */
  cumulative: boolean;
  /** Issue 11: a wide table's Cumulative / YTD column, whose cells say (Yes, Y, True, 1) which rows are year to date. */
  cumulativeCol: number | null;
  /** Wide tables: one column per period (every type found; `periodsOfType` picks the table's own). */
  periods: { col: number; period: Period }[];
  /** Long tables: the period column and the value column. */
  periodCol: number | null;
  valueCol: number | null;
  /** Headers that look like periods but cannot be placed in time (rules §5: their figures must not vanish silently). */
  unreadablePeriods: { col: number; text: string }[];
  /** Issue 12: numerator and denominator columns, for every period (`period: null`) or one (`Numerator Q3 2006/07`). */
  numerators: { col: number; period: Period | null }[];
  denominators: { col: number; period: Period | null }[];
  /** Issue 12: the SPC chart's recalculations (period labels) and baseline end (a period label). */
  spcRecalculateFrom: number | null;
  spcBaselineTo: number | null;
}

export interface IndicatorTable {
  sheet: string;
  shape: TableShape;
  /** Grid rows: the header row, and the first and last rows after it that belong to the table. */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  mapping: ColumnMapping;
  /** 0–1: how sure the reading is (more recognised columns, more sure). */
  confidence: number;
}

interface HeaderCell {
  col: number;
  role: ColumnRole;
}

function classifyRow(grid: SheetGrid, r: number): HeaderCell[] {
  const row = grid.values[r] ?? [];
  const cells: HeaderCell[] = [];
  row.forEach((cell, col) => {
    if (isEmpty(cell)) return;
    const role = classifyHeader(cell, formatAt(grid, r, col));
    if (role) cells.push({ col, role });
  });
  return cells;
}

/** Rules §1: at least two cells name known columns or periods, and one of them is the indicator name. */
function isHeader(cells: HeaderCell[]): boolean {
  return cells.length >= 2 && cells.some((c) => c.role.role === 'name');
}

function mappingFrom(cells: HeaderCell[], row: CellValue[]): ColumnMapping | null {
  const first = (role: string) => cells.find((c) => c.role.role === role)?.col ?? null;
  const names = cells.flatMap((c) => (c.role.role === 'name' ? [{ col: c.col, ...c.role }] : []));
  names.sort((a, b) => a.rank - b.rank);
  const [name, ...others] = names;
  if (!name) return null;
  const otherwise = (role: 'ref' | 'unit') => others.find((o) => o.otherwise === role)?.col ?? null;
  const polarityCol = first('polarity');
  const yesNoCol = first('higherIsBetter');
  const periods: { col: number; period: Period }[] = [];
  const targets: ColumnMapping['targets'] = [];
  const forecasts: ColumnMapping['forecasts'] = [];
  const numerators: { col: number; period: Period | null }[] = [];
  const denominators: { col: number; period: Period | null }[] = [];
  let periodCol: number | null = null;
  let cumulative = false;
  for (const { col, role } of cells) {
    if (role.role === 'target')
      targets.push({ col, period: role.period, ...(role.annual && { annual: true }) });
    if (role.role === 'forecast') forecasts.push({ col, period: role.period });
    if (role.role === 'numerator') numerators.push({ col, period: role.period });
    if (role.role === 'denominator') denominators.push({ col, period: role.period });
    if (role.role === 'period') {
      if (role.period) periods.push({ col, period: role.period });
      else periodCol ??= col;
      cumulative ||= role.cumulative === true;
    }
  }
  // A Cumulative / YTD header is a long table's value column, or, beside period columns, a column of yes/no flags.
  const value = cells.find((c) => c.role.role === 'value');
  const ytd = value?.role.role === 'value' && value.role.cumulative === true;
  const cumulativeCol = ytd && periods.length > 0 ? value.col : null;
  if (ytd && cumulativeCol === null) cumulative = true;
  targets.sort((a, b) => Number(a.annual ?? false) - Number(b.annual ?? false));
  return {
    name: name.col,
    ref: first('ref') ?? otherwise('ref'),
    outcome: first('outcome'),
    polarity:
      polarityCol !== null
        ? { col: polarityCol, yesNo: false }
        : yesNoCol !== null
          ? { col: yesNoCol, yesNo: true }
          : null,
    unit: first('unit') ?? otherwise('unit'),
    amber: first('amber'),
    override: first('override'),
    commentary: first('commentary'),
    targets,
    forecasts,
    cumulative,
    cumulativeCol,
    periods,
    periodCol,
    valueCol: cumulativeCol === null ? first('value') : null,
    unreadablePeriods: row.flatMap((cell, col) =>
      !cells.some((c) => c.col === col) && looksLikePeriod(cell) ? [{ col, text: String(cell).trim() }] : [],
    ),
    numerators,
    denominators,
    spcRecalculateFrom: first('spcRecalculateFrom'),
    spcBaselineTo: first('spcBaselineTo'),
  };
}

/** Issue 12: the periods a wide table gives counts for in `Numerator <period>` / `Denominator <period>` columns. */
export function countPeriods(m: ColumnMapping): Period[] {
  return [...m.numerators, ...m.denominators].flatMap((c) => (c.period ? [c.period] : []));
}

function shapeOf(m: ColumnMapping): TableShape | null {
  if (m.periods.length > 0 || (m.periodCol === null && countPeriods(m).length > 0)) return 'wide';
  // Issue 12: a long table may give counts in place of values.
  const values = m.valueCol !== null || (m.numerators.length > 0 && m.denominators.length > 0);
  return m.periodCol !== null && values ? 'long' : null;
}

function confidenceOf(m: ColumnMapping, shape: TableShape): number {
  const periodCount = shape === 'wide' ? m.periods.length : 2;
  const signals = [m.ref !== null, m.targets.length > 0, m.polarity !== null, periodCount >= 2];
  return 0.6 + 0.1 * signals.filter(Boolean).length;
}

/** The columns that carry something for a row to count as part of the table: a name, a value or a target. */
function substanceColumns(m: ColumnMapping): number[] {
  const values = [...m.periods, ...m.numerators, ...m.denominators]
    .map((p) => p.col)
    .concat(m.valueCol ?? []);
  return [m.name, ...values, ...m.targets.map((t) => t.col), ...m.forecasts.map((f) => f.col)];
}

/**
 * Every indicator table on a sheet, top to bottom. A second header row starts a new table, and so does an action
 * plan's header row (issue 11), which ends the indicator table above it.
 */
export function findTables(grid: SheetGrid): IndicatorTable[] {
  const headers: { row: number; cells: HeaderCell[] }[] = [];
  const actionHeaders: number[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const cells = row.some(isNameHeader) ? classifyRow(grid, r) : [];
    if (isHeader(cells)) headers.push({ row: r, cells });
    else if (actionMapping(row)) actionHeaders.push(r);
  }
  const tables: IndicatorTable[] = [];
  headers.forEach(({ row, cells }, i) => {
    const mapping = mappingFrom(cells, grid.values[row] ?? []);
    const shape = mapping && shapeOf(mapping);
    if (!mapping || !shape) return;
    const nextAction = actionHeaders.find((a) => a > row) ?? Infinity;
    const end = Math.min(headers[i + 1]?.row ?? grid.values.length, nextAction) - 1;
    const substance = substanceColumns(mapping);
    let lastRow = row;
    for (let r = end; r > row; r--) {
      if (substance.some((c) => !isEmpty(cellAt(grid, r, c)))) {
        lastRow = r;
        break;
      }
    }
    const cols = cells.map((c) => c.col);
    const headerCells = (grid.values[row] ?? []).map((v, c) => (isEmpty(v) ? -1 : c)).filter((c) => c >= 0);
    tables.push({
      sheet: grid.name,
      shape,
      headerRow: row,
      firstRow: row + 1,
      lastRow,
      firstCol: Math.min(...headerCells, ...cols),
      lastCol: Math.max(...headerCells, ...cols),
      mapping,
      confidence: confidenceOf(mapping, shape),
    });
  });
  return tables;
}
