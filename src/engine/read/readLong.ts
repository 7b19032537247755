/** Rules §1–2: a long table, one row per indicator and period, gathered by ref, else by name. */
import { formatAt } from '../core/grid';
import { settleFormat } from './indicatorFormat';
import type { SourceIndicator, TableReading } from './sourceIndicator';
import { issue } from '../core/issues';
import type { Period } from '../core/model';
import { choosePeriodKind, ofKind, PERIOD_PLURAL } from '../periods/period';
import { parsePeriod } from '../periods/parsePeriod';
import type { Reader } from './tableReader';
import { cellText, matchKey } from '../core/text';

export function readLong(reader: Reader, inherited: string | null): TableReading | null {
  const { table, at, grid } = reader;
  const m = table.mapping;
  const periodCol = m.periodCol!;
  const valueCol = m.valueCol!;
  const rowPeriods = new Map<number, Period>();
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const p = parsePeriod(reader.cell(r, periodCol), formatAt(grid, r, periodCol));
    if (p) rowPeriods.set(r, p);
  }
  const kind = choosePeriodKind([...rowPeriods.values()]);
  if (!kind) return null;
  const byKey = new Map<string, SourceIndicator>();
  const cellsOf = new Map<SourceIndicator, { r: number; c: number }[]>();
  const periods = new Map<number, Period>();
  for (const { r, outcome } of reader.rowsOfFigures(inherited)) {
    const name = cellText(reader.cell(r, m.name));
    const ref = m.ref !== null ? cellText(reader.cell(r, m.ref)) : '';
    const key = ref ? `ref:${matchKey(ref)}` : `name:${matchKey(name)}`;
    let ind = byKey.get(key);
    if (!ind) {
      // A later row may join its indicator by ref alone; the first row of an indicator needs its name.
      if (name === '') {
        reader.namelessRow(r);
        continue;
      }
      ind = reader.newIndicator(r, outcome);
      byKey.set(key, ind);
      cellsOf.set(ind, []);
    }
    const period = rowPeriods.get(r);
    const periodText = cellText(reader.cell(r, periodCol));
    if (!period) {
      const what = periodText
        ? `"${periodText}" in ${at.ref(r, periodCol)} is not a period I recognise`
        : `${at.ref(r, periodCol)} has no period`;
      ind.issues.push(
        issue(
          'error',
          at.address(r, periodCol),
          `${what}, so row ${at.rowNumber(r)} is left out. Use a label such as Q3 2006/07 or Jun 2006.`,
        ),
      );
      continue;
    }
    if (!ofKind(kind)(period)) {
      ind.issues.push(
        issue(
          'warning',
          at.address(r, periodCol),
          `${period.label} in ${at.ref(r, periodCol)} is not one of this table's ${PERIOD_PLURAL[kind.type]}; row ${at.rowNumber(r)} is left out of RAG and direction of travel.`,
        ),
      );
      continue;
    }
    if (ind.values.has(period.start)) {
      ind.issues.push(
        issue(
          'warning',
          at.address(r, valueCol),
          `"${ind.name}" has a second row for ${period.label} (row ${at.rowNumber(r)}); the first is used and this one ignored.`,
        ),
      );
      continue;
    }
    periods.set(period.start, period);
    ind.values.set(period.start, {
      value: reader.number(r, valueCol, 'Value', ind.issues),
      cell: at.address(r, valueCol),
    });
    ind.cellByPeriod.set(period.start, at.address(r, m.name));
    reader.rowFields(r, period, ind);
    cellsOf.get(ind)!.push({ r, c: valueCol }, ...m.targets.map((t) => ({ r, c: t.col })));
  }
  const indicators = [...byKey.values()];
  for (const ind of indicators) settleFormat(ind, grid, cellsOf.get(ind) ?? [], '');
  return {
    table,
    periodType: kind.type,
    periods: [...periods.values()].sort((a, b) => a.start - b.start),
    indicators,
    headings: reader.headings,
    issues: [],
  };
}
