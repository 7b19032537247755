/** Rules §1–2: an indicator as read from its table, before it is rated, and the reading of one table. */
import type { DataIssue, Period, PeriodType, Polarity } from '../core/model';
import { contains, MONTHS_IN } from '../periods/period';
import type { PeriodValues } from './periodValues';
import type { IndicatorTable } from './tables';

export type OverrideRag = 'green' | 'amber' | 'red';

/** A setting that applies to one period, or to every period (`period: null`). */
export interface Scoped<T> {
  period: Period | null;
  value: T;
  cell: string;
}

/** Issue 12: a proportion's counts: a numerator of 0 to the denominator, and a denominator above 0. */
export interface Counts {
  numerator: number;
  denominator: number;
}

/** Issue 12: where the indicator's SPC chart starts a new section, or where its baseline ends, and the cell that said so. */
export interface SpcSettings {
  recalculateFrom: { periods: Period[]; cell: string } | null;
  baselineTo: { period: Period; cell: string } | null;
}

export const NO_SPC_SETTINGS: SpcSettings = Object.freeze({ recalculateFrom: null, baselineTo: null });

export interface SourceIndicator {
  ref: string | null;
  name: string;
  outcome: string | null;
  polarity: Polarity;
  /** Values by period start, with the cell each came from. */
  values: PeriodValues;
  targets: Scoped<number>[];
  /** Issue 11: targets from *Annual target* columns (also in `targets`): the year's target for forecasts. */
  annualTargets: Scoped<number>[];
  /** Issue 11: year-end forecasts, each scoped to the year it forecasts (long tables: to its row's period). */
  forecasts: Scoped<number>[];
  /** Issue 11: the figures are year to date (a Cumulative or Year to date unit, name or header), so projectable. */
  cumulative: boolean;
  ambers: Scoped<number>[];
  overrides: Scoped<OverrideRag>[];
  commentary: Scoped<string>[];
  numberFormat: string;
  /** The address of the indicator's name cell, per period for long tables (first row otherwise). */
  cell: string;
  /** Empty (one shared map) for a wide table, whose rows are one per indicator. */
  cellByPeriod: ReadonlyMap<number, string>;
  /**
   * Issue 12: by period start, the counts behind each value that has them (valid, and agreeing with the value); null
   * for none (most indicators: no map is made for them, as tables can be hundreds of thousands of rows long).
   */
  counts: Map<number, Counts> | null;
  /** Issue 12: shared NO_SPC_SETTINGS until a row gives a setting. */
  spc: SpcSettings;
  issues: DataIssue[];
  /** Where it comes from, in a digest of several sources (docs/rules.md "Compiling"): `Youth service`. */
  source?: string;
}

export interface TableReading {
  table: IndicatorTable;
  periodType: PeriodType;
  /** The table's periods of its own type, oldest first. */
  periods: Period[];
  indicators: SourceIndicator[];
  /** Section headings (rules §1), by grid row. */
  headings: { row: number; text: string }[];
  /** Every data issue found reading the table, including each indicator's. */
  issues: DataIssue[];
}

/** The most specific setting for a period: its own, then its year's (or quarter's), then the plain one (rules §2). */
export function scopedFor<T>(entries: Scoped<T>[], period: Period): Scoped<T> | null {
  if (entries.length <= 1)
    return entries[0] && (!entries[0].period || contains(entries[0].period, period)) ? entries[0] : null;
  const span = (e: Scoped<T>) => (e.period ? MONTHS_IN[e.period.type] : Infinity);
  const applicable = entries.filter((e) => e.period === null || contains(e.period, period));
  return applicable.sort((a, b) => span(a) - span(b))[0] ?? null;
}
