/** An indicator's display format, and the warning for a percentage row that mixes fractions and whole numbers (rules §1). */
import { cellAt, formatAt, type SheetGrid } from '../core/grid';
import type { SourceIndicator } from './sourceIndicator';
import { issue } from '../core/issues';
import { isGeneralFormat, isPercentFormat } from '../core/numberFormats';
import { addressAt } from './periodValues';

const PERCENT_UNITS = new Set([
  '%',
  'percent',
  'percentage',
  'percentages',
  'pct',
  'perc',
  '%age',
  'per cent',
]);

/** Text such as "65%" is a percentage too (stored as 0.65, as Excel reads it). */
const TYPED_PERCENT = /\d\s*%\s*$/;

/**
 * Sets the indicator's number format from its value and target cells (and unit), and checks a percentage row's scale.
 * `fromCounts`: some value was worked out as numerator ÷ denominator (issue 12), so it is a proportion.
 * Runs once per row of every table, so it reads the cells in one pass and copies no values.
 */
export function displayFormat(
  ind: SourceIndicator,
  grid: SheetGrid,
  rows: readonly number[],
  cols: readonly number[],
  unitText: string,
  fromCounts = false,
): void {
  let given: string | undefined;
  let percentFormat = false;
  let typedPercent = false;
  // The figure columns of each of its rows, in that order (the first format given wins), with no cell list made.
  for (const r of rows)
    for (const c of cols) {
      const format = formatAt(grid, r, c);
      if (given === undefined && !isGeneralFormat(format)) given = format;
      percentFormat ||= isPercentFormat(format);
      const v = cellAt(grid, r, c);
      typedPercent ||= typeof v === 'string' && TYPED_PERCENT.test(v);
    }
  const percent = PERCENT_UNITS.has(unitText.toLowerCase()) || typedPercent || percentFormat || fromCounts;
  // Whether its values hold whole numbers (above 1.5) and fractions, read in place: no list of them is made.
  const { values } = ind.values;
  let wholeNumbers = false;
  let fractions = false;
  for (const v of values) {
    if (v === null) continue;
    wholeNumbers ||= Math.abs(v) > 1.5;
    fractions ||= v !== 0 && Math.abs(v) <= 1;
  }
  ind.numberFormat = given ?? (percent ? (wholeNumbers ? '0.0"%"' : '0.0%') : 'General');
  // Rules §1: values are never rescaled; a percentage row mixing fractions and whole numbers gets a warning at each
  // whole number, in the order the values were given (a long table's row order).
  if (!percent || !fractions) return;
  values.forEach((v, i) => {
    if (v === null || Math.abs(v) <= 1.5) return;
    const cell = addressAt(ind.values, i);
    ind.issues.push(
      issue(
        'warning',
        cell,
        `Value ${v} in ${cell.split('!').pop()} looks like a whole percentage, but other values of "${ind.name}" are fractions (0.65 = 65%); check it. Values are not rescaled.`,
      ),
    );
  });
}
