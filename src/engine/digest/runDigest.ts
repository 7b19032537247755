/** The whole computation: workbook grids in, the rated indicators and the digest out (rules §1–6). */
import { applyCorrections } from '../read/columnCorrections';
import { buildDigest } from './buildDigest';
import type { SheetGrid } from '../core/grid';
import type { SourceIndicator } from '../read/sourceIndicator';
import type { DataIssue, Period } from '../core/model';
import type { DigestSettings } from '../core/settings';
import type { RatedIndicator } from '../rate/rateIndicator';
import type { Digest } from './buildDigest';
import { comparisonPeriodOf, makePeriod } from '../periods/period';
import { dayOfIso, isoOf, monthStartOf } from '../periods/calendarDate';
import { forecastOf } from '../forecast/forecastIndicator';
import { readActionPlan, type ActionPlan } from '../actions/actionPlan';
import { applyHistory } from './history';
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
import { valueIn } from '../read/periodValues';

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
  /** The settings used: as given, or as an older period's earlier digest recorded them (`historyNote` says which). */
  settings: DigestSettings;
  /** Issue 11: every action plan in the workbook, rated on its report date; null where there is none. */
  actions: ActionPlan | null;
  /** Issue 11: the report date, `YYYY-MM-DD`: `settings.asOf`, else the date above the action plan, else today. */
  asOf: string | null;
  /** Issue 11: which recorded settings an older period's digest was made again with; null when none were. */
  historyNote: string | null;
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
  const withValue = periods.filter((p) => indicators.some((i) => valueIn(i.values, p.start) !== null));
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

/**
 * A digest of one workbook's sheets: its best table, or the sheet(s) the settings name. `today`: the host's date
 * (`YYYY-MM-DD`, see isoDateOf), the report date of an action plan with none of its own; the engine reads no clock.
 */
export function runDigest(sheets: SheetGrid[], settings: DigestSettings, today?: string): DigestOutcome {
  return compileDigest([{ file: null, sheets }], settings, today);
}

/**
 * A digest of the open workbook's sheets and the workbooks added to it (the task pane's, Refresh digest's): a
 * workbook the settings name that is not among them is left out, with a data issue saying how to add it again.
 */
export function runDigestWith(
  sheets: SheetGrid[],
  settings: DigestSettings,
  added: WorkbookSource[] = [],
  today?: string,
): DigestOutcome {
  const missing = missingWorkbooks(
    settings.sources ?? [],
    added.map((w) => w.file),
  );
  return compileDigest([{ file: null, sheets }, ...added, ...missing], settings, today);
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
    // The forecast stage completes the indicator just rated (a copy per indicator would double a large table's memory).
    rating.rated.forecast = forecastOf(ind!, rating.rated, context.period, context.settings);
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
export function compileDigest(
  inputs: WorkbookSource[],
  settings: DigestSettings,
  today?: string,
): DigestOutcome {
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
  const todayDay = today === undefined ? null : dayOfIso(today);
  // The action plan is read from the first workbook (the open one, or the only input): its sheets are addressed
  // without a workbook name, as its digest's are.
  const home = workbooks[0]!.sheets;
  const prepared = prepare(workbooks, names, settings);
  if (isFailure(prepared)) {
    // No indicator table: the action plan alone is the report, from the sheet named (if one was) or any sheet.
    const named = settings.sheet?.trim().toLowerCase();
    const from = named === undefined ? home : home.filter((s) => s.name.toLowerCase() === named);
    const plan = prepared.kind === 'no-table' ? readActionPlan(from, settings, todayDay) : null;
    return plan ? actionsOnly(home, plan, settings) : { ok: false, error: prepared };
  }
  const { periods, period, sources } = prepared;
  const latest = chooseCurrent(periods, prepared.indicators, undefined);
  const older = !isFailure(latest) && period.start < latest.start;
  const history = applyHistory(home, period.label, older, settings, prepared.indicators);
  const used = history.settings;
  const comparisonPeriod = comparisonPeriodOf(period, used.basis);
  const shown = periods.filter((p) => p.start <= period.start).slice(-8);
  const context = { period, comparison: comparisonPeriod, shown, periods, settings: used };
  const { rated, found } = rateAll(history.indicators, context);
  const actions = readActionPlan(home, used, todayDay);
  const conflicts = prepared.conflicts.map((group) => group.map((i) => rated[i]!));
  const issues = [
    ...unreadable.map(unreadableIssue),
    ...prepared.issues,
    ...found,
    ...(actions?.issues ?? []),
  ];
  const first = sources[0]!;
  const digest = buildDigest({
    sheet: first.sheet,
    source: sources.map((s) => s.range).join('; '),
    period,
    comparisonPeriod,
    basis: used.basis,
    indicators: rated,
    conflicts,
    issues,
  });
  const asOf = actions?.asOf ?? (used.asOf !== undefined ? dayOfIso(used.asOf) : null) ?? todayDay;
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
      settings: used,
      actions,
      asOf: asOf === null ? null : isoOf(asOf),
      historyNote: history.note,
    },
  };
}

/** The quarter a day falls in: the period of a workbook that holds only an action plan. */
function quarterOf(day: number): Period {
  const month = monthStartOf(day);
  return makePeriod('quarter', month - (month % 3));
}

/** A run for a workbook holding only an action plan: no indicators, the plan reported for the quarter of its date. */
function actionsOnly(sheets: SheetGrid[], plan: ActionPlan, settings: DigestSettings): DigestOutcome {
  const day = plan.asOf ?? Math.max(...plan.actions.flatMap((a) => a.due ?? []));
  if (!Number.isFinite(day)) return { ok: false, error: noTable('in this workbook', sheets) };
  const period = quarterOf(day);
  const comparisonPeriod = comparisonPeriodOf(period, settings.basis);
  const issues = plan.issues;
  const digest = buildDigest({
    sheet: plan.sheet,
    source: plan.source,
    period,
    comparisonPeriod,
    basis: settings.basis,
    indicators: [],
    conflicts: [],
    issues,
  });
  const run: DigestRun = {
    sheet: plan.sheet,
    tables: [],
    sources: [],
    periods: [],
    period,
    comparisonPeriod,
    indicators: [],
    conflicts: [],
    issues,
    digest,
    settings,
    actions: plan,
    asOf: plan.asOf === null ? null : isoOf(plan.asOf),
    historyNote: null,
  };
  return { ok: true, run };
}
