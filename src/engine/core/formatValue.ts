/** Values shown in the indicator's own number format (65%, 1,234), as Excel would show them. */
import { format } from 'numfmt';

/**
 * Figures already shown, by format then value: a digest shows each figure in several places (a prompt, a report, the
 * width of its column), a table's figures share a handful of formats and repeat values, and each numfmt call costs
 * microseconds. Emptied when full, so a long-lived add-in holds a bounded number.
 */
const SHOWN_LIMIT = 100_000;
const shownFigures = new Map<string, Map<number, string>>();
let shownCount = 0;

function formatted(value: number, numberFormat: string): string {
  try {
    return format(numberFormat || 'General', value).trim();
  } catch {
    return format('General', value);
  }
}

export function formatValue(value: number | null, numberFormat: string): string {
  if (value === null) return 'no value';
  let byValue = shownFigures.get(numberFormat);
  if (!byValue) shownFigures.set(numberFormat, (byValue = new Map()));
  let text = byValue.get(value);
  if (text === undefined) {
    if (shownCount >= SHOWN_LIMIT) {
      shownFigures.forEach((figures) => figures.clear());
      shownCount = 0;
    }
    byValue.set(value, (text = formatted(value, numberFormat)));
    shownCount += 1;
  }
  return text;
}
