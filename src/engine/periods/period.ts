/**
 * Rules §2: periods in time and their arithmetic. A period's `start` counts months from January of year 0, so periods
 * order by it; UK financial years start on 1 April.
 */
import type { ComparisonBasis, Period, PeriodType } from '../core/model';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const PERIOD_PLURAL: Record<PeriodType, string> = {
  month: 'months',
  quarter: 'quarters',
  year: 'years',
};

/** How many months a period of each type spans, which is also the step to the previous one. */
export const MONTHS_IN: Record<PeriodType, number> = { month: 1, quarter: 3, year: 12 };

const pad2 = (n: number) => String(n % 100).padStart(2, '0');

function labelOf(type: PeriodType, fiscal: boolean, start: number): string {
  const year = Math.floor(start / 12);
  const month = start % 12;
  const fy = month >= 3 ? year : year - 1;
  if (type === 'month') return `${MONTHS[month]} ${year}`;
  if (type === 'quarter') return `Q${Math.floor(((month - 3 + 12) % 12) / 3) + 1} ${fy}/${pad2(fy + 1)}`;
  return fiscal ? `${fy}/${pad2(fy + 1)}` : String(year);
}

export function makePeriod(
  type: PeriodType,
  start: number,
  fiscal = type !== 'year' || start % 12 === 3,
): Period {
  return { type, fiscal: type === 'year' ? fiscal : true, start, label: labelOf(type, fiscal, start) };
}

export const monthPeriod = (year: number, month0: number) => makePeriod('month', year * 12 + month0);
/** Quarter `q` (1–4) of the financial year starting in April of `fy`. */
export const quarterPeriod = (q: number, fy: number) => makePeriod('quarter', fy * 12 + 3 + (q - 1) * 3);
export const financialYear = (fy: number) => makePeriod('year', fy * 12 + 3, true);
export const calendarYear = (year: number) => makePeriod('year', year * 12, false);

/** The year a period falls in: a year is its own; a month or quarter is in the financial year from April. */
export function yearOf(period: Period): Period {
  if (period.type === 'year') return period;
  const year = Math.floor(period.start / 12);
  return financialYear(period.start % 12 >= 3 ? year : year - 1);
}

/** Rules §2: the comparison period, whether or not the table has a column or a value for it. */
export function comparisonPeriodOf(current: Period, basis: ComparisonBasis): Period {
  const back = basis === 'year' ? 12 : MONTHS_IN[current.type];
  return makePeriod(current.type, current.start - back, current.fiscal);
}

/** Whether period `inner` lies within `outer` (a quarter within its financial year, a month within its quarter). */
export function contains(outer: Period, inner: Period): boolean {
  return (
    inner.start >= outer.start && inner.start + MONTHS_IN[inner.type] <= outer.start + MONTHS_IN[outer.type]
  );
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.type === b.type && a.start === b.start && a.fiscal === b.fiscal;
}

/** A table's kind of period: its type, and for years whether they are financial. */
export type PeriodKind = { type: PeriodType; fiscal: boolean };

/** Rules §2: the table's period type is the finest found; for years, the kind (financial, calendar) in more columns. */
export function choosePeriodKind(periods: Period[]): PeriodKind | null {
  if (periods.length === 0) return null;
  const type =
    (['month', 'quarter', 'year'] as const).find((t) => periods.some((p) => p.type === t)) ?? 'year';
  if (type !== 'year') return { type, fiscal: true };
  const fiscal = periods.filter((p) => p.type === 'year' && p.fiscal).length;
  const calendar = periods.filter((p) => p.type === 'year' && !p.fiscal).length;
  return { type, fiscal: fiscal >= calendar };
}

export const ofKind = (kind: PeriodKind) => (p: Period) =>
  p.type === kind.type && (p.type !== 'year' || p.fiscal === kind.fiscal);
