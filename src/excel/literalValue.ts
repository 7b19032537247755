/**
 * Values as Office.js must receive them so Excel keeps what the plan says. `Range.values` is treated like typing:
 * text beginning with `=`, `+` or `-` becomes a formula (Range.values reference) and `@` an implicit-intersection
 * formula; text that reads as a number, percentage, date or TRUE/FALSE is converted. A leading apostrophe keeps
 * such text as text (the apostrophe is a prefix, not part of the value). Empty cells are `null`: Office.js leaves a
 * cell unchanged for `null`, and the digest is written onto a new, empty sheet.
 */
import type { CellValue } from '../engine';

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** Anything Excel might read as a number, currency, percentage, fraction, date or time when typed. */
const COERCIBLE = [
  /^[=+\-@']/,
  /^\s*(true|false)\s*$/i,
  /^[\s(£$€¥]*[-+]?[\d.,]+(e[-+]?\d+)?[\s%)]*$/i,
  /^\s*\d+([\s\-/.:]+\d+){1,2}(\s*(am|pm))?\s*$/i,
  new RegExp(`^\\s*(\\d{1,2}[\\s\\-/.]+)?${MONTH}([\\s\\-/.,]+\\d{1,4}){0,2}\\s*$`, 'i'),
  new RegExp(`^\\s*\\d{1,4}[\\s\\-/.]+${MONTH}([\\s\\-/.,]+\\d{1,4})?\\s*$`, 'i'),
];

export function needsTextGuard(text: string): boolean {
  return COERCIBLE.some((pattern) => pattern.test(text));
}

export function literalValue(v: CellValue): CellValue {
  return typeof v === 'string' && needsTextGuard(v) ? `'${v}` : v;
}
