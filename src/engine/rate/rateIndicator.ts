/** Rules §2–4: one indicator rated for the current period against its target, and its direction of travel. */
import { directionOfTravel } from './directionOfTravel';
import { scopedFor, type SourceIndicator } from '../read/sourceIndicator';
import { issue } from '../core/issues';
import type { DataIssue, Direction, Forecast, Period, Polarity, Rag } from '../core/model';
import type { DigestSettings } from '../core/settings';
import { rateRag } from './rag';
import { indicatorStats, type IndicatorStats } from '../stats/indicatorStats';
import { cellIn, valueIn } from '../read/periodValues';

/** One indicator, rated for the current period (rules §3–4). */
export interface RatedIndicator {
  ref: string | null;
  name: string;
  outcome: string | null;
  polarity: Polarity;
  current: number | null;
  comparison: number | null;
  target: number | null;
  /** The status shown: the override where a valid one was given, else the computed one. */
  rag: Rag;
  computedRag: Rag;
  ragOverridden: boolean;
  direction: Direction;
  /** The indicator's row, as the address of its name cell. */
  cell: string;
  /** The cell of its figure for the current period (where Go to takes a person to check it); null if it has none. */
  currentCell: string | null;
  /** The number format its values are shown in (`0%`, `#,##0`). */
  numberFormat: string;
  /** Values of the last up-to-8 periods ending with the current one, oldest first (`null` for none). */
  trend: (number | null)[];
  /** Commentary from the source's commentary column, if any. */
  commentary: string | null;
  /**
   * Issue 11: the year-end forecast rated against the year's target, null where there is none. Rating leaves it null;
   * the forecast stage (forecast/), which rates it with rules §3 too, sets it.
   */
  forecast: Forecast | null;
  /** The data issues found on this indicator's row(s). */
  issues: DataIssue[];
  /** Its source(s), in a digest of several sources: `Youth service`, or `Children, Youth service` when both agree. */
  source?: string;
  /** Issue 12: intervals, whether the change is significant, small numbers and the SPC reading. */
  stats: IndicatorStats;
}

/** What every indicator of one digest is rated against. */
export interface RatingContext {
  period: Period;
  comparison: Period;
  /** The periods of the trend: up to 8, ending with the current one. */
  shown: Period[];
  /** Every period of the table, oldest first (the SPC chart's, up to the current one). */
  periods: Period[];
  settings: DigestSettings;
}

/** The indicator rated; `found` holds the data issues that rating it brought to light (a wrong-side amber threshold). */
export function rateIndicator(
  ind: SourceIndicator,
  { period, comparison, shown, periods, settings }: RatingContext,
): { rated: RatedIndicator; found: DataIssue[] } {
  const current = valueIn(ind.values, period.start);
  const previous = valueIn(ind.values, comparison.start);
  const target = scopedFor(ind.targets, period);
  const amber = scopedFor(ind.ambers, period);
  const override = scopedFor(ind.overrides, period);
  const rating = rateRag({
    polarity: ind.polarity,
    value: current,
    target: target?.value ?? null,
    amberThreshold: amber?.value ?? null,
    tolerance: settings.tolerance,
  });
  const statistics = indicatorStats(ind, { period, comparison, periods, target: target?.value ?? null });
  const found = statistics.found;
  if (rating.thresholdWrongSide && amber && target) {
    const side = ind.polarity === 'higher' ? 'above' : 'below';
    found.push(
      issue(
        'warning',
        amber.cell,
        `Amber threshold ${amber.value} in ${amber.cell.split('!').pop()} is ${side} the target ${target.value} for "${ind.name}", which is the wrong side; rated with tolerance 0 (Green or Red only).`,
      ),
    );
  }
  const rated: RatedIndicator = {
    ref: ind.ref,
    name: ind.name,
    outcome: ind.outcome,
    polarity: ind.polarity,
    current,
    comparison: previous,
    target: target?.value ?? null,
    rag: override?.value ?? rating.rag,
    computedRag: rating.rag,
    ragOverridden: override !== null,
    direction: directionOfTravel(
      ind.polarity,
      current,
      previous,
      settings.changeThreshold,
      target?.value ?? null,
    ),
    cell: ind.cellByPeriod.get(period.start) ?? ind.cell,
    currentCell: cellIn(ind.values, period.start),
    numberFormat: ind.numberFormat,
    trend: shown.map((p) => valueIn(ind.values, p.start)),
    commentary: scopedFor(ind.commentary, period)?.value ?? null,
    forecast: null,
    // The indicator's own list when rating found nothing more: most have none, and a copy each was held to the end.
    issues: found.length === 0 ? ind.issues : [...ind.issues, ...found],
    source: ind.source,
    stats: statistics.stats,
  };
  return { rated, found };
}
