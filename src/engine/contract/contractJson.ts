/** The CLI's `--json` object: the contract other tools rely on (its examples, with their answers: test/fixtures/contract/; docs/rules.md §11). */
import type { ComparisonBasis, DataIssue, Direction, Threshold } from '../core/model';
import type { StatusCounts } from '../digest/buildDigest';
import type { RatedIndicator } from '../rate/rateIndicator';
import { thresholdText } from '../rate/thresholds';
import type { IndicatorStats } from '../stats/indicatorStats';
import type { Assurance, PointClass } from '../stats/spcTypes';
import type { Interval } from '../stats/wilson';
import type { DigestRun } from '../digest/runDigest';
import { hasIndicatorTable } from '../digest/runFacts';
import type { ActionRag } from '../actions/statusWords';
import { isoOf } from '../periods/calendarDate';

/** An indicator as the contract spells it: the rated indicator's fields, with its direction of travel as `dot`. */
export type ContractIndicator = Pick<
  RatedIndicator,
  | 'ref'
  | 'name'
  | 'outcome'
  | 'polarity'
  | 'current'
  | 'comparison'
  | 'target'
  | 'rag'
  | 'ragOverridden'
  | 'cell'
  | 'forecast'
> & {
  dot: Direction;
  source?: string;
  /** Issue 12: the current period's 95% Wilson interval, where it has counts. */
  interval: Interval | null;
  /** Issue 12: whether the change behind `dot` is significant (the intervals do not overlap); null without both. */
  dotSignificant: boolean | null;
  /** Issue 12: a denominator under 30 or a numerator under 5; null without counts. */
  smallNumbers: boolean | null;
  spc: ContractSpc | null;
};

/** Issue 12: the MDC SPC reading, with periods as canonical labels. */
export interface ContractSpc {
  points: { period: string; value: number; class: PointClass }[];
  sections: {
    from: string;
    to: string;
    mean: number;
    lowerLimit: number | null;
    upperLimit: number | null;
  }[];
  variation: PointClass;
  assurance: Assurance | null;
}

/** A source of a digest of several (docs/rules.md "Compiling"). */
export interface ContractSource {
  /** The workbook's file name; null for the workbook open in Excel. */
  file: string | null;
  sheet: string;
  /** As the digest's Source column names it. */
  label: string;
  /** Where its tables are: `[children.xlsx]'PIs Q3'!A1:H5`. */
  range: string;
  /** The latest period with a value; null when it has none. */
  lastPeriod: string | null;
  indicators: number;
}

/** Issue 11: an action of an action plan; `due` is `YYYY-MM-DD`, `status` the status cell as written. */
export interface ContractAction {
  text: string;
  owner: string | null;
  due: string | null;
  status: string | null;
  rag: ActionRag;
  cell: string;
}

export interface ContractJson {
  /** The source's sheet; with several sources, the first one's; for a workbook holding only an action plan, its sheet. */
  sheet: string;
  /** Null, as is `comparisonPeriod`, for a workbook that holds only an action plan. */
  period: string | null;
  comparisonPeriod: string | null;
  /** Only when the digest has more than one source; each indicator then names its `source`. */
  sources?: ContractSource[];
  indicators: ContractIndicator[];
  issues: DataIssue[];
  /** Issue 11: the actions of every action plan, in sheet and table order. */
  actions: ContractAction[];
  /** Issue 11: the report date the actions were rated on, `YYYY-MM-DD`. */
  asOf: string | null;
  /** The digest's summary counts (rules §6), overall and by outcome, Red first. */
  summary: { overall: StatusCounts; byOutcome: { outcome: string; counts: StatusCounts }[] };
  /** The rules the digest was made with (rules §2–4). */
  settings: { basis: ComparisonBasis; tolerance: ContractThreshold; changeThreshold: ContractThreshold };
}

function sourcesOf(run: DigestRun): ContractSource[] {
  return run.sources.map((s) => ({
    file: s.file,
    sheet: s.sheet,
    label: s.label,
    range: s.range,
    lastPeriod: s.lastPeriod?.period.label ?? null,
    indicators: s.indicators,
  }));
}

/** `several`: the digest has more than one source, so each indicator names its own. */
function contractIndicator(i: RatedIndicator, several: boolean): ContractIndicator {
  return {
    ref: i.ref,
    name: i.name,
    outcome: i.outcome,
    polarity: i.polarity,
    current: i.current,
    comparison: i.comparison,
    target: i.target,
    rag: i.rag,
    ragOverridden: i.ragOverridden,
    dot: i.direction,
    cell: i.cell,
    forecast: i.forecast && {
      value: i.forecast.value,
      target: i.forecast.target,
      rag: i.forecast.rag,
      projected: i.forecast.projected,
    },
    ...(several && i.source !== undefined && { source: i.source }),
    interval: i.stats.interval && { lower: i.stats.interval.lower, upper: i.stats.interval.upper },
    dotSignificant: i.stats.significant,
    smallNumbers: i.stats.smallNumbers,
    spc: contractSpc(i.stats.spc),
  };
}

const contractIssues = (run: DigestRun): DataIssue[] =>
  run.issues.map(({ severity, cell, message }) => ({ severity, cell, message }));

const contractActions = (run: DigestRun): ContractAction[] =>
  (run.actions?.actions ?? []).map((a) => ({
    text: a.text,
    owner: a.owner,
    due: a.due === null ? null : isoOf(a.due),
    status: a.status,
    rag: a.rag,
    cell: a.cell,
  }));

/** A tolerance or change threshold as used, with the text that gives it (`5%`, `0.02`). */
export type ContractThreshold = Threshold & { text: string };

const withText = (t: Threshold): ContractThreshold => ({ ...t, text: thresholdText(t) });

/** Everything after the issues: the actions and their report date, the summary counts and the rules used. */
const tailOf = (run: DigestRun): Pick<ContractJson, 'actions' | 'asOf' | 'summary' | 'settings'> => ({
  actions: contractActions(run),
  asOf: run.asOf,
  summary: {
    overall: { ...run.digest.summary.overall },
    byOutcome: run.digest.summary.byOutcome.map(({ outcome, counts }) => ({
      outcome,
      counts: { ...counts },
    })),
  },
  settings: {
    basis: run.settings.basis,
    tolerance: withText(run.settings.tolerance),
    changeThreshold: withText(run.settings.changeThreshold),
  },
});

/** Everything before the indicators. One source: exactly the contract as it was (no sources, no source per indicator). */
const headOf = (run: DigestRun) => ({
  sheet: run.sheet,
  period: hasIndicatorTable(run) ? run.period.label : null,
  comparisonPeriod: hasIndicatorTable(run) ? run.comparisonPeriod.label : null,
  ...(run.sources.length > 1 && { sources: sourcesOf(run) }),
});

export function toContractJson(run: DigestRun): ContractJson {
  const several = run.sources.length > 1;
  return {
    ...headOf(run),
    indicators: run.indicators.map((i) => contractIndicator(i, several)),
    issues: contractIssues(run),
    ...tailOf(run),
  };
}

/** JSON text indented by `spaces` more after its first line. */
const indented = (value: unknown, spaces: number) =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(spaces)}`);

/**
 * The contract's JSON as `JSON.stringify(toContractJson(run), null, 2)` writes it, in pieces: one per indicator, so
 * a table of hundreds of thousands of indicators never becomes one string (or one object tree) at once.
 */
export function* contractJsonText(run: DigestRun): Generator<string> {
  const several = run.sources.length > 1;
  const head = indented(headOf(run), 0);
  yield `${head.slice(0, -2)},\n  "indicators": [`;
  let first = true;
  for (const ind of run.indicators) {
    yield `${first ? '' : ','}\n    ${indented(contractIndicator(ind, several), 4)}`;
    first = false;
  }
  yield `${first ? ']' : '\n  ]'},\n  "issues": ${indented(contractIssues(run), 2)},${indented(tailOf(run), 0).slice(1)}`;
}

function contractSpc(spc: IndicatorStats['spc']): ContractSpc | null {
  if (!spc) return null;
  return {
    points: spc.points.map((p) => ({ period: p.period.label, value: p.value, class: p.class })),
    sections: spc.sections.map((s) => ({
      from: s.from.label,
      to: s.to.label,
      mean: s.mean,
      lowerLimit: s.lowerLimit,
      upperLimit: s.upperLimit,
    })),
    variation: spc.variation,
    assurance: spc.assurance,
  };
}
