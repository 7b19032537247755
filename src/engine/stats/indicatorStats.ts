/**
 * Issue 12: one indicator read statistically for the current period: its 95% Wilson interval, whether the change
 * since the comparison period is beyond chance, small numbers, and its MDC SPC reading over every period with a
 * value up to the current one.
 */
import { issue } from '../core/issues';
import type { DataIssue, Period, Polarity } from '../core/model';
import { MONTHS_IN } from '../periods/period';
import type { Counts, SourceIndicator, SpcSettings } from '../read/sourceIndicator';
import type { PointReading } from './classify';
import { readSpcValues } from './spc';
import type { Assurance, PointClass, Side } from './spcTypes';
import { intervalsOverlap, smallNumbers, wilsonInterval, type Interval } from './wilson';
import type { SectionOptions } from './xmr';
import { latestWithValue, valueIn } from '../read/periodValues';

/** One point of the SPC chart: a period with a value, and its MDC class. */
export interface SpcChartPoint {
  period: Period;
  value: number;
  class: PointClass;
  side: Side | null;
}

/** A section of the chart, from its first to its last period, with its lines (null without 13 points to set them). */
export interface SpcChartSection {
  from: Period;
  to: Period;
  mean: number;
  lowerLimit: number | null;
  upperLimit: number | null;
  lowerTwoSigma: number | null;
  upperTwoSigma: number | null;
}

/** The MDC reading of one indicator's series, with periods in place of positions. */
export interface SpcSeries {
  readonly points: SpcChartPoint[];
  readonly sections: SpcChartSection[];
  /** The last point's class (there is always one). */
  variation: PointClass;
  variationSide: Side | null;
  assurance: Assurance | null;
}

export interface IndicatorStats {
  /** The current period's counts, where it has valid counts that agree with its value. */
  counts: Counts | null;
  /** 95% Wilson intervals for the current and comparison periods, where each has counts. */
  interval: Interval | null;
  comparisonInterval: Interval | null;
  /** Whether the two intervals do not overlap (a significant change); null without both. */
  significant: boolean | null;
  /** Whether the current counts are small numbers (denominator under 30 or numerator under 5); null without counts. */
  smallNumbers: boolean | null;
  /** Null only for an indicator with no value up to the current period. */
  spc: SpcSeries | null;
}

export interface StatsContext {
  period: Period;
  comparison: Period;
  /** Every period of the table, oldest first. */
  periods: readonly Period[];
  /** The current period's target, for the assurance icon. */
  target: number | null;
}

const at = (cell: string) => cell.split('!').pop();

/** Where the sections start and the baseline ends, as point positions; settings that name no point are data issues. */
function sectionOptions(ind: SourceIndicator, points: readonly Period[], found: DataIssue[]): SectionOptions {
  const { recalculateFrom, baselineTo }: SpcSettings = ind.spc;
  if (baselineTo) {
    const end = baselineTo.period.start + MONTHS_IN[baselineTo.period.type] - 1;
    const index = points.filter((p) => p.start <= end).length - 1;
    if (recalculateFrom)
      found.push(
        issue(
          'warning',
          recalculateFrom.cell,
          `"${ind.name}" has both an SPC baseline (${at(baselineTo.cell)}) and recalculations (${at(recalculateFrom.cell)}); as Making Data Count does, only the baseline applies.`,
        ),
      );
    if (index >= 0) return { baselineTo: index };
    found.push(
      issue(
        'warning',
        baselineTo.cell,
        `SPC baseline to ${baselineTo.period.label} in ${at(baselineTo.cell)} is before the first value of "${ind.name}", so its SPC chart has no baseline.`,
      ),
    );
    return {};
  }
  if (!recalculateFrom) return {};
  const lastValue = latestWithValue(ind.values) ?? -Infinity;
  const starts: number[] = [];
  for (const period of recalculateFrom.periods) {
    const index = points.findIndex((p) => p.start >= period.start);
    if (index >= 0) starts.push(index);
    else if (period.start > lastValue)
      found.push(
        issue(
          'warning',
          recalculateFrom.cell,
          `SPC recalculate from ${period.label} in ${at(recalculateFrom.cell)} is after the last value of "${ind.name}", so no section starts there.`,
        ),
      );
  }
  return { recalculateFrom: starts };
}

/** The SPC reading over every period with a value up to the current one, in time order; null without any. */
function spcSeries(
  ind: SourceIndicator,
  polarity: Polarity,
  { period, periods, target }: StatsContext,
  found: DataIssue[],
): SpcSeries | null {
  // The values and their periods side by side: no point object is made until the chart's own.
  const values: number[] = [];
  const at: Period[] = [];
  for (const p of periods) {
    const value = p.start <= period.start ? valueIn(ind.values, p.start) : null;
    if (value !== null) {
      values.push(value);
      at.push(p);
    }
  }
  if (values.length === 0) return null;
  const { recalculateFrom, baselineTo } = sectionOptions(ind, at, found);
  const reading = readSpcValues(values, { polarity, target, recalculateFrom, baselineTo });
  const periodAt = (i: number) => at[i]!;
  const common = reading.classes.every((c) => c.class === 'common');
  const [only, ...others] = reading.sections;
  return new SeriesReading(
    // Kept to their length (pushing left room to grow), and no classes when every point is common cause.
    values.slice(),
    at.slice(),
    common ? null : reading.classes,
    // Most series are one section without limits (under 13 points): its mean alone is kept.
    others.length === 0 && only!.upperLimit === null
      ? only!.mean
      : reading.sections.map((s) => ({
          from: periodAt(s.from),
          to: periodAt(s.to),
          mean: s.mean,
          lowerLimit: s.lowerLimit,
          upperLimit: s.upperLimit,
          lowerTwoSigma: s.lowerTwoSigma,
          upperTwoSigma: s.upperTwoSigma,
        })),
    reading.variation ?? 'common',
    reading.variationSide,
    reading.assurance,
  );
}

/**
 * A series read, kept small: a digest holds one for every indicator until it is written. Its point objects are made
 * when first asked for (a chart, the JSON), and a lone section without limits, when asked for, from its mean.
 */
class SeriesReading implements SpcSeries {
  private made: SpcChartPoint[] | undefined;

  constructor(
    private readonly values: readonly number[],
    private readonly periods: readonly Period[],
    /** Null when every point is common cause, as in most series (under 13 points there are no limits). */
    private readonly classes: readonly PointReading[] | null,
    /** The sections, or the mean of the one section, which has no limits. */
    private readonly lines: SpcChartSection[] | number,
    readonly variation: PointClass,
    readonly variationSide: Side | null,
    readonly assurance: Assurance | null,
  ) {}

  get sections(): SpcChartSection[] {
    if (typeof this.lines !== 'number') return this.lines;
    return [
      {
        from: this.periods[0]!,
        to: this.periods[this.periods.length - 1]!,
        mean: this.lines,
        lowerLimit: null,
        upperLimit: null,
        lowerTwoSigma: null,
        upperTwoSigma: null,
      },
    ];
  }

  get points(): SpcChartPoint[] {
    return (this.made ??= this.values.map((value, i) => ({
      period: this.periods[i]!,
      value,
      class: this.classes?.[i]!.class ?? 'common',
      side: this.classes?.[i]!.side ?? null,
    })));
  }
}

/** The section a point of the series belongs to (each point is in exactly one). */
export function sectionOf(spc: SpcSeries, point: SpcChartPoint): SpcChartSection {
  return spc.sections.find((s) => s.from.start <= point.period.start && point.period.start <= s.to.start)!;
}

const intervalOf = (counts: Counts | null) => counts && wilsonInterval(counts.numerator, counts.denominator);

/** The indicator's statistics; `found` holds the data issues its SPC settings brought to light. */
export function indicatorStats(
  ind: SourceIndicator,
  context: StatsContext,
): { stats: IndicatorStats; found: DataIssue[] } {
  const found: DataIssue[] = [];
  const counts = ind.counts?.get(context.period.start) ?? null;
  const interval = intervalOf(counts);
  const comparisonInterval = intervalOf(ind.counts?.get(context.comparison.start) ?? null);
  const stats: IndicatorStats = {
    counts,
    interval,
    comparisonInterval,
    significant: interval && comparisonInterval ? !intervalsOverlap(interval, comparisonInterval) : null,
    smallNumbers: counts ? smallNumbers(counts.numerator, counts.denominator) : null,
    spc: spcSeries(ind, ind.polarity, context, found),
  };
  return { stats, found };
}
