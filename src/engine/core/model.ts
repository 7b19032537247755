/** The engine's vocabulary (digest-rules §7): the types every other part of the product uses. */
import type { RoleChoice } from '../read/columnCorrections';

export type Polarity = 'higher' | 'lower' | 'neutral';

/** Rules §3: a computed status; the last three show grey, never green. */
export type Rag = 'green' | 'amber' | 'red' | 'no target' | 'no data' | 'data only';

/** Rules §4. */
export type Direction =
  'improving' | 'worsening' | 'no change' | 'increasing' | 'decreasing' | 'not comparable';

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

/** A person's corrections to a table's column roles, in sheet coordinates (zero-based), kept with the settings. */
export interface ColumnCorrections {
  headerRow: number;
  roles: { col: number; role: RoleChoice }[];
}

export interface DigestSettings {
  /** The source sheet; by default the best indicator table in the workbook. */
  sheet?: string;
  /** The current period in any recognised spelling; by default the latest period with a value. */
  period?: string;
  basis: ComparisonBasis;
  tolerance: Threshold;
  changeThreshold: Threshold;
  /** Column roles corrected by a person, for the table of `sheet` whose header is `columns.headerRow`. */
  columns?: ColumnCorrections;
}

export const DEFAULT_SETTINGS: DigestSettings = {
  basis: 'previous',
  tolerance: { kind: 'relative', value: 0.05 },
  changeThreshold: { kind: 'absolute', value: 0 },
};

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
  /** The number format its values are shown in (`0%`, `#,##0`). */
  numberFormat: string;
  /** Values of the last up-to-8 periods ending with the current one, oldest first (`null` for none). */
  trend: (number | null)[];
  /** Commentary from the source's commentary column, if any. */
  commentary: string | null;
  /** The data issues found on this indicator's row(s). */
  issues: DataIssue[];
}

export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  'no target': number;
  'no data': number;
  'data only': number;
  improving: number;
  'no change': number;
  worsening: number;
}

export interface Exception {
  indicator: RatedIndicator;
  /** Rules §6: a question written from the figures for the officer who owns the indicator. */
  prompt: string;
}

/** Rules §6: everything the digest says, before it is laid out on a sheet. */
export interface Digest {
  period: Period;
  comparisonPeriod: Period | null;
  basis: ComparisonBasis;
  /** Where the indicators were read from, e.g. `'PIs'!A5:L40`. */
  source: string;
  sheet: string;
  summary: { overall: StatusCounts; byOutcome: { outcome: string; counts: StatusCounts }[] };
  /** In the order outcomes are first met; `outcome` is null for indicators with none. */
  sections: { outcome: string | null; indicators: RatedIndicator[] }[];
  /** Red, then Amber, then Worsening. */
  exceptions: Exception[];
  issues: DataIssue[];
}
