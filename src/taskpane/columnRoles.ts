/**
 * Rules §1: the role of each column of an indicator table, as the pane shows it (one choice per column), and the
 * user's corrections applied. A correction is applied by giving the column, in a copy of the sheet's cells, a header
 * the engine recognises for that role; the engine then reads the table as it would read any other, so the preview,
 * the data issues and the cell addresses stay the engine's own.
 */
import {
  cellAt,
  formatAt,
  parsePeriod,
  type CellValue,
  type ColumnMapping,
  type IndicatorTable,
  type SheetGrid,
} from '../engine';

/** In the order the dropdowns list them. */
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
] as const;

export type RoleChoice = (typeof ROLE_CHOICES)[number];

export const isRoleChoice = (value: string): value is RoleChoice =>
  (ROLE_CHOICES as readonly string[]).includes(value);

/** Words from rules §7. */
export const ROLE_LABELS: Record<RoleChoice, string> = {
  none: 'Not used',
  name: 'Indicator name',
  ref: 'Ref',
  outcome: 'Outcome',
  polarity: 'Polarity',
  higherIsBetter: 'Higher is better (yes/no)',
  unit: 'Unit',
  target: 'Target',
  amber: 'Amber threshold',
  override: 'RAG override',
  commentary: 'Commentary',
  period: 'Values for a period',
  periodLabel: 'Period (one row per period)',
  value: 'Value (one row per period)',
};

/** A header the engine reads as each role (rules §1 table); `period` keeps the column's own header. */
const HEADERS: Record<Exclude<RoleChoice, 'period'>, string | null> = {
  none: null,
  name: 'Indicator',
  ref: 'Ref',
  outcome: 'Outcome',
  polarity: 'Polarity',
  higherIsBetter: 'Higher is better',
  unit: 'Unit',
  target: 'Target',
  amber: 'Amber threshold',
  override: 'RAG override',
  commentary: 'Commentary',
  periodLabel: 'Period',
  value: 'Value',
};

/** Roles only one column can have: giving one to a column takes it from the others. */
const SINGLE: RoleChoice[] = ROLE_CHOICES.filter((r) => r !== 'none' && r !== 'target' && r !== 'period');

/** Each column's role in a mapping; columns not listed are not used. */
export function rolesOf(m: ColumnMapping): Map<number, RoleChoice> {
  const roles = new Map<number, RoleChoice>();
  const put = (col: number | null, role: RoleChoice) => col !== null && roles.set(col, role);
  put(m.name, 'name');
  put(m.ref, 'ref');
  put(m.outcome, 'outcome');
  put(m.polarity?.col ?? null, m.polarity?.yesNo ? 'higherIsBetter' : 'polarity');
  put(m.unit, 'unit');
  put(m.amber, 'amber');
  put(m.override, 'override');
  put(m.commentary, 'commentary');
  m.targets.forEach((t) => put(t.col, 'target'));
  m.periods.forEach((p) => put(p.col, 'period'));
  put(m.periodCol, 'periodLabel');
  put(m.valueCol, 'value');
  return roles;
}

export type CorrectedGrid = { ok: true; grid: SheetGrid } | { ok: false; message: string };

/** The sheet's cells with the table's header row saying what the user chose for each corrected column. */
export function correctHeaders(
  grid: SheetGrid,
  table: IndicatorTable,
  roles: Record<number, RoleChoice>,
): CorrectedGrid {
  const corrections = Object.entries(roles).map(([col, role]) => ({ col: Number(col), role }));
  if (corrections.length === 0) return { ok: true, grid };
  const header: CellValue[] = [...(grid.values[table.headerRow] ?? [])];
  const detected = rolesOf(table.mapping);
  for (const { col, role } of corrections) {
    if (detected.get(col) === role) continue; // back to what was found: keep its header (`Target 2006/07` keeps its period)
    if (role === 'period') {
      if (!parsePeriod(cellAt(grid, table.headerRow, col), formatAt(grid, table.headerRow, col))) {
        const text = String(header[col] ?? '');
        return {
          ok: false,
          message: `The header "${text}" is not a period, so its column cannot hold values for a period.`,
        };
      }
      continue;
    }
    if (SINGLE.includes(role)) {
      for (const [other, was] of detected)
        if (was === role && roles[other] === undefined) header[other] = null;
    }
    header[col] = HEADERS[role];
  }
  const values = grid.values.map((row, r) => (r === table.headerRow ? header : row));
  const named =
    corrections.some((c) => c.role === 'name') || (roles[table.mapping.name] ?? 'name') === 'name';
  if (!named) return { ok: false, message: 'Choose the column that holds the indicator names.' };
  return { ok: true, grid: { ...grid, values } };
}
