/** The engine's vocabulary (digest-rules §7): the words every stage uses, from polarity to period. */

/**
 * Which way is good. `target` is Goldilocks polarity (issue 11, docs/rules.md §11): closer to the target is better,
 * as for budget spend or occupancy, so a figure is rated by its distance from the target either side.
 */
export type Polarity = 'higher' | 'lower' | 'neutral' | 'target';

/** Rules §3: a computed status; the last three show grey, never green. */
export type Rag = 'green' | 'amber' | 'red' | 'no target' | 'no data' | 'data only';

/** Rules §4. */
export type Direction =
  'improving' | 'worsening' | 'no change' | 'increasing' | 'decreasing' | 'not comparable';

/**
 * Issue 11: the year-end figure an indicator is heading for, rated against the year's target with the rules of §3.
 * `projected` is true for a straight-line projection of a cumulative count (never an officer's forecast).
 */
export interface Forecast {
  value: number;
  target: number | null;
  /** `green`, `amber`, `red`, `no target` or `data only` (a forecast always has a value). */
  rag: Rag;
  projected: boolean;
}

export type Severity = 'error' | 'warning';

/** Rules §5: every problem in the input, with the cell it is in (Excel's form) and words an officer understands. */
export interface DataIssue {
  severity: Severity;
  cell: string | null;
  message: string;
}

/** A tolerance or change threshold: a share of the target / comparison value, or an amount in the indicator's units. */
export type Threshold = { kind: 'relative'; value: number } | { kind: 'absolute'; value: number };

export type ComparisonBasis = 'previous' | 'year';

export type PeriodType = 'month' | 'quarter' | 'year';

/** Rules §2: a period in time. `start` counts months from January of year 0, so periods order by it. */
export interface Period {
  type: PeriodType;
  /** Years only: a UK financial year (April to March) or a calendar year. */
  fiscal: boolean;
  start: number;
  /** The canonical label: `Q3 2006/07`, `Jun 2006`, `2006/07`, `2006`. */
  label: string;
}
