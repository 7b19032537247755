/** Rules §1–2: a wide table, one column per period. */
import { issue } from '../core/issues';
import { displayFormat } from './indicatorFormat';
import type { SourceIndicator, TableReading } from './sourceIndicator';
import type { Period } from '../core/model';
import { choosePeriodKind, ofKind, PERIOD_PLURAL, samePeriod, type PeriodKind } from '../periods/period';
import { countPeriods } from './tables';
import { NO_COUNTS, type Reader } from './tableReader';
import { gridCell } from './periodValues';
import { cellText } from '../core/text';
import { parseValue } from './values';

export function readWide(reader: Reader, inherited: string | null): TableReading | null {
  const { table, at } = reader;
  const m = table.mapping;
  const kind = choosePeriodKind([...m.periods.map((p) => p.period), ...countPeriods(m)]);
  if (!kind) return null;
  const columns: { col: number; period: Period }[] = [];
  for (const p of m.periods) {
    const header = at.address(table.headerRow, p.col);
    if (!ofKind(kind)(p.period))
      reader.issues.push(
        issue(
          'warning',
          header,
          `Column "${p.period.label}" (${at.ref(table.headerRow, p.col)}) is not one of this table's ${PERIOD_PLURAL[kind.type]}; it is left out of RAG and direction of travel.`,
        ),
      );
    else if (columns.some((c) => samePeriod(c.period, p.period)))
      reader.issues.push(
        issue(
          'warning',
          header,
          `There are two columns for ${p.period.label}; the second (${at.ref(table.headerRow, p.col)}) is ignored.`,
        ),
      );
    else columns.push(p);
  }
  for (const { col, text } of m.unreadablePeriods) {
    let hasFigures = false;
    for (let r = table.firstRow; r <= table.lastRow && !hasFigures; r++)
      hasFigures = parseValue(reader.cell(r, col)).kind === 'number';
    if (hasFigures)
      reader.issues.push(
        issue(
          'warning',
          at.address(table.headerRow, col),
          `The heading "${text}" (${at.ref(table.headerRow, col)}) looks like a period but does not say which one; its figures are not used. Write it as, for example, Q3 2006/07 or Jun 2006.`,
        ),
      );
  }
  const periods = periodsWithCounts(reader, columns, kind);
  const valueCols = new Map(columns.map((c) => [c.period.start, c.col]));
  const indicators: SourceIndicator[] = [];
  // The cells that set each row's number format: its values, then its targets.
  const figureCols = [...columns.map((c) => c.col), ...m.targets.map((t) => t.col)];
  for (const { r, outcome } of reader.rowsOfFigures(inherited)) {
    if (cellText(reader.cell(r, m.name)) === '') {
      reader.namelessRow(r);
      continue;
    }
    const ind = reader.newIndicator(r, outcome);
    const counts = reader.rowCounts(r, periods, ind);
    let derived = false;
    for (const period of periods) {
      const col = valueCols.get(period.start);
      const value = col === undefined ? null : reader.number(r, col, 'Value', ind.issues);
      const cell = col === undefined ? null : gridCell(r, col);
      derived = reader.putValue(ind, period, value, cell, counts.get(period.start) ?? NO_COUNTS) || derived;
    }
    reader.rowFields(r, null, ind);
    displayFormat(
      ind,
      reader.grid,
      [r],
      figureCols,
      m.unit !== null ? cellText(reader.cell(r, m.unit)) : '',
      derived,
    );
    indicators.push(ind);
  }
  return { table, periodType: kind.type, periods, indicators, headings: reader.headings, issues: [] };
}

/**
 * The table's periods, oldest first: those of its value columns, and (issue 12) those that only `Numerator <period>`
 * or `Denominator <period>` columns give, whose value is worked out from the counts. A count column for a period of
 * another type is left out with a warning.
 */
function periodsWithCounts(reader: Reader, columns: { period: Period }[], kind: PeriodKind): Period[] {
  const { table, at } = reader;
  const m = table.mapping;
  const periods = new Map(columns.map((c) => [c.period.start, c.period]));
  for (const c of [...m.numerators, ...m.denominators]) {
    if (!c.period) continue;
    if (ofKind(kind)(c.period)) periods.set(c.period.start, periods.get(c.period.start) ?? c.period);
    else
      reader.issues.push(
        issue(
          'warning',
          at.address(table.headerRow, c.col),
          `Column "${cellText(reader.cell(table.headerRow, c.col))}" (${at.ref(table.headerRow, c.col)}) is for ${c.period.label}, not one of this table's ${PERIOD_PLURAL[kind.type]}; its counts are not used.`,
        ),
      );
  }
  return [...periods.values()].sort((a, b) => a.start - b.start);
}
