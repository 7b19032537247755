/**
 * Issue 11 (docs/rules.md §11 "Forecasts"): the year-end figure an indicator is heading for, from its Forecast column
 * or, where asked, a straight-line projection of a cumulative count, rated against the year's target with §3's rules.
 */
import type { Forecast, Period } from '../core/model';
import { round10 } from '../core/numbers';
import type { DigestSettings } from '../core/settings';
import { MONTHS_IN, samePeriod, yearOf } from '../periods/period';
import { scopedFor, type SourceIndicator } from '../read/sourceIndicator';
import { rateRag } from '../rate/rag';
import type { RatedIndicator } from '../rate/rateIndicator';

/**
 * The year-to-date figure extended in a straight line to the year end: `v × 12 / months elapsed`. Only for counts
 * (a year-to-date percentage is already a rate for the year so far, and is not projected).
 */
export function linearProjection(
  ind: SourceIndicator,
  current: number | null,
  period: Period,
): number | null {
  // A percentage shows as `0%` or, where its figures are whole numbers, `0.0"%"`: either way it is not projected.
  if (!ind.cumulative || current === null || ind.numberFormat.includes('%')) return null;
  const elapsed = period.start + MONTHS_IN[period.type] - yearOf(period).start;
  return round10((current * MONTHS_IN.year) / elapsed);
}

/**
 * The target a forecast is rated against: the year's own (`Target 2006/07`), then an *Annual target*, then the
 * target the period itself is rated against.
 */
function yearTarget(ind: SourceIndicator, period: Period, periodTarget: number | null): number | null {
  const year = yearOf(period);
  const own = ind.targets.find((t) => t.period !== null && samePeriod(t.period, year));
  return own?.value ?? scopedFor(ind.annualTargets, period)?.value ?? periodTarget;
}

/** The indicator's forecast for the year of `period`, or null where it has none (and none is projected). */
export function forecastOf(
  ind: SourceIndicator,
  rated: Pick<RatedIndicator, 'current' | 'target'>,
  period: Period,
  settings: DigestSettings,
): Forecast | null {
  const given = scopedFor(ind.forecasts, period)?.value ?? null;
  const projected =
    given === null && settings.forecast === 'linear' ? linearProjection(ind, rated.current, period) : null;
  const value = given ?? projected;
  if (value === null) return null;
  const target = yearTarget(ind, period, rated.target);
  // The row's amber threshold was set against the period's target: it applies only when the year's is the same.
  const amber = target === rated.target ? (scopedFor(ind.ambers, period)?.value ?? null) : null;
  const { rag } = rateRag({
    polarity: ind.polarity,
    value,
    target,
    amberThreshold: amber,
    tolerance: settings.tolerance,
  });
  return { value, target, rag, projected: projected !== null };
}
