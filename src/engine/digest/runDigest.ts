/** The whole computation: workbook grids in, the rated indicators and the digest out (rules §1–6). */
import { applyCorrections } from '../read/columnCorrections';
import { buildDigest } from './buildDigest';
import type { SheetGrid } from '../core/grid';
import type { SourceIndicator } from '../read/sourceIndicator';
import type { DataIssue, Period } from '../core/model';
import type { DigestSettings } from '../core/settings';
import type { RatedIndicator } from '../rate/rateIndicator';
import type { Digest } from './buildDigest';
import { comparisonPeriodOf } from '../periods/period';
import { parsePeriod } from '../periods/parsePeriod';
import { rateIndicator, type RatingContext } from '../rate/rateIndicator';
import type { IndicatorTable } from '../read/tables';
import {
  chooseSources,
  isFailure,
  fileKey,
  isUnreadable,
  missingWorkbooks,
  noTable,
  parseSourceName,
  unreadableIssue,
  type DigestFailure,
  type UnreadableWorkbook,
  type WorkbookInput,
  type WorkbookSource,
} from '../compile/chooseSources';
import { compileSources, lagIssues, type CompiledSource } from '../compile/compileSources';

export type { DigestFailure, UnreadableWorkbook, WorkbookInput, WorkbookSource };

/** One source of the digest as the run reports it (`--json`'s `sources`, the title block). */
export type DigestSource = Omit<CompiledSource, 'reading'>;

export interface DigestRun {
  /** The source's sheet; with several sources, the first one's. */
  sheet: string;
  tables: IndicatorTable[];
  /** Every source: one sheet's tables, perhaps of another workbook. */
  sources: DigestSource[];
  /** Every period of the table's type, oldest first. */
  periods: Period[];
  period: Period;
  comparisonPeriod: Period;
  indicators: RatedIndicator[];
  /** Rows kept for one indicator whose sources disagree; the summary counts each group once. */
  conflicts: RatedIndicator[][];
  issues: DataIssue[];
  digest: Digest;
  settings: DigestSettings;
}

export type DigestOutcome = { ok: true; run: DigestRun } | { ok: false; error: DigestFailure };

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
    withValue[withValue.length - 1] ?? periods[periods.length - 1] ?? noTable('with any readable period', [])
  );
}

/** The first workbook with a person's column corrections applied to its source sheet's header (a copy). */
function withCorrections(
  workbooks: WorkbookInput[],
  settings: DigestSettings,
): WorkbookInput[] | DigestFailure {
  const { columns, sheet } = settings;
  const [first, ...rest] = workbooks;
  const source = first ? first.sheets.findIndex((g) => g.name.toLowerCase() === sheet?.toLowerCase()) : -1;
  if (!columns || !first || source < 0) return workbooks;
  const corrected = applyCorrections(first.sheets[source]!, columns);
  if (!corrected.ok) return { kind: 'columns-changed', message: corrected.message };
  const sheets = first.sheets.map((grid, i) => (i === source ? corrected.grid : grid));
  return [{ ...first, sheets }, ...rest];
}

/** A digest of one workbook's sheets: its best table, or the sheet(s) the settings name. */
export function runDigest(sheets: SheetGrid[], settings: DigestSettings): DigestOutcome {
  return compileDigest([{ file: null, sheets }], settings);
}

/**
 * A digest of the open workbook's sheets and the workbooks added to it (the task pane's, Refresh digest's): a
 * workbook the settings name that is not among them is left out, with a data issue saying how to add it again.
 */
export function runDigestWith(
  sheets: SheetGrid[],
  settings: DigestSettings,
  added: WorkbookSource[] = [],
): DigestOutcome {
  const missing = missingWorkbooks(
    settings.sources ?? [],
    added.map((w) => w.file),
  );
  return compileDigest([{ file: null, sheets }, ...added, ...missing], settings);
}

/** What rating needs of the chosen sources, compiled; their readings are let go (see rateAll). */
interface Prepared {
  periods: Period[];
  period: Period;
  indicators: SourceIndicator[];
  /** Indicators in more than one source, by their places in `indicators`. */
  conflicts: number[][];
  /** The data issues found so far, in the digest's order. */
  issues: DataIssue[];
  sources: DigestSource[];
}

function prepare(
  workbooks: WorkbookInput[],
  names: string[],
  settings: DigestSettings,
): Prepared | DigestFailure {
  const choice = chooseSources(workbooks, names);
  if (isFailure(choice)) return choice;
  const compiled = compileSources(choice);
  const { periods } = compiled;
  const period = chooseCurrent(periods, compiled.indicators, settings.period);
  if (isFailure(period)) return period;
  // Built only when there are conflicts: a single sheet of 280,000 rows has no memory to spare for it.
  const indexOf =
    compiled.conflicts.length > 0 ? new Map(compiled.indicators.map((ind, i) => [ind, i])) : new Map();
  return {
    periods,
    period,
    indicators: compiled.indicators,
    conflicts: compiled.conflicts.map((group) => group.map((ind) => indexOf.get(ind)!)),
    issues: [
      ...lagIssues(compiled.sources, period),
      ...compiled.issues,
      ...compiled.sources.flatMap(({ reading }) => [
        ...reading.leftOut,
        ...reading.readings.flatMap((r) => r.issues),
      ]),
    ],
    sources: compiled.sources.map(({ reading: _, ...source }) => source),
  };
}

/**
 * Rates every indicator, letting each source go as soon as it is rated (the array is emptied as it goes): the sources
 * of a very large table and their ratings, SPC readings included, are then never all held at once.
 */
function rateAll(
  sources: (SourceIndicator | null)[],
  context: RatingContext,
): { rated: RatedIndicator[]; found: DataIssue[] } {
  const rated: RatedIndicator[] = [];
  const found: DataIssue[] = [];
  sources.forEach((ind, i) => {
    const rating = rateIndicator(ind!, context);
    sources[i] = null;
    rated.push(rating.rated);
    found.push(...rating.found);
  });
  return { rated, found };
}

/**
 * A digest compiled from several workbooks' sheets (docs/rules.md "Compiling"); one source gives runDigest's digest.
 * A workbook that could not be read is left out with an error data issue, when another could be.
 */
export function compileDigest(inputs: WorkbookSource[], settings: DigestSettings): DigestOutcome {
  const unreadable = inputs.filter(isUnreadable);
  const readable = inputs.filter((w): w is WorkbookInput => !isUnreadable(w));
  if (readable.length === 0) return { ok: false, error: noTable('in any of these workbooks', []) };
  const workbooks = withCorrections(readable, settings);
  if (isFailure(workbooks)) return { ok: false, error: workbooks };
  const gone = new Set(unreadable.map((w) => fileKey(w.file)));
  // A name of a workbook that could not be read is left out with it (its data issue says so).
  const names = [
    ...(settings.sheet !== undefined ? [settings.sheet] : []),
    ...(settings.sources ?? []),
  ].filter((name) => {
    const { file } = parseSourceName(name);
    return file === null || !gone.has(fileKey(file));
  });
  const prepared = prepare(workbooks, names, settings);
  if (isFailure(prepared)) return { ok: false, error: prepared };
  const { periods, period, sources } = prepared;
  const comparisonPeriod = comparisonPeriodOf(period, settings.basis);
  const shown = periods.filter((p) => p.start <= period.start).slice(-8);
  const context = { period, comparison: comparisonPeriod, shown, periods, settings };
  const { rated, found } = rateAll(prepared.indicators, context);
  const conflicts = prepared.conflicts.map((group) => group.map((i) => rated[i]!));
  const issues = [...unreadable.map(unreadableIssue), ...prepared.issues, ...found];
  const first = sources[0]!;
  const digest = buildDigest({
    sheet: first.sheet,
    source: sources.map((s) => s.range).join('; '),
    period,
    comparisonPeriod,
    basis: settings.basis,
    indicators: rated,
    conflicts,
    issues,
  });
  return {
    ok: true,
    run: {
      sheet: first.sheet,
      tables: sources.flatMap((s) => s.tables),
      sources,
      periods,
      period,
      comparisonPeriod,
      indicators: rated,
      conflicts,
      issues,
      digest,
      settings,
    },
  };
}
