/**
 * Issue 11's options, in the same plain words as the rest (args.ts): the report sheets to write, the forecast method,
 * the action plan's report date and its due-soon days.
 */
import { dayOfIso, isReportKind, REPORT_KINDS, type ReportKind } from '../engine';
import { UsageError } from './errors';

/** `--report exceptions actions`, `--report exceptions,actions`, `--report all`. */
export function reportKinds(values: string[]): ReportKind[] {
  const words = values
    .flatMap((v) => v.split(','))
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  const kinds = new Set<ReportKind>();
  for (const word of words) {
    if (word === 'all') REPORT_KINDS.forEach((k) => kinds.add(k));
    else if (word === 'none') continue;
    else if (isReportKind(word)) kinds.add(word);
    else
      throw new UsageError(
        `--report "${word}" is not a report: choose exceptions, actions, all or none (several may be given, e.g. --report exceptions,actions).`,
      );
  }
  return REPORT_KINDS.filter((k) => kinds.has(k));
}

export function asOfDate(text: string): string {
  if (dayOfIso(text) === null)
    throw new UsageError(`--as-of "${text}" is not a date: give it as YYYY-MM-DD, e.g. --as-of 2006-05-19.`);
  return text.trim();
}

export function dueSoonDays(text: string): number {
  const days = Number(text.trim());
  if (!Number.isInteger(days) || days < 0)
    throw new UsageError(`--due-soon "${text}" is not a number of days: give a whole number such as 30.`);
  return days;
}

export function forecastMethod(text: string): 'none' | 'linear' {
  const word = text.trim().toLowerCase();
  if (word === 'none' || word === 'linear') return word;
  throw new UsageError(
    `--forecast "${text}" is not a forecast method: choose linear (cumulative counts projected to the year end) or none.`,
  );
}
