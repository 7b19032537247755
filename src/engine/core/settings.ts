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
}

export const DEFAULT_SETTINGS: DigestSettings = {
  basis: 'previous',
  tolerance: { kind: 'relative', value: 0.05 },
  changeThreshold: { kind: 'absolute', value: 0 },
};
