/**
 * Compiling the chosen sources into one list of indicators (docs/rules.md "Compiling"): addresses that name their
 * workbook when there are several, one period kind, outcomes and duplicates merged. Cost is linear in the sources.
 */
import { rangeAddress, workbookAddress } from '../core/address';
import { addresser, issue } from '../core/issues';
import type { DataIssue, Period } from '../core/model';
import { PERIOD_PLURAL } from '../periods/period';
import type { SheetReading } from '../read/readSheet';
import type { SourceIndicator } from '../read/sourceIndicator';
import type { IndicatorTable } from '../read/tables';
import type { ChosenSource, SourceChoice } from './chooseSources';
import { mergeIndicators, mergeOutcomes } from './mergeIndicators';
import { withWorkbook } from './withWorkbook';
import { cellIn, valueIn } from '../read/periodValues';

/** One source of a digest: one sheet's tables. */
export interface CompiledSource {
  /** The workbook's file name; null for the workbook open in Excel. */
  file: string | null;
  sheet: string;
  /** How the digest names it: the sheet, or with several workbooks the file's name (`Youth service`). */
  label: string;
  /** Its sheet in a sentence: `Youth service's sheet`, `The sheet "Youth"`. */
  whose: string;
  /** The first table's header cell, where a data issue about the whole source points. */
  cell: string;
  tables: IndicatorTable[];
  /** Where its tables are, e.g. `[youth.xlsx]PIs!A3:L40`. */
  range: string;
  /** The latest period with a value, and the cell that heads it. */
  lastPeriod: { period: Period; cell: string } | null;
  /** How many indicators its tables hold. */
  indicators: number;
  reading: SheetReading;
}

export interface Compilation {
  /** The sources in the digest (a source of another period kind is left out, with a data issue). */
  sources: CompiledSource[];
  indicators: SourceIndicator[];
  /** Every period of the sources' kind, oldest first. */
  periods: Period[];
  conflicts: SourceIndicator[][];
  /** Data issues about the sources themselves and about indicators in more than one. */
  issues: DataIssue[];
}

const stem = (file: string) => (file.split(/[\\/]/).pop() ?? file).replace(/\.xlsx$/i, '');

function namesOf(source: ChosenSource, all: ChosenSource[], severalWorkbooks: boolean) {
  const sheet = source.reading.sheet.name;
  // The open workbook's sheets are known by their names; another workbook's by its file's.
  if (!severalWorkbooks || source.workbook.file === null)
    return { label: sheet, whose: `The sheet "${sheet}"` };
  const book = stem(source.workbook.file);
  const oneOfSeveral = all.filter((s) => s.workbook === source.workbook).length > 1;
  return oneOfSeveral
    ? { label: `${book} (${sheet})`, whose: `${book}'s sheet "${sheet}"` }
    : { label: book, whose: `${book}'s sheet` };
}

/** The latest period with a value in any of the source's indicators, and its header cell (wide) or period cell. */
function lastPeriodOf(reading: SheetReading, cellOf: (cell: string) => string): CompiledSource['lastPeriod'] {
  let last: { period: Period; cell: string } | null = null;
  const at = addresser(reading.sheet);
  for (const r of reading.readings) {
    const m = r.table.mapping;
    for (const period of r.periods) {
      if (last && period.start <= last.period.start) continue;
      const withValue = r.indicators.find((i) => valueIn(i.values, period.start) !== null);
      if (!withValue) continue;
      const column = m.periods.find((c) => c.period.start === period.start && c.period.type === period.type);
      const cell = column
        ? cellOf(at.address(r.table.headerRow, column.col))
        : cellIn(withValue.values, period.start)!;
      last = { period, cell };
    }
  }
  return last;
}

function rangeOf(reading: SheetReading, cellOf: (cell: string) => string): string {
  const { name, origin } = reading.sheet;
  return reading.readings
    .map(({ table: t }) =>
      cellOf(
        rangeAddress(
          name,
          t.headerRow + origin.row,
          t.firstCol + origin.col,
          t.lastRow + origin.row,
          t.lastCol + origin.col,
        ),
      ),
    )
    .join(', ');
}

/** A key for a source's period kind: quarters, months, financial years or calendar years. */
function kindOf(reading: SheetReading): string {
  const first = reading.readings[0]!;
  return `${first.periodType}:${first.periods[0]?.fiscal ?? true}`;
}

/** The kind most sources hold; among equals, the first source's. */
function majorityKind(readings: SheetReading[]): string {
  const counts = new Map<string, number>();
  for (const r of readings) counts.set(kindOf(r), (counts.get(kindOf(r)) ?? 0) + 1);
  return [...counts].reduce((best, kind) => (kind[1] > best[1] ? kind : best))[0];
}

function describeKind(reading: SheetReading): string {
  const first = reading.readings[0]!;
  if (first.periodType !== 'year') return PERIOD_PLURAL[first.periodType];
  return first.periods[0]?.fiscal === false ? 'calendar years' : 'financial years';
}

export function compileSources({ chosen, issues: choiceIssues }: SourceChoice): Compilation {
  const severalWorkbooks = new Set(chosen.map((c) => c.workbook)).size > 1;
  const sources: CompiledSource[] = chosen.map((c) => {
    const file = c.workbook.file;
    const cellOf = (cell: string) => (severalWorkbooks && file !== null ? workbookAddress(file, cell) : cell);
    const reading = severalWorkbooks && file !== null ? withWorkbook(c.reading, file) : c.reading;
    const first = c.reading.readings[0]!.table;
    const at = addresser(c.reading.sheet);
    return {
      file,
      sheet: c.reading.sheet.name,
      ...namesOf(c, chosen, severalWorkbooks),
      cell: cellOf(at.address(first.headerRow, first.mapping.name)),
      tables: reading.readings.map((r) => r.table),
      range: rangeOf(c.reading, cellOf),
      lastPeriod: lastPeriodOf(c.reading, cellOf),
      indicators: c.reading.readings.reduce((n, r) => n + r.indicators.length, 0),
      reading,
    };
  });
  const kind = majorityKind(sources.map((s) => s.reading));
  const kept = sources.filter((s) => kindOf(s.reading) === kind);
  const model = kept[0]!.reading;
  const leftOut = sources
    .filter((s) => !kept.includes(s))
    .map((s) =>
      issue(
        'warning',
        s.cell,
        `${s.label} holds ${describeKind(s.reading)}, not ${describeKind(model)} like ${kept.length > 1 ? 'most sources' : kept[0]!.label}, so its ${s.indicators} indicator(s) are left out of this digest. Make a digest of it on its own.`,
      ),
    );
  // Every kept source holds periods of one kind, so a period is known by its start.
  const byStart = new Map(
    kept.flatMap((s) => s.reading.readings.flatMap((r) => r.periods)).map((p) => [p.start, p]),
  );
  const periods = [...byStart.values()].sort((a, b) => a.start - b.start);
  const own = kept.map((s) => ({
    label: s.label,
    indicators: s.reading.readings.flatMap((r) => r.indicators),
  }));
  // One source is read as it always was: nothing to merge (and, on a sheet of 280,000 rows, no memory to spare).
  const merged =
    kept.length > 1
      ? mergeIndicators(
          mergeOutcomes(
            own.map((s) => ({ ...s, indicators: s.indicators.map((ind) => ({ ...ind, source: s.label })) })),
          ),
          periods,
        )
      : { indicators: own[0]!.indicators, conflicts: [], issues: [] };
  return {
    sources: kept,
    indicators: merged.indicators,
    periods,
    conflicts: merged.conflicts,
    issues: [...choiceIssues, ...leftOut, ...merged.issues],
  };
}

/** Rules: one data issue for each source whose figures stop before the current period. */
export function lagIssues(sources: CompiledSource[], period: Period): DataIssue[] {
  if (sources.length < 2) return [];
  return sources
    .filter((s) => s.lastPeriod === null || s.lastPeriod.period.start < period.start)
    .map((s) => {
      const stops = s.lastPeriod ? `stops at ${s.lastPeriod.period.label}` : 'has no figures';
      return issue(
        'warning',
        s.lastPeriod?.cell ?? s.cell,
        `${s.whose} ${stops}, so its ${s.indicators} indicator(s) show No data for ${period.label}. Add its ${period.label} figures, or choose ${s.lastPeriod?.period.label ?? 'an earlier period'} as the current period.`,
      );
    });
}
