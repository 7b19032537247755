/**
 * What Excel stores when a value is written through `Range.values`, as if typed into the cell
 * (docs/excel-host-behaviour.md, "Writing values"):
 * - a leading apostrophe keeps the rest as text (the apostrophe is a prefix, not part of the value);
 * - `=`, `+`, `-` start a formula (Range.values reference: "If the returned value starts with a plus, minus, or equal
 *   sign, Excel interprets this value as a formula"); `+5`/`-5` evaluate to numbers, anything else is a formula the
 *   fake does not evaluate (it shows `#NAME?`);
 * - `@` also starts a formula in current Excel (implicit intersection);
 * - text that reads as a number, percentage, currency, boolean or date becomes that number/boolean, with a format.
 */
export type StoredValue = number | string | boolean;

export interface Entry {
  value: StoredValue;
  /** Set when Excel changes the number format while parsing (e.g. `65%` -> `0%`). */
  numberFormat?: string;
  formula?: string;
  quotePrefix?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function serial(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) / 86400000 + 25569;
}

const fullYear = (y: string): number =>
  y.length <= 2 ? 2000 + Number(y) - (Number(y) >= 30 ? 100 : 0) : Number(y);

/** Dates Excel (en-GB or en-US) recognises when typed: 12/03/2006, 2006-03-12, 2006/07, Jun-06, June 2006, 1 Jun 2006. */
function parseDate(s: string): number | null {
  let m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(s);
  if (m) return serial(fullYear(m[3] ?? ''), Number(m[2]) - 1, Number(m[1]));
  m = /^(\d{4})[/-](\d{1,2})(?:[/-](\d{1,2}))?$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return serial(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1));
  m = /^(?:(\d{1,2})[\s-])?([A-Za-z]{3,9})[\s-](\d{2}|\d{4})$/.exec(s);
  const month = m ? MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase()) : -1;
  if (m && month >= 0) return serial(fullYear(m[3] ?? ''), month, Number(m[1] ?? 1));
  return null;
}

/** Numbers as Excel reads typed text: `1,234`, ` 65 `, `65%`, `£1,200`, `(12)`, `1e3`. */
function parseNumber(s: string): { value: number; numberFormat?: string } | null {
  const m = /^(\()?([£$€])?([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?)(%)?(\))?$/.exec(s);
  if (!m || !m[3] || !/\d/.test(m[3]) || Boolean(m[1]) !== Boolean(m[5])) return null;
  let value = Number(m[3].replace(/,/g, ''));
  if (m[1]) value = -value;
  if (m[4]) return { value: value / 100, numberFormat: '0%' };
  if (m[2]) return { value, numberFormat: `${m[2]}#,##0` };
  return { value };
}

export function typedEntry(input: StoredValue): Entry {
  if (typeof input !== 'string') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  const s = input.trim();
  if (/^[=+\-@]/.test(input)) {
    const n = s.startsWith('=') || s.startsWith('@') ? null : parseNumber(s);
    return n ? { value: n.value } : { value: '#NAME?', formula: input.startsWith('=') ? input : `=${input}` };
  }
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  const n = parseNumber(s);
  if (n) return n;
  const d = parseDate(s);
  if (d !== null) return { value: d, numberFormat: 'd-mmm-yy' };
  return { value: input };
}
