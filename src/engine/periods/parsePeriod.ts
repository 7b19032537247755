/** Rules §2: period labels in every recognised spelling, date cells and year numbers, read as periods. */
import type { CellValue } from '../core/grid';
import { isDateFormat } from '../core/numberFormats';
import type { Period } from '../core/model';
import { calendarYear, financialYear, makePeriod, monthPeriod, MONTHS, quarterPeriod } from './period';

/** Month names and their abbreviations, lower case, to their zero-based month (`sept` as well as `sep`). */
export const MONTH_NAMES: Readonly<Record<string, number>> = Object.fromEntries([
  ...MONTHS.map((m, i) => [m.toLowerCase(), i] as const),
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].map((m, i) => [m, i] as const),
  ['sept', 8] as const,
]);

function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

/** `2006`,`07` / `06`,`07` / `2005`,`2006` → the financial year starting in April of the first, if the second follows it. */
function financialYearStart(a: string, b: string): number | null {
  const first = fullYear(a);
  const modulus = b.length === 1 ? 10 : 100; // 2006/7 is written too
  return Number(b) % modulus === (first + 1) % modulus ? first : null;
}

/** Excel serial (1900 date system, with its phantom 29 Feb 1900) → calendar year and zero-based month. */
function serialToYearMonth(serial: number): { year: number; month0: number } {
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return { year: d.getUTCFullYear(), month0: d.getUTCMonth() };
}

const FY = String.raw`(?:fy\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2}|\d)`;
const QUARTER = String.raw`(?:q|qtr|quarter)\s*([1-4])`;
const SEP = String.raw`[\s,:-]*`;
const MONTH_YEAR = String.raw`([a-z]+)\.?\s*[-/\s']?\s*'?(\d{4}|\d{2})`;

/** Each spelling, tried in turn; the first that gives a period wins. */
const SPELLINGS: [RegExp, (m: RegExpExecArray) => Period | null][] = [
  [new RegExp(`^${QUARTER}${SEP}${FY}$`), (m) => quarterIn(m[1], m[2], m[3])],
  [new RegExp(`^${FY}${SEP}${QUARTER}$`), (m) => quarterIn(m[3], m[1], m[2])],
  // Apr-Jun 2006, Apr 06 - Jun 06
  [
    /^([a-z]+)\.?\s*'?(\d{4}|\d{2})?\s*-\s*([a-z]+)\.?\s*,?\s*'?(\d{4}|\d{2})$/,
    (m) => monthSpan(m[1], m[2], m[3], m[4]),
  ],
  [new RegExp(`^${MONTH_YEAR}$`), (m) => monthIn(m[1], m[2])],
  [/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s].*)?$/, (m) => validMonth(Number(m[1]), Number(m[2]))],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => validMonth(Number(m[3]), Number(m[2]))],
  [new RegExp(`^${FY}$`), (m) => yearIn(m[1], m[2])],
  [/^(\d{4})-(\d{1,2})$/, (m) => validMonth(Number(m[1]), Number(m[2]))],
  [/^(\d{4})$/, (m) => yearIfPlausible(Number(m[1]))],
];

function parsePeriodText(raw: string): Period | null {
  const s = raw
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  for (const [pattern, read] of SPELLINGS) {
    const m = pattern.exec(s);
    const period = m && read(m);
    if (period) return period;
  }
  return null;
}

function monthSpan(
  from: string | undefined,
  fromYear: string | undefined,
  to: string | undefined,
  year: string | undefined,
) {
  const [a, b] = [MONTH_NAMES[from ?? ''], MONTH_NAMES[to ?? '']];
  const aligned = a !== undefined && b !== undefined && (b - a + 12) % 12 === 2 && a % 3 === 0;
  if (!aligned || !year) return null;
  // Nov-Jan would cross a year; a quarter starts in Jan, Apr, Jul or Oct, so the start year is the end year.
  const start = fullYear(fromYear ?? year) * 12 + a;
  return fromYear && fullYear(fromYear) !== fullYear(year) ? null : makePeriod('quarter', start);
}

function monthIn(name: string | undefined, year: string | undefined): Period | null {
  const month0 = MONTH_NAMES[name ?? ''];
  return month0 === undefined || !year ? null : monthPeriod(fullYear(year), month0);
}

function yearIn(a: string | undefined, b: string | undefined): Period | null {
  const fy = financialYearStart(a ?? '', b ?? '');
  return fy === null ? null : financialYear(fy);
}

function quarterIn(q: string | undefined, a: string | undefined, b: string | undefined): Period | null {
  const fy = financialYearStart(a ?? '', b ?? '');
  return fy === null ? null : quarterPeriod(Number(q), fy);
}

function validMonth(year: number, month: number): Period | null {
  return month >= 1 && month <= 12 ? monthPeriod(year, month - 1) : null;
}

function yearIfPlausible(year: number): Period | null {
  return year >= 1900 && year <= 2200 ? calendarYear(year) : null;
}

/** A cell as a period: a label in any recognised spelling, a date cell (a month), or a whole-number year. */
export function parsePeriod(cell: CellValue, format?: string): Period | null {
  if (typeof cell === 'number') {
    if (isDateFormat(format) && cell >= 1) {
      const { year, month0 } = serialToYearMonth(cell);
      return monthPeriod(year, month0);
    }
    return Number.isInteger(cell) ? yearIfPlausible(cell) : null;
  }
  return typeof cell === 'string' ? parsePeriodText(cell) : null;
}
