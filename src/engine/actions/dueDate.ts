/**
 * Issue 11 (docs/rules.md §11 "Due dates"): an action's due date or timescale as officers write it. Day first, as in
 * the UK: `19.05.06`, `31/05/2006`, `31 May 2006`; a month is due on its last day (`May 2006`), as are a quarter and a
 * year (`Q1 2006/07`, `2006/07`); a band is due at its end (`January – June 2006`), and an open band (`June 2006 –`)
 * has no due date. Date cells and Excel date serials are days.
 */
import type { CellValue } from '../core/grid';
import { isDateFormat } from '../core/numberFormats';
import { cellText } from '../core/text';
import { dayOf, dayOfSerial, daysOf, lastDayOfMonth } from '../periods/calendarDate';
import { MONTH_NAMES, parsePeriod } from '../periods/parsePeriod';

export type DueReading =
  /** Blank, Ongoing, TBC, n/a: no due date. */
  | { kind: 'none' }
  /** Due on `day`; `from` is the first day of a month, quarter, year or band given instead of a day. */
  | { kind: 'due'; day: number; from: number | null }
  /** An open band (`June 2006 –`, `from June 2006`): it starts on `from` and has no due date. */
  | { kind: 'open'; from: number }
  | { kind: 'unreadable'; text: string };

const NO_DATE = new Set([
  '',
  'ongoing',
  'on going',
  'continuous',
  'continuing',
  'as required',
  'as needed',
  'n/a',
  'na',
  'tbc',
  'tba',
  'to be confirmed',
  'to be agreed',
  'none',
  '-',
]);

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
const fullYear = (y: string): number =>
  y.length === 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y);

type Span = { first: number; last: number };

/** One day: `2006-05-31` (or `2006/05/31`), `31/05/2006`, `19.05.06`, `31 May 2006`, `31-May-06`, `May 31, 2006`. */
function oneDay(s: string): number | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) return dayOf(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/.exec(s);
  if (m) return dayOf(fullYear(m[3]!), Number(m[2]) - 1, Number(m[1]));
  m = /^(\d{1,2})[\s-]*([a-z]+)\.?[\s,-]*(\d{4}|\d{2})$/.exec(s);
  const month = MONTH_NAMES[m?.[2] ?? ''];
  if (m && month !== undefined) return dayOf(fullYear(m[3]!), month, Number(m[1]));
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  const named = MONTH_NAMES[m?.[1] ?? ''];
  return m && named !== undefined ? dayOf(Number(m[3]), named, Number(m[2])) : null;
}

/** A day, or a month, quarter or year (any spelling rules §2 reads) as the span of its days. */
function spanOf(s: string): Span | null {
  const day = oneDay(s);
  if (day !== null) return { first: day, last: day };
  // A day that does not exist (31/02/2006) is no date, not its month.
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(s)) return null;
  const monthYear = /^(\d{1,2})[./](\d{4})$/.exec(s);
  if (monthYear) {
    const first = dayOf(Number(monthYear[2]), Number(monthYear[1]) - 1, 1);
    return first === null
      ? null
      : { first, last: lastDayOfMonth(Number(monthYear[2]), Number(monthYear[1]) - 1) };
  }
  const period = parsePeriod(s);
  return period ? daysOf(period) : null;
}

/** `January – June 2006`: the start may leave out the end's year, and then lies in the same or the previous year. */
function rangeOf(from: string, to: string): { first: number; last: number | null } | null {
  const end = to === '' ? null : spanOf(to);
  if (to !== '' && !end) return null;
  let start = spanOf(from);
  const year = /(\d{4})$/.exec(to)?.[1];
  const month = MONTH_NAMES[from.replace(/\.$/, '')];
  if (!start && year && month !== undefined) {
    start = spanOf(`${from} ${year}`);
    if (start && end && start.first > end.last) start = spanOf(`${from} ${Number(year) - 1}`);
  }
  if (!start) return null;
  return { first: start.first, last: end ? end.last : null };
}

/** Words around a date that say nothing about it: `by end of June 2006`, `June 2006 onwards`. */
function bareText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:due|deadline|target|complete|completion|completed)\s*(?:by|:)?\s*/, '')
    .replace(/^(?:by|before|no later than|not later than)\s+/, '')
    .replace(/^(?:the\s+)?end\s+(?:of\s+)?/, '')
    .replace(/\s*onwards?$/, ' -')
    .replace(/^(?:from|after)\s+(.+)$/, '$1 -')
    .trim();
}

/** A due date or timescale written as text. */
export function readDueText(text: string): DueReading {
  const s = bareText(text);
  if (NO_DATE.has(s)) return { kind: 'none' };
  const span = spanOf(s);
  if (span) return { kind: 'due', day: span.last, from: span.first === span.last ? null : span.first };
  // A band: `January - June 2006`, `Jan to Jun 2006`, `June 2006 -` (open). A dash inside a date (`31-05-2006`) has
  // no space beside it and was read above.
  const band = /^(.+?)\s*(?:\s-\s?|\s?-\s|(?<=[a-z])-(?=[a-z])|\bto\b|\buntil\b|\btill\b|-$)\s*(.*)$/.exec(s);
  const range = band && rangeOf(band[1]!.trim(), band[2]!.trim());
  if (range)
    return range.last === null
      ? { kind: 'open', from: range.first }
      : { kind: 'due', day: range.last, from: range.first };
  return { kind: 'unreadable', text: text.trim() };
}

/** A due cell: a date (a date-formatted number, or an Excel serial in a due column), a year, or text. */
export function readDue(cell: CellValue, format: string): DueReading {
  if (typeof cell === 'number') {
    if (isDateFormat(format) || cell > 2200) return { kind: 'due', day: dayOfSerial(cell), from: null };
    if (Number.isInteger(cell) && cell >= 1900) return readDueText(String(cell));
    return { kind: 'unreadable', text: String(cell) };
  }
  return readDueText(cellText(cell));
}
