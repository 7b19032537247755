/** Rules §1: what a header cell says its column holds. */
import type { CellValue } from './grid';
import type { Period } from './model';
import { parsePeriod } from './periods';
import { headerKey } from './text';

export type RoleName =
  | 'name'
  | 'ref'
  | 'outcome'
  | 'polarity'
  | 'higherIsBetter'
  | 'unit'
  | 'target'
  | 'amber'
  | 'override'
  | 'commentary'
  | 'period'
  | 'value';

/** A column's role. `period` here is a wide table's period column; a long table's period column has role 'period' and no period. */
export type ColumnRole =
  | { role: Exclude<RoleName, 'target' | 'period'> }
  | { role: 'target'; period: Period | null }
  | { role: 'period'; period: Period | null }
  /** Name candidates other than "Indicator": a Measure column is the unit where an Indicator column is the name. */
  | { role: 'nameCandidate'; rank: number; header: 'description' | 'measure' };

const HEADERS: Record<string, ColumnRole> = {};
const add = (role: ColumnRole, ...names: string[]) => names.forEach((n) => (HEADERS[n] = role));

add({ role: 'name' }, 'indicator', 'indicatorname', 'performanceindicator', 'pi', 'kpi');
add({ role: 'nameCandidate', rank: 1, header: 'description' }, 'description');
add({ role: 'nameCandidate', rank: 2, header: 'measure' }, 'measure');
add(
  { role: 'ref' },
  'ref',
  'reference',
  'piref',
  'code',
  'id',
  'indicatorid',
  'bvpi',
  'ni',
  'refno',
  'kpiref',
  'niref',
  'bvpiref',
);
add({ role: 'outcome' }, 'outcome', 'theme', 'priority', 'section', 'group', 'category', 'ecmoutcome');
add({ role: 'polarity' }, 'polarity', 'goodis', 'goodperformance', 'direction', 'aim');
add({ role: 'higherIsBetter' }, 'higherisbetter');
add({ role: 'unit' }, 'unit', 'units', 'measuretype', 'format');
add({ role: 'target', period: null }, 'target', 'targetfortheperiod', 'annualtarget');
add({ role: 'amber' }, 'amberthreshold', 'tolerance', 'floor', 'minimumstandard', 'lowerthreshold');
add({ role: 'override' }, 'ragoverride', 'manualrag', 'statusoverride');
add({ role: 'commentary' }, 'commentary', 'comment', 'comments', 'narrative');
add({ role: 'period', period: null }, 'period', 'date', 'quarter', 'month', 'year');
add({ role: 'value' }, 'value', 'actual', 'outturn', 'result', 'performance');

/** `Target 2006/07`, `Target (Q3 2006/07)`, `Target: Jun 2006`, `2006/07 target`. */
function periodTarget(text: string): Period | null {
  const m = /^target\s*[:(\-–]?\s*(.+?)\s*\)?$/i.exec(text) ?? /^(.+?)\s*[-–(]?\s*target\s*\)?$/i.exec(text);
  return m?.[1] ? parsePeriod(m[1]) : null;
}

/** Whether a cell names the indicator-name column: every header row has one, so rows without one are skipped fast. */
export function isNameHeader(cell: CellValue): boolean {
  if (typeof cell !== 'string' || cell.length > 40) return false;
  const role = HEADERS[headerKey(cell)]?.role;
  return role === 'name' || role === 'nameCandidate';
}

/** The role a header cell names, or null for a column the digest does not use. */
export function classifyHeader(cell: CellValue, format?: string): ColumnRole | null {
  if (typeof cell === 'string') {
    const text = cell.trim();
    const known = HEADERS[headerKey(text)];
    if (known) return known;
    const target = periodTarget(text);
    if (target) return { role: 'target', period: target };
  }
  const period = parsePeriod(cell, format);
  return period ? { role: 'period', period } : null;
}
