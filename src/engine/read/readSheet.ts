/** Rules §1: the tables of one sheet that make up its digest, and a data issue for every table left out. */
import type { SheetGrid } from '../core/grid';
import { readTable } from './readTable';
import type { TableReading } from './sourceIndicator';
import { addresser, issue } from '../core/issues';
import type { DataIssue } from '../core/model';
import { PERIOD_PLURAL } from '../periods/period';
import { findTables, type IndicatorTable } from './tables';

/** All tables of one sheet that share the best table's period type, read top to bottom. */
export interface SheetReading {
  sheet: SheetGrid;
  readings: TableReading[];
  /** Warnings for tables on the sheet left out because their periods differ from the best table's. */
  leftOut: DataIssue[];
  score: number;
}

/** Every table of the sheet read, top to bottom; a table none of whose periods could be read gives an error instead. */
function readTables(grid: SheetGrid): { readings: TableReading[]; unread: DataIssue[] } {
  const at = addresser(grid);
  const readings: TableReading[] = [];
  const unread: DataIssue[] = [];
  const tables = findTables(grid);
  // Where a sheet repeats its header under each outcome, each header's heading sits just above it; with one table,
  // the rows above the header are titles and notes, never an outcome.
  let previousHeader: number | null = tables.length > 1 ? -1 : null;
  for (const table of tables) {
    const reading = readTable(grid, table, previousHeader);
    previousHeader = table.headerRow;
    if (reading) readings.push(reading);
    else unread.push(noPeriodsRead(table, at));
  }
  return { readings, unread };
}

/**
 * Why a sheet whose `readSheet` is null gives no digest although it has a table header: the errors met reading its
 * tables (rules §5: a row is never dropped silently, so neither is a whole table). Empty when it has no table at all.
 */
export function unreadTableErrors(grid: SheetGrid): DataIssue[] {
  const { readings, unread } = readTables(grid);
  return [...unread, ...readings.flatMap((r) => r.issues)].filter((i) => i.severity === 'error');
}

/** Reads every table on a sheet; the tables that share the best one's period type make up the sheet's digest. */
export function readSheet(grid: SheetGrid): SheetReading | null {
  const at = addresser(grid);
  const { readings, unread } = readTables(grid);
  const score = (r: TableReading) => r.indicators.length * r.table.confidence;
  const best = [...readings].sort((a, b) => score(b) - score(a))[0];
  if (!best || best.indicators.length === 0 || best.periods.length === 0) return null;
  const sameKind = readings.filter(
    (r) =>
      r.table.shape === best.table.shape &&
      r.periodType === best.periodType &&
      r.periods[0]?.fiscal === best.periods[0]?.fiscal,
  );
  const describe = (r: TableReading) =>
    `${r.table.shape === 'long' ? 'a long table of ' : ''}${PERIOD_PLURAL[r.periodType]}`;
  // Rules §5: nothing dropped silently. A table left out says so, and its own data issues still show.
  const leftOut = readings
    .filter((r) => !sameKind.includes(r))
    .flatMap((r) => [
      ...(r.indicators.length > 0
        ? [
            issue(
              'warning',
              at.address(r.table.headerRow, r.table.mapping.name),
              `The table whose header is row ${at.rowNumber(r.table.headerRow)} holds ${describe(r)}, not ${describe(best)} like the table with header row ${at.rowNumber(best.table.headerRow)}, so its ${r.indicators.length} indicator(s) are left out of this digest. Move it to a sheet of its own to make a digest of it.`,
            ),
          ]
        : []),
      ...r.issues,
    ]);
  return {
    sheet: grid,
    readings: sameKind,
    leftOut: [...unread, ...leftOut],
    score: sameKind.reduce((s, r) => s + score(r), 0),
  };
}

/** A long table none of whose period cells could be read (rules §5: unreadable periods are data issues). */
function noPeriodsRead(table: IndicatorTable, at: ReturnType<typeof addresser>): DataIssue {
  const col = table.mapping.periodCol ?? table.mapping.name;
  return issue(
    'error',
    at.address(table.headerRow, col),
    `No period under ${at.ref(table.headerRow, col)} could be read, so the table whose header is row ${at.rowNumber(table.headerRow)} is left out. Write periods as, for example, Q3 2006/07 or Jun 2006.`,
  );
}
