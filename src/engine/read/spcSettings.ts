/**
 * Issue 12: an indicator's SPC settings from its `SPC recalculate from` (one or more period labels, separated by
 * commas or semicolons) and `SPC baseline to` (one period label) cells. A long table may give them on any of the
 * indicator's rows: the first non-empty cell counts, and a later one that says otherwise is a warning. In a long
 * table a row may instead be marked (Yes, Y, True, ✓): its own period is then the one meant, and the recalculations
 * of every marked row count.
 */
import { isEmpty, type CellValue } from '../core/grid';
import { issue } from '../core/issues';
import type { Period } from '../core/model';
import { cellText } from '../core/text';
import { parsePeriod } from '../periods/parsePeriod';
import type { SourceIndicator } from './sourceIndicator';

/** One SPC cell of a row, with its address (`'PIs'!H7`) and reference (`H7`) for data issues. */
export interface SpcCell {
  value: CellValue;
  format?: string;
  address: string;
  ref: string;
}

const LABELS = 'Write periods as, for example, Jan 2020 or Q3 2006/07';

/** The periods a cell names: one date cell, or labels separated by commas or semicolons; and the parts unread. */
export function periodsIn(cell: SpcCell): { periods: Period[]; unread: string[] } {
  if (typeof cell.value !== 'string') {
    const period = parsePeriod(cell.value, cell.format);
    return period ? { periods: [period], unread: [] } : { periods: [], unread: [cellText(cell.value)] };
  }
  const parts = cell.value
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const periods: Period[] = [];
  const unread: string[] = [];
  for (const part of parts) {
    const period = parsePeriod(part);
    if (period) periods.push(period);
    else unread.push(part);
  }
  return { periods, unread };
}

/** A cell that marks its row rather than naming a period. */
function isMark(value: CellValue): boolean {
  if (value === true) return true;
  return typeof value === 'string' && /^(yes|y|true|✓|✔)$/i.test(value.trim());
}

const sameStarts = (a: readonly Period[], b: readonly Period[]) =>
  a.length === b.length && a.every((p, i) => p.start === b[i]?.start);

/** A marked row's period joins the recalculations already read. */
function markedRecalculation(ind: SourceIndicator, cell: SpcCell, period: Period): void {
  const earlier = ind.spc.recalculateFrom;
  const periods = [...(earlier?.periods ?? []).filter((p) => p.start !== period.start), period];
  ind.spc = {
    ...ind.spc,
    recalculateFrom: {
      periods: periods.sort((a, b) => a.start - b.start),
      cell: earlier?.cell ?? cell.address,
    },
  };
}

function recalculations(ind: SourceIndicator, cell: SpcCell, rowPeriod: Period | null): void {
  if (rowPeriod && isMark(cell.value)) return markedRecalculation(ind, cell, rowPeriod);
  const { periods, unread } = periodsIn(cell);
  if (unread.length > 0)
    ind.issues.push(
      issue(
        'warning',
        cell.address,
        `SPC recalculate from: ${unread.map((u) => `"${u}"`).join(', ')} in ${cell.ref} is not a period I recognise, so no new section starts there. ${LABELS}, separated by commas.`,
      ),
    );
  if (periods.length === 0) return;
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  const earlier = ind.spc.recalculateFrom;
  if (!earlier) ind.spc = { ...ind.spc, recalculateFrom: { periods: sorted, cell: cell.address } };
  else if (!sameStarts(earlier.periods, sorted)) conflict(ind, 'SPC recalculate from', cell, earlier.cell);
}

function baseline(ind: SourceIndicator, cell: SpcCell, rowPeriod: Period | null): void {
  const { periods, unread } =
    rowPeriod && isMark(cell.value) ? { periods: [rowPeriod], unread: [] } : periodsIn(cell);
  if (unread.length > 0 || periods.length !== 1) {
    ind.issues.push(
      issue(
        'warning',
        cell.address,
        `SPC baseline to: "${cellText(cell.value)}" in ${cell.ref} is not one period I recognise, so the SPC chart for "${ind.name}" has no baseline. ${LABELS}.`,
      ),
    );
    return;
  }
  const period = periods[0]!;
  const earlier = ind.spc.baselineTo;
  if (!earlier) ind.spc = { ...ind.spc, baselineTo: { period, cell: cell.address } };
  else if (earlier.period.start !== period.start) conflict(ind, 'SPC baseline to', cell, earlier.cell);
}

function conflict(ind: SourceIndicator, what: string, cell: SpcCell, earlier: string): void {
  ind.issues.push(
    issue(
      'warning',
      cell.address,
      `${what} in ${cell.ref} says "${cellText(cell.value)}" for "${ind.name}", unlike ${earlier.split('!').pop()}; the first (${earlier.split('!').pop()}) is used.`,
    ),
  );
}

/**
 * Reads one row's SPC cells (where the table has the columns) into the indicator's settings; `rowPeriod` is the row's
 * period in a long table (null in a wide one), the period a marked cell means.
 */
export function readSpcCells(
  ind: SourceIndicator,
  recalculate: SpcCell | null,
  baselineEnd: SpcCell | null,
  rowPeriod: Period | null,
): void {
  if (recalculate && !isEmpty(recalculate.value)) recalculations(ind, recalculate, rowPeriod);
  if (baselineEnd && !isEmpty(baselineEnd.value)) baseline(ind, baselineEnd, rowPeriod);
}
