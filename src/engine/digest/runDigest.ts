/** The whole computation: workbook grids in, the rated indicators and the digest out (rules §1–6). */
import { applyCorrections } from '../read/columnCorrections';
import { buildDigest } from './buildDigest';
import { isDigestSheet } from '../read/digestMarker';
import { rankSources } from '../read/chooseSource';
import type { SheetGrid } from '../core/grid';
import type { SourceIndicator } from '../read/sourceIndicator';
import type { DataIssue, Period } from '../core/model';
import type { DigestSettings } from '../core/settings';
import type { RatedIndicator } from '../rate/rateIndicator';
import type { Digest } from './buildDigest';
import { comparisonPeriodOf } from '../periods/period';
import { parsePeriod } from '../periods/parsePeriod';
import { rateIndicator } from '../rate/rateIndicator';
import { readSheet, unreadTableErrors, type SheetReading } from '../read/readSheet';
import type { IndicatorTable } from '../read/tables';

export interface DigestRun {
  sheet: string;
  tables: IndicatorTable[];
  /** Every period of the table's type, oldest first. */
  periods: Period[];
  period: Period;
  comparisonPeriod: Period;
  indicators: RatedIndicator[];
  issues: DataIssue[];
  digest: Digest;
  settings: DigestSettings;
}

export type DigestFailure = {
  kind: 'no-table' | 'unknown-sheet' | 'unknown-period' | 'columns-changed';
  message: string;
};
export type DigestOutcome = { ok: true; run: DigestRun } | { ok: false; error: DigestFailure };

function chooseSheet(sheets: SheetGrid[], wanted: string | undefined): SheetReading | DigestFailure {
  const sources = sheets.filter((s) => !isDigestSheet(s));
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted.trim().toLowerCase());
    if (!sheet) {
      const names = sources.map((s) => `"${s.name}"`).join(', ');
      return {
        kind: 'unknown-sheet',
        message: `There is no sheet called "${wanted}" in this workbook. Its sheets are: ${names}.`,
      };
    }
    if (isDigestSheet(sheet))
      return {
        kind: 'unknown-sheet',
        message: `"${sheet.name}" is a digest made by Performance Digest, not a sheet of indicators. Choose the sheet that holds your indicator table.`,
      };
    return readSheet(sheet) ?? noTable(`on the sheet "${sheet.name}"`, [sheet]);
  }
  const best = rankSources(sources)[0];
  return best ?? noTable('in this workbook', sources);
}

/** At most this many of an unread table's errors go into the one line that says why there is no digest. */
const ERRORS_SHOWN = 3;

/** No digest: where a table header was found, the errors that left its rows out (rules §5); else what is looked for. */
function noTable(where: string, sheets: SheetGrid[]): DigestFailure {
  for (const sheet of sheets) {
    const errors = unreadTableErrors(sheet);
    if (errors.length === 0) continue;
    const more =
      errors.length > ERRORS_SHOWN ? ` (${errors.length - ERRORS_SHOWN} more errors like these.)` : '';
    const shown = errors.slice(0, ERRORS_SHOWN).map((e) => e.message);
    return {
      kind: 'no-table',
      message: `No indicator table on the sheet "${sheet.name}" could be read: ${shown.join(' ')}${more}`,
    };
  }
  return {
    kind: 'no-table',
    message: `No indicator table found ${where}. Performance Digest looks for a header row with an indicator name column (Indicator, Measure, PI or KPI) and period columns such as "Q1 2006/07" or "Jun 2006" (or Period and Value columns).`,
  };
}

function chooseCurrent(
  periods: Period[],
  indicators: SourceIndicator[],
  wanted: string | undefined,
): Period | DigestFailure {
  if (wanted !== undefined) {
    const parsed = parsePeriod(wanted.trim());
    const found = parsed && periods.find((p) => p.type === parsed.type && p.start === parsed.start);
    if (found) return found;
    const available = periods.map((p) => p.label).join(', ');
    const why = parsed
      ? `The table has no column or rows for ${parsed.label}`
      : `"${wanted}" is not a period I recognise`;
    return { kind: 'unknown-period', message: `${why}. Choose one of: ${available}.` };
  }
  const withValue = periods.filter((p) =>
    indicators.some((i) => (i.values.get(p.start)?.value ?? null) !== null),
  );
  return (
    withValue[withValue.length - 1] ?? periods[periods.length - 1] ?? noTable('with any readable period', [])
  );
}

const isFailure = (x: object): x is DigestFailure => 'message' in x;

/** The sheets with a person's column corrections applied to the source sheet's header (a copy; the input is never changed). */
function withCorrections(sheets: SheetGrid[], settings: DigestSettings): SheetGrid[] | DigestFailure {
  const { columns, sheet } = settings;
  const source = sheets.findIndex((g) => g.name.toLowerCase() === sheet?.toLowerCase());
  if (!columns || source < 0) return sheets;
  const corrected = applyCorrections(sheets[source]!, columns);
  if (!corrected.ok) return { kind: 'columns-changed', message: corrected.message };
  return sheets.map((grid, i) => (i === source ? corrected.grid : grid));
}

export function runDigest(sources: SheetGrid[], settings: DigestSettings): DigestOutcome {
  const sheets = withCorrections(sources, settings);
  if (isFailure(sheets)) return { ok: false, error: sheets };
  const chosen = chooseSheet(sheets, settings.sheet);
  if (isFailure(chosen)) return { ok: false, error: chosen };
  const indicators = chosen.readings.flatMap((r) => r.indicators);
  const byStart = new Map(chosen.readings.flatMap((r) => r.periods).map((p) => [p.start, p]));
  const periods = [...byStart.values()].sort((a, b) => a.start - b.start);
  const period = chooseCurrent(periods, indicators, settings.period);
  if (isFailure(period)) return { ok: false, error: period };
  const comparisonPeriod = comparisonPeriodOf(period, settings.basis);
  const shown = periods.filter((p) => p.start <= period.start).slice(-8);
  const ratings = indicators.map((ind) =>
    rateIndicator(ind, { period, comparison: comparisonPeriod, shown, settings }),
  );
  const rated = ratings.map((r) => r.rated);
  const issues = [
    ...chosen.leftOut,
    ...chosen.readings.flatMap((r) => r.issues),
    ...ratings.flatMap((r) => r.found),
  ];
  const tables = chosen.readings.map((r) => r.table);
  const digest = buildDigest({
    sheet: chosen.sheet,
    tables,
    period,
    comparisonPeriod,
    basis: settings.basis,
    indicators: rated,
    issues,
  });
  return {
    ok: true,
    run: {
      sheet: chosen.sheet.name,
      tables,
      periods,
      period,
      comparisonPeriod,
      indicators: rated,
      issues,
      digest,
      settings,
    },
  };
}
