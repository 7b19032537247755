/** Values shown in the indicator's own number format (65%, 1,234), as Excel would show them. */
import { format } from 'numfmt';

export function formatValue(value: number | null, numberFormat: string): string {
  if (value === null) return 'no value';
  try {
    return format(numberFormat || 'General', value).trim();
  } catch {
    return format('General', value);
  }
}
