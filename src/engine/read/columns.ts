/** Rules §1: what a header cell says its column holds. */
import type { CellValue } from '../core/grid';
import type { Period } from '../core/model';
import { parsePeriod } from '../periods/parsePeriod';
import { headerKey } from '../core/text';

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
  | { role: Exclude<RoleName, 'target' | 'period' | 'name'> }
  | { role: 'target'; period: Period | null }
  | { role: 'period'; period: Period | null }
  /**
   * The indicator name. Where several name headers are present the lowest rank is the name and the others take their
   * `otherwise` role: Indicator is the name and Measure the unit (rules §1); a PI or KPI column beside an Indicator
   * or Description column holds codes (`BV 12`), so it is the ref.
   */
  | { role: 'name'; rank: number; otherwise: 'ref' | 'unit' | null };

const HEADERS: Record<string, ColumnRole> = {};
const add = (role: ColumnRole, ...names: string[]) => names.forEach((n) => (HEADERS[n] = role));

add({ role: 'name', rank: 0, otherwise: null }, 'indicator', 'indicatorname', 'performanceindicator');
add({ role: 'name', rank: 1, otherwise: null }, 'description');
add({ role: 'name', rank: 2, otherwise: 'ref' }, 'pi', 'kpi');
add({ role: 'name', rank: 3, otherwise: 'unit' }, 'measure');
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
  if (
    typeof cell !== 'string' ||
    cell.length > 40 ||
    !NAME_INITIALS.has(cell.trimStart().charAt(0).toLowerCase())
  )
    return false;
  return HEADERS[headerKey(cell)]?.role === 'name';
}

/** Every name header starts with one of these letters (Indicator, PI, KPI, Description, Measure): a cheap first test. */
const NAME_INITIALS = new Set(['i', 'p', 'k', 'd', 'm']);

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

/** A header that starts like a period (`Q3 2006`, `Qtr 3`, `Target Q3`, `Sept`) but names none we can place in time. */
export function looksLikePeriod(cell: CellValue): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell
    .trim()
    .toLowerCase()
    .replace(/^target\s*[:(-]?\s*/, '');
  return (
    /^(q|qtr|quarter)\s*[1-4]\b/.test(text) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/']*\d/.test(text)
  );
}
