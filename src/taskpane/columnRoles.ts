/**
 * Rules §1: the role of each column of an indicator table, as the pane shows it (one choice per column), and the
 * engine's column mapping with the user's corrections applied.
 */
import { cellAt, formatAt, type SheetGrid } from '../engine';
import { parsePeriod } from '../engine/periods';
import type { ColumnMapping, IndicatorTable } from '../engine/tables';

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

/** The mapping without any trace of one column. */
function without(m: ColumnMapping, col: number): ColumnMapping {
  const keep = (c: number | null) => (c === col ? null : c);
  return {
    ...m,
    ref: keep(m.ref),
    outcome: keep(m.outcome),
    polarity: m.polarity?.col === col ? null : m.polarity,
    unit: keep(m.unit),
    amber: keep(m.amber),
    override: keep(m.override),
    commentary: keep(m.commentary),
    targets: m.targets.filter((t) => t.col !== col),
    periods: m.periods.filter((p) => p.col !== col),
    periodCol: keep(m.periodCol),
    valueCol: keep(m.valueCol),
  };
}

export type CorrectedTable = { ok: true; table: IndicatorTable } | { ok: false; message: string };

/**
 * The table with the user's corrections. A column given a single-column role takes it from any other column; a column
 * made "values for a period" must have a period as its header (rules §2), and some column must hold the names.
 */
export function applyRoles(
  grid: SheetGrid,
  table: IndicatorTable,
  roles: Record<number, RoleChoice>,
): CorrectedTable {
  let m = table.mapping;
  let name: number | null = m.name;
  for (const [key, role] of Object.entries(roles)) {
    const col = Number(key);
    const header = cellAt(grid, table.headerRow, col);
    if (name === col) name = null;
    m = without(m, col);
    if (role === 'period') {
      const period = parsePeriod(header, formatAt(grid, table.headerRow, col));
      if (!period)
        return {
          ok: false,
          message: `The header "${String(header ?? '')}" is not a period, so its column cannot hold values for a period.`,
        };
      m = { ...m, periods: [...m.periods, { col, period }] };
    } else if (role === 'target') m = { ...m, targets: [...m.targets, { col, period: null }] };
    else if (role === 'polarity' || role === 'higherIsBetter')
      m = { ...m, polarity: { col, yesNo: role === 'higherIsBetter' } };
    else if (role === 'periodLabel') m = { ...m, periodCol: col };
    else if (role === 'value') m = { ...m, valueCol: col };
    else if (role === 'name') name = col;
    else if (role !== 'none') m = { ...m, [role]: col };
  }
  if (name === null) return { ok: false, message: 'Choose the column that holds the indicator names.' };
  return { ok: true, table: { ...table, mapping: { ...m, name } } };
}
