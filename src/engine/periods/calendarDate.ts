/**
 * Days in the calendar, for action plans' due and report dates (issue 11). A day is a whole number of days since
 * 1 January 1970 (UTC), so days compare and subtract as numbers; the output form is ISO `YYYY-MM-DD`.
 */
import type { Period } from '../core/model';
import { MONTHS_IN } from './period';

const MS_PER_DAY = 86_400_000;
/** Excel's 1900 serial of 1 January 1970 (serials count from 30 December 1899, after the phantom 29 February 1900). */
const SERIAL_OF_1970 = 25_569;

/** The day of a calendar date; `month0` is zero-based. Null for a date that does not exist (31 June). */
export function dayOf(year: number, month0: number, date: number): number | null {
  const ms = Date.UTC(year, month0, date);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month0 || d.getUTCDate() !== date) return null;
  return ms / MS_PER_DAY;
}

/** The last day of a month (`month0` zero-based). */
export const lastDayOfMonth = (year: number, month0: number): number =>
  Date.UTC(year, month0 + 1, 0) / MS_PER_DAY;

/** An Excel date serial (1900 date system) as a day; the time of day is dropped. */
export const dayOfSerial = (serial: number): number => Math.floor(serial) - SERIAL_OF_1970;

/** `2006-05-31`. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A strict `YYYY-MM-DD`, as `--as-of` takes it; null for anything else. */
export function dayOfIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayOf(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** Today as the host's clock says (the engine reads no clock of its own): the UTC date of `now`. */
export const isoDateOf = (now: Date): string => now.toISOString().slice(0, 10);

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `31 May 2006`, the UTC date of `date`: what toLocaleDateString('en-GB', long month) says, written out because
 * Intl's date formatting takes tens of milliseconds to start in a fresh process (the CLI's every run).
 */
export function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `31 May 2006`. */
export function dayText(day: number): string {
  return longDate(new Date(day * MS_PER_DAY));
}

/** The first and last days of a period (a month, a quarter, a year). */
export function daysOf(period: Period): { first: number; last: number } {
  const year = Math.floor(period.start / 12);
  const month0 = period.start % 12;
  const end = period.start + MONTHS_IN[period.type] - 1;
  return { first: dayOf(year, month0, 1)!, last: lastDayOfMonth(Math.floor(end / 12), end % 12) };
}

/** The month (as a period's `start`: months from January of year 0) a day falls in. */
export function monthStartOf(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}
