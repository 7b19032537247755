/** What a person chooses for a digest: the rules in force and corrections to how a table was read (rules §1–4). */
import type { ComparisonBasis, Threshold } from './model';

/** A column's role as a person can choose it, in the order the pane's dropdowns list them. */
export const ROLE_CHOICES = [
  'none',
  'name',
  'ref',
  'outcome',
  'polarity',
  'higherIsBetter',
  'unit',
  'target',
  'amber',
  'override',
  'commentary',
  'period',
  'periodLabel',
  'value',
  'numerator',
  'denominator',
  'spcRecalculateFrom',
  'spcBaselineTo',
  'forecast',
  'annualTarget',
] as const;

export type RoleChoice = (typeof ROLE_CHOICES)[number];

export const isRoleChoice = (value: string): value is RoleChoice =>
  (ROLE_CHOICES as readonly string[]).includes(value);

/** A person's corrections to a table's column roles, in sheet coordinates (zero-based), kept with the settings. */
export interface ColumnCorrections {
  headerRow: number;
  roles: { col: number; role: RoleChoice }[];
}

export interface DigestSettings {
  /** The source sheet; by default the best indicator table in the workbook. */
  sheet?: string;
  /**
   * Several sources for one digest (docs/rules.md "Compiling"): sheet names, or `file.xlsx:Sheet` for a sheet of one
   * workbook; a workbook no name applies to gives its best table. `sheet` counts as one more name.
   */
  sources?: string[];
  /** The current period in any recognised spelling; by default the latest period with a value. */
  period?: string;
  basis: ComparisonBasis;
  tolerance: Threshold;
  changeThreshold: Threshold;
  /** Column roles corrected by a person, for the table of `sheet` whose header is `columns.headerRow`. */
  columns?: ColumnCorrections;
  /** Issue 11: project cumulative counts to the year end in a straight line where no forecast is given. */
  forecast?: ForecastMethod;
  /** Issue 11: the action plan's report date, `YYYY-MM-DD`; by default the date above the table, else today. */
  asOf?: string;
  /** Issue 11: an action not complete and due within this many days of the report date is Amber (default 30). */
  dueSoonDays?: number;
  /** Issue 11: the report sheets to write after the digest (by default the tracker, where there is an action plan). */
  reports?: ReportKind[];
  /**
   * Issue 11: the settings a person changed on purpose for this run. Re-making an older period's digest uses the
   * settings recorded in it for every other one, so history is never re-coloured (docs/rules.md §11).
   */
  onPurpose?: RecordedSetting[];
}

export type ForecastMethod = 'none' | 'linear';

/** Report sheets written after the digest: the committee exceptions report and the action-plan tracker. */
export const REPORT_KINDS = ['exceptions', 'actions'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const isReportKind = (value: unknown): value is ReportKind =>
  (REPORT_KINDS as readonly unknown[]).includes(value);

/** The settings a digest records in its marker, reused when its period is made again. */
export const RECORDED_SETTINGS = [
  'basis',
  'tolerance',
  'changeThreshold',
  'forecast',
  'asOf',
  'dueSoonDays',
] as const;
export type RecordedSetting = (typeof RECORDED_SETTINGS)[number];

export const DEFAULT_DUE_SOON_DAYS = 30;

export const DEFAULT_SETTINGS: DigestSettings = {
  basis: 'previous',
  tolerance: { kind: 'relative', value: 0.05 },
  changeThreshold: { kind: 'absolute', value: 0 },
};
