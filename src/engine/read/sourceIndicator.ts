/** Rules §1–2: an indicator as read from its table, before it is rated, and the reading of one table. */
import type { DataIssue, Period, PeriodType, Polarity } from '../core/model';
import type { IndicatorTable } from './tables';

export type OverrideRag = 'green' | 'amber' | 'red';

/** A setting that applies to one period, or to every period (`period: null`). */
export interface Scoped<T> {
  period: Period | null;
  value: T;
  cell: string;
}

export interface SourceIndicator {
  ref: string | null;
  name: string;
  outcome: string | null;
  polarity: Polarity;
  /** Values by period start, with the cell each came from. */
  values: Map<number, { value: number | null; cell: string }>;
  targets: Scoped<number>[];
  ambers: Scoped<number>[];
  overrides: Scoped<OverrideRag>[];
  commentary: Scoped<string>[];
  numberFormat: string;
  /** The address of the indicator's name cell, per period for long tables (first row otherwise). */
  cell: string;
  cellByPeriod: Map<number, string>;
  issues: DataIssue[];
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
