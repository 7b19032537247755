/** The whole computation: workbook grids in, the rated indicators and the digest out (rules §1–6). */
import type { SheetGrid } from './grid';
import { readTable, type Scoped, type SourceIndicator, type TableReading } from './indicators';
import { applyCorrections } from './columnCorrections';
import { addresser, issue } from './issues';
import { isDigestSheet } from './digestSheet';
import { buildDigest } from './digest';
import { directionOfTravel } from './directionOfTravel';
import type { DataIssue, Digest, DigestSettings, Period, RatedIndicator } from './model';
import { comparisonPeriodOf, contains, MONTHS_IN, parsePeriod, PERIOD_PLURAL } from './periods';
import { rateRag } from './rag';
import { findTables, type IndicatorTable } from './tables';

export interface DigestRun {
  sheet: string;
  tables: IndicatorTable[];
  /** Every period of the table's type, oldest first. */
  periods: Period[];
  period: Period;
  comparisonPeriod: Period;
  indicators: RatedIndicator[];
  issues: DataIssue[];
  digest: Digest;
  settings: DigestSettings;
}

export type DigestFailure = {
  kind: 'no-table' | 'unknown-sheet' | 'unknown-period' | 'columns-changed';
  message: string;
};
export type DigestOutcome = { ok: true; run: DigestRun } | { ok: false; error: DigestFailure };

/** All tables of one sheet that share the best table's period type, read top to bottom. */
export interface SheetReading {
  sheet: SheetGrid;
  readings: TableReading[];
  /** Warnings for tables on the sheet left out because their periods differ from the best table's. */
  leftOut: DataIssue[];
  score: number;
}

/** Reads every table on a sheet; the tables that share the best one's period type make up the sheet's digest. */
export function readSheet(grid: SheetGrid): SheetReading | null {
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

/** The most specific setting for a period: its own, then its year's (or quarter's), then the plain one (rules §2). */
function scopedFor<T>(entries: Scoped<T>[], period: Period): Scoped<T> | null {
  if (entries.length <= 1)
    return entries[0] && (!entries[0].period || contains(entries[0].period, period)) ? entries[0] : null;
  const span = (e: Scoped<T>) => (e.period ? MONTHS_IN[e.period.type] : Infinity);
  const applicable = entries.filter((e) => e.period === null || contains(e.period, period));
  return applicable.sort((a, b) => span(a) - span(b))[0] ?? null;
}

function rate(
  ind: SourceIndicator,
  shown: Period[],
  period: Period,
  comparison: Period,
  settings: DigestSettings,
  issues: DataIssue[],
): RatedIndicator {
  const current = ind.values.get(period.start)?.value ?? null;
  const previous = ind.values.get(comparison.start)?.value ?? null;
  const target = scopedFor(ind.targets, period);
  const amber = scopedFor(ind.ambers, period);
  const override = scopedFor(ind.overrides, period);
  const rated = rateRag({
    polarity: ind.polarity,
    value: current,
    target: target?.value ?? null,
    amberThreshold: amber?.value ?? null,
    tolerance: settings.tolerance,
  });
  const rowIssues = [...ind.issues];
  if (rated.thresholdWrongSide && amber && target) {
    const side = ind.polarity === 'higher' ? 'above' : 'below';
    const found = issue(
      'warning',
      amber.cell,
      `Amber threshold ${amber.value} in ${amber.cell.split('!').pop()} is ${side} the target ${target.value} for "${ind.name}", which is the wrong side; rated with tolerance 0 (Green or Red only).`,
    );
    rowIssues.push(found);
    issues.push(found);
  }
  return {
    ref: ind.ref,
    name: ind.name,
    outcome: ind.outcome,
    polarity: ind.polarity,
    current,
    comparison: previous,
    target: target?.value ?? null,
    rag: override?.value ?? rated.rag,
    computedRag: rated.rag,
    ragOverridden: override !== null,
    direction: directionOfTravel(ind.polarity, current, previous, settings.changeThreshold),
    cell: ind.cellByPeriod.get(period.start) ?? ind.cell,
    numberFormat: ind.numberFormat,
    trend: shown.map((p) => ind.values.get(p.start)?.value ?? null),
    commentary: scopedFor(ind.commentary, period)?.value ?? null,
    issues: rowIssues,
  };
}

function chooseSheet(sheets: SheetGrid[], wanted: string | undefined): SheetReading | DigestFailure {
  const sources = sheets.filter((s) => !isDigestSheet(s));
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted.trim().toLowerCase());
    if (!sheet) {
      const names = sources.map((s) => `"${s.name}"`).join(', ');
      return {
        kind: 'unknown-sheet',
        message: `There is no sheet called "${wanted}" in this workbook. Its sheets are: ${names}.`,
      };
    }
    if (isDigestSheet(sheet))
      return {
        kind: 'unknown-sheet',
        message: `"${sheet.name}" is a digest made by Performance Digest, not a sheet of indicators. Choose the sheet that holds your indicator table.`,
      };
    return readSheet(sheet) ?? noTable(`on the sheet "${sheet.name}"`);
  }
  const readings = sources.flatMap((s) => readSheet(s) ?? []);
  // Equal tables on several sheets (one sheet a year): the one reaching the latest period is the one to digest.
  const latest = (r: SheetReading) => Math.max(...r.readings.flatMap((t) => t.periods.map((p) => p.start)));
  const best = readings.sort((a, b) => b.score - a.score || latest(b) - latest(a))[0];
  return best ?? noTable('in this workbook');
}

function noTable(where: string): DigestFailure {
  return {
    kind: 'no-table',
    message: `No indicator table found ${where}. Performance Digest looks for a header row with an indicator name column (Indicator, Measure, PI or KPI) and period columns such as "Q1 2006/07" or "Jun 2006" (or Period and Value columns).`,
  };
}

function chooseCurrent(
  periods: Period[],
  indicators: SourceIndicator[],
  wanted: string | undefined,
): Period | DigestFailure {
  if (wanted !== undefined) {
    const parsed = parsePeriod(wanted.trim());
    const found = parsed && periods.find((p) => p.type === parsed.type && p.start === parsed.start);
    if (found) return found;
    const available = periods.map((p) => p.label).join(', ');
    const why = parsed
      ? `The table has no column or rows for ${parsed.label}`
      : `"${wanted}" is not a period I recognise`;
    return { kind: 'unknown-period', message: `${why}. Choose one of: ${available}.` };
  }
  const withValue = periods.filter((p) =>
    indicators.some((i) => (i.values.get(p.start)?.value ?? null) !== null),
  );
  return (
    withValue[withValue.length - 1] ?? periods[periods.length - 1] ?? noTable('with any readable period')
  );
}

const isFailure = (x: object): x is DigestFailure => 'message' in x;

/** The sheets with a person's column corrections applied to the source sheet's header (a copy; the input is never changed). */
function withCorrections(sheets: SheetGrid[], settings: DigestSettings): SheetGrid[] | DigestFailure {
  const { columns, sheet } = settings;
  if (!columns || sheet === undefined) return sheets;
  const corrected = sheets.map((grid) =>
    grid.name.toLowerCase() === sheet.toLowerCase()
      ? applyCorrections(grid, columns)
      : { ok: true as const, grid },
  );
  const failed = corrected.find((c) => !c.ok);
  if (failed && !failed.ok) return { kind: 'columns-changed', message: failed.message };
  return corrected.flatMap((c) => (c.ok ? [c.grid] : []));
}

export function runDigest(sources: SheetGrid[], settings: DigestSettings): DigestOutcome {
  const sheets = withCorrections(sources, settings);
  if (isFailure(sheets)) return { ok: false, error: sheets };
  const chosen = chooseSheet(sheets, settings.sheet);
  if (isFailure(chosen)) return { ok: false, error: chosen };
  const indicators = chosen.readings.flatMap((r) => r.indicators);
  const byStart = new Map(chosen.readings.flatMap((r) => r.periods).map((p) => [p.start, p]));
  const periods = [...byStart.values()].sort((a, b) => a.start - b.start);
  const period = chooseCurrent(periods, indicators, settings.period);
  if (isFailure(period)) return { ok: false, error: period };
  const comparisonPeriod = comparisonPeriodOf(period, settings.basis);
  const issues = [...chosen.leftOut, ...chosen.readings.flatMap((r) => r.issues)];
  const shown = periods.filter((p) => p.start <= period.start).slice(-8);
  const rated = indicators.map((ind) => rate(ind, shown, period, comparisonPeriod, settings, issues));
  const tables = chosen.readings.map((r) => r.table);
  const digest = buildDigest({
    sheet: chosen.sheet,
    tables,
    period,
    comparisonPeriod,
    basis: settings.basis,
    indicators: rated,
    issues,
  });
  return {
    ok: true,
    run: {
      sheet: chosen.sheet.name,
      tables,
      periods,
      period,
      comparisonPeriod,
      indicators: rated,
      issues,
      digest,
      settings,
    },
  };
}
