/** Rules §1–2: a long table, one row per indicator and period, gathered by ref, else by name. */
import { formatAt } from '../core/grid';
import { issue } from '../core/issues';
import type { Period } from '../core/model';
import { cellText, matchKey } from '../core/text';
import { parsePeriod } from '../periods/parsePeriod';
import { choosePeriodKind, ofKind, PERIOD_PLURAL, type PeriodKind } from '../periods/period';
import { displayFormat } from './indicatorFormat';
import type { SourceIndicator, TableReading } from './sourceIndicator';
import { NO_COUNTS, type Reader } from './tableReader';
import { gridCell, hasValueCell } from './periodValues';

interface LongRow {
  r: number;
  outcome: string | null;
  period: Period | null;
}

/** The rows of each indicator, in table order: gathered by ref, else by name (rules §1). */
function gather(reader: Reader, rows: LongRow[]): LongRow[][] {
  const m = reader.table.mapping;
  const byKey = new Map<string, LongRow[]>();
  for (const row of rows) {
    const name = cellText(reader.cell(row.r, m.name));
    const ref = m.ref !== null ? cellText(reader.cell(row.r, m.ref)) : '';
    const key = ref ? `ref:${matchKey(ref)}` : `name:${matchKey(name)}`;
    const gathered = byKey.get(key);
    if (gathered) gathered.push(row);
    // A later row may join its indicator by ref alone; the first row of an indicator needs its name.
    else if (name === '') reader.namelessRow(row.r);
    else byKey.set(key, [row]);
  }
  return [...byKey.values()];
}

/** Why a row's figures cannot count for its indicator, as a data issue; null when they can. */
function rowProblem(reader: Reader, row: LongRow, kind: PeriodKind, ind: SourceIndicator) {
  const { at } = reader;
  const { periodCol, valueCol } = reader.table.mapping;
  const col = periodCol!;
  if (!row.period) {
    const text = cellText(reader.cell(row.r, col));
    const what = text
      ? `"${text}" in ${at.ref(row.r, col)} is not a period I recognise`
      : `${at.ref(row.r, col)} has no period`;
    return issue(
      'error',
      at.address(row.r, col),
      `${what}, so row ${at.rowNumber(row.r)} is left out. Use a label such as Q3 2006/07 or Jun 2006.`,
    );
  }
  if (!ofKind(kind)(row.period))
    return issue(
      'warning',
      at.address(row.r, col),
      `${row.period.label} in ${at.ref(row.r, col)} is not one of this table's ${PERIOD_PLURAL[kind.type]}; row ${at.rowNumber(row.r)} is left out of RAG and direction of travel.`,
    );
  if (hasValueCell(ind.values, row.period.start))
    return issue(
      'warning',
      at.address(row.r, valueCol ?? reader.table.mapping.name),
      `"${ind.name}" has a second row for ${row.period.label} (row ${at.rowNumber(row.r)}); the first is used and this one ignored.`,
    );
  return null;
}

/** One indicator from its rows: each row gives the value, target and other fields of its own period. */
function indicatorOf(reader: Reader, rows: LongRow[], kind: PeriodKind): SourceIndicator {
  const { at, table } = reader;
  const m = table.mapping;
  const first = rows[0]!;
  const ind = reader.newIndicator(first.r, first.outcome);
  const figureRows: number[] = [];
  const figureCols = [...(m.valueCol === null ? [] : [m.valueCol]), ...m.targets.map((t) => t.col)];
  const cellByPeriod = new Map<number, string>();
  ind.cellByPeriod = cellByPeriod;
  let derived = false;
  for (const row of rows) {
    const problem = rowProblem(reader, row, kind, ind);
    if (problem) {
      ind.issues.push(problem);
      continue;
    }
    const period = row.period!;
    const value = m.valueCol === null ? null : reader.number(row.r, m.valueCol, 'Value', ind.issues);
    const cell = m.valueCol === null ? null : gridCell(row.r, m.valueCol);
    const counts = reader.rowCounts(row.r, [period], ind).get(period.start) ?? NO_COUNTS;
    derived = reader.putValue(ind, period, value, cell, counts) || derived;
    cellByPeriod.set(period.start, at.address(row.r, m.name));
    reader.rowFields(row.r, period, ind);
    figureRows.push(row.r);
  }
  displayFormat(ind, reader.grid, figureRows, figureCols, '', derived);
  return ind;
}

export function readLong(reader: Reader, inherited: string | null): TableReading | null {
  const { table, grid } = reader;
  const periodCol = table.mapping.periodCol!;
  const rows: LongRow[] = [...reader.rowsOfFigures(inherited)].map(({ r, outcome }) => ({
    r,
    outcome,
    period: parsePeriod(reader.cell(r, periodCol), formatAt(grid, r, periodCol)),
  }));
  const kind = choosePeriodKind(rows.flatMap((row) => row.period ?? []));
  if (!kind) return null;
  const indicators = gather(reader, rows).map((own) => indicatorOf(reader, own, kind));
  // The table's periods: those of its own kind that gave some indicator a figure.
  const periods = new Map<number, Period>();
  for (const { period } of rows)
    if (period && ofKind(kind)(period) && indicators.some((i) => hasValueCell(i.values, period.start)))
      periods.set(period.start, period);
  return {
    table,
    periodType: kind.type,
    periods: [...periods.values()].sort((a, b) => a.start - b.start),
    indicators,
    headings: reader.headings,
    issues: [],
  };
}
