/** An indicator's display format, and the warning for a percentage row that mixes fractions and whole numbers (rules §1). */
import { cellAt, formatAt, type SheetGrid } from '../core/grid';
import type { SourceIndicator } from './sourceIndicator';
import { issue } from '../core/issues';
import { isGeneralFormat, isPercentFormat } from '../core/numberFormats';

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

/**
 * Sets the indicator's number format from its value and target cells (and unit), and checks a percentage row's scale.
 * `fromCounts`: some value was worked out as numerator ÷ denominator (issue 12), so it is a proportion.
 */
export function displayFormat(
  ind: SourceIndicator,
  grid: SheetGrid,
  cells: { r: number; c: number }[],
  unitText: string,
  fromCounts = false,
): void {
  const formats = cells.map(({ r, c }) => formatAt(grid, r, c));
  // Text such as "65%" is a percentage too (stored as 0.65, as Excel reads it).
  const typedPercent = cells.some(({ r, c }) => {
    const v = cellAt(grid, r, c);
    return typeof v === 'string' && /\d\s*%\s*$/.test(v);
  });
  const percent =
    PERCENT_UNITS.has(unitText.toLowerCase()) || typedPercent || formats.some(isPercentFormat) || fromCounts;
  const values = [...ind.values.values()].flatMap((v) =>
    v.value === null ? [] : [{ ...v, value: v.value }],
  );
  ind.numberFormat =
    formats.find((f) => !isGeneralFormat(f)) ??
    (percent ? (values.every((v) => Math.abs(v.value) <= 1.5) ? '0.0%' : '0.0"%"') : 'General');
  // Rules §1: values are never rescaled; a percentage row mixing fractions and whole numbers gets a warning.
  const fractions = values.filter((v) => v.value !== 0 && Math.abs(v.value) <= 1);
  if (percent && fractions.length > 0) {
    for (const v of values.filter((x) => Math.abs(x.value) > 1.5))
      ind.issues.push(
        issue(
          'warning',
          v.cell,
          `Value ${v.value} in ${v.cell.split('!').pop()} looks like a whole percentage, but other values of "${ind.name}" are fractions (0.65 = 65%); check it. Values are not rescaled.`,
        ),
      );
  }
}
