/**
 * Rules §1: a person's corrections to the roles the engine read for a table's columns. A correction is applied by
 * giving the column, in a copy of the sheet's cells, a header the engine recognises for that role; the engine then
 * reads the table as it reads any other, so the digest, the data issues and the cell addresses stay its own.
 */
import { cellAt, formatAt, type CellValue, type SheetGrid } from '../core/grid';
import { parsePeriod } from '../periods/parsePeriod';
import { ROLE_CHOICES, type ColumnCorrections, type RoleChoice } from '../core/settings';
import { findTables, type ColumnMapping, type IndicatorTable } from './tables';

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
  numerator: 'Numerator',
  denominator: 'Denominator',
  spcRecalculateFrom: 'SPC recalculate from',
  spcBaselineTo: 'SPC baseline to',
  forecast: 'Forecast',
  annualTarget: 'Annual target',
};

/** Roles several columns can have: a target, numerator or denominator per period, and a column per period. */
const MANY: RoleChoice[] = [
  'none',
  'target',
  'period',
  'numerator',
  'denominator',
  'forecast',
  'annualTarget',
];
/** Roles only one column can have: giving one to a column takes it from the others. */
const SINGLE: RoleChoice[] = ROLE_CHOICES.filter((r) => !MANY.includes(r));

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
  m.targets.forEach((t) => put(t.col, t.annual ? 'annualTarget' : 'target'));
  m.forecasts.forEach((f) => put(f.col, 'forecast'));
  m.periods.forEach((p) => put(p.col, 'period'));
  put(m.periodCol, 'periodLabel');
  put(m.valueCol, 'value');
  m.numerators.forEach((c) => put(c.col, 'numerator'));
  m.denominators.forEach((c) => put(c.col, 'denominator'));
  put(m.spcRecalculateFrom, 'spcRecalculateFrom');
  put(m.spcBaselineTo, 'spcBaselineTo');
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

/** Corrections saved with the settings (sheet coordinates), applied to the sheet's cells as read by any host. */
export function applyCorrections(grid: SheetGrid, corrections: ColumnCorrections): CorrectedGrid {
  const { row, col } = grid.origin;
  const table = findTables(grid).find((t) => t.headerRow + row === corrections.headerRow);
  if (!table)
    return {
      ok: false,
      message: `Row ${corrections.headerRow + 1} of "${grid.name}" is no longer the header of an indicator table, so the column choices saved with this workbook no longer fit. Open the task pane and check the columns again.`,
    };
  return correctHeaders(grid, table, Object.fromEntries(corrections.roles.map((r) => [r.col - col, r.role])));
}

/** The pane's choices (grid columns) as corrections to save (sheet coordinates); null when there are none. */
export function correctionsOf(
  grid: SheetGrid,
  table: IndicatorTable,
  roles: Record<number, RoleChoice>,
): ColumnCorrections | null {
  const chosen = Object.entries(roles).map(([c, role]) => ({ col: Number(c) + grid.origin.col, role }));
  return chosen.length ? { headerRow: table.headerRow + grid.origin.row, roles: chosen } : null;
}
