/**
 * Issue 12: a period's value and the counts behind it. The value is numerator ÷ denominator when the value cell is
 * empty; when both are given they must agree (see `agrees`), else the value stands and the counts are not used.
 */
import { issue } from '../core/issues';
import type { DataIssue, Period } from '../core/model';
import { compare10 } from '../core/numbers';
import { addressOf, type CellNaming } from './periodValues';
import type { Counts } from './sourceIndicator';

/** A number read from a cell, with the cell (a gridCell: its address is made only for a message). */
export interface Figure {
  value: number;
  cell: number;
}

/** The numerator and denominator a row gives for one period, where it gives them. */
export interface CountCells {
  numerator: Figure | null;
  denominator: Figure | null;
}

/** A value may be the proportion itself or the proportion per 100 (a percentage), per 1,000, 10,000 or 100,000. */
export const SCALES = [1, 100, 1000, 10_000, 100_000] as const;

/** Two values agree to within 0.5% of the one computed from the counts, whatever the precision. */
export const RELATIVE_TOLERANCE = 0.005;

/** Decimal places the value is written to (0.65 → 2), up to 10. */
function decimalsOf(v: number): number {
  for (let d = 0; d < 10; d++) if (compare10(Math.round(v * 10 ** d) / 10 ** d, v) === 0) return d;
  return 10;
}

/**
 * Whether a given value agrees with x ÷ n on one of the SCALES: equal once x ÷ n is rounded to the decimal places
 * the value is written to (0.65 for 13 of 20 or for 65.4%, 65 for 65.4 of 100), or within 0.5% of it.
 */
export function agrees(value: number, x: number, n: number): boolean {
  const halfStep = 0.5 * 10 ** -decimalsOf(value);
  return SCALES.some((scale) => {
    const expected = (scale * x) / n;
    const gap = Math.abs(value - expected);
    return compare10(gap, halfStep) <= 0 || compare10(gap, RELATIVE_TOLERANCE * Math.abs(expected)) <= 0;
  });
}

/** A cell's address without its sheet, as messages give it: `D7`. */
const where = (address: (cell: number) => string, cell: number) => address(cell).split('!').pop();

/** What one period of an indicator comes to: its value, the counts behind it, and any data issue found. */
export interface SettledPeriod {
  value: number | null;
  /** The cell the value came from: the value cell, or the numerator's when the value was worked out. */
  cell: number | null;
  counts: Counts | null;
  /** Whether the value was worked out from the counts. */
  derived: boolean;
  issue: DataIssue | null;
}

export interface PeriodFigures {
  name: string;
  period: Period;
  value: Figure | null;
  /** The value cell, also when it is empty. */
  valueCell: number | null;
  counts: CountCells;
  /** Whether the table has both numerator and denominator columns: only then is a lone one worth a warning. */
  bothRoles: boolean;
  /** How the cells are addressed in data issues (`PIs!D7`). */
  naming: CellNaming;
}

/** A period's value and counts from its cells (issue 12). */
export function settleProportion({
  name,
  period,
  value,
  valueCell,
  counts,
  bothRoles,
  naming,
}: PeriodFigures): SettledPeriod {
  const address = (cell: number) => addressOf(naming, cell);
  const given = { value: value?.value ?? null, cell: value?.cell ?? valueCell, counts: null, derived: false };
  const { numerator: x, denominator: n } = counts;
  if (!x || !n) {
    const lone = x ?? n;
    if (!lone || !bothRoles) return { ...given, issue: null };
    const [has, lacks] = x ? ['numerator', 'denominator'] : ['denominator', 'numerator'];
    return {
      ...given,
      issue: issue(
        'warning',
        address(lone.cell),
        `"${name}" has a ${has} (${lone.value} in ${where(address, lone.cell)}) but no ${lacks} for ${period.label}, so no confidence interval can be given for it.`,
      ),
    };
  }
  const cells = `${where(address, x.cell)} and ${where(address, n.cell)}`;
  if (n.value <= 0) {
    return {
      ...given,
      issue: issue(
        'warning',
        address(n.cell),
        `The denominator ${n.value} in ${where(address, n.cell)} for "${name}" in ${period.label} is not above 0, so the counts in ${cells} give no proportion${value ? '' : ' and no value'}.`,
      ),
    };
  }
  if (!value) {
    const derived = { value: x.value / n.value, cell: valueCell ?? x.cell, derived: true };
    if (x.value >= 0 && x.value <= n.value) return { ...derived, counts: pair(x, n), issue: null };
    return { ...derived, counts: null, issue: notAProportion(name, period, x, n, address) };
  }
  if (x.value < 0 || x.value > n.value)
    return { ...given, issue: notAProportion(name, period, x, n, address) };
  if (agrees(value.value, x.value, n.value)) return { ...given, counts: pair(x, n), issue: null };
  return {
    ...given,
    issue: issue(
      'warning',
      address(value.cell),
      `Value ${value.value} in ${where(address, value.cell)} for "${name}" in ${period.label} does not match ${x.value} ÷ ${n.value} from ${cells}; the value is used, with no confidence interval. Check the value or the counts.`,
    ),
  };
}

const pair = (x: Figure, n: Figure): Counts => ({ numerator: x.value, denominator: n.value });

function notAProportion(
  name: string,
  period: Period,
  x: Figure,
  n: Figure,
  address: (cell: number) => string,
): DataIssue {
  return issue(
    'warning',
    address(x.cell),
    `The numerator ${x.value} in ${where(address, x.cell)} for "${name}" in ${period.label} is not between 0 and the denominator ${n.value} in ${where(address, n.cell)}, so it is not a proportion and has no confidence interval.`,
  );
}
