/** Rules §1: what a header cell says its column holds. */
import type { CellValue } from '../core/grid';
import type { Period } from '../core/model';
import { parsePeriod } from '../periods/parsePeriod';
import { headerKey } from '../core/text';

export type RoleName =
  | 'name'
  | 'ref'
  | 'outcome'
  | 'polarity'
  | 'higherIsBetter'
  | 'unit'
  | 'target'
  | 'amber'
  | 'override'
  | 'commentary'
  | 'period'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'spcRecalculateFrom'
  | 'spcBaselineTo'
  | 'forecast';

/** Roles a header may give for one period (`Target 2006/07`, `Numerator Q3 2006/07`) or for every period. */
export type PeriodScopedRole = 'target' | 'numerator' | 'denominator';

/** A column's role. `period` here is a wide table's period column; a long table's period column has role 'period' and no period. */
export type ColumnRole =
  | { role: Exclude<RoleName, PeriodScopedRole | 'period' | 'name' | 'forecast' | 'value'> }
  /** `annual`: an *Annual target* column, the year's target that forecasts are rated against (docs/rules.md §11). */
  | { role: PeriodScopedRole; period: Period | null; annual?: true }
  /** `cumulative`: the header says the figures are year to date (`Q2 2006/07 YTD`), so they may be projected. */
  | { role: 'period'; period: Period | null; cumulative?: true }
  | { role: 'value'; cumulative?: true }
  /** Issue 11: a year-end forecast (Forecast, Projected outturn…); `Forecast 2006/07` names its year. */
  | { role: 'forecast'; period: Period | null }
  /**
   * The indicator name. Where several name headers are present the lowest rank is the name and the others take their
   * `otherwise` role: Indicator is the name and Measure the unit (rules §1); a PI or KPI column beside an Indicator
   * or Description column holds codes (`BV 12`), so it is the ref.
   */
  | { role: 'name'; rank: number; otherwise: 'ref' | 'unit' | null };

const NUMERATOR_WORDS = ['numerator', 'count', 'cases', 'events'];
const DENOMINATOR_WORDS = ['denominator', 'base', 'cohort', 'population', 'eligible'];
/** The words that may name a period-scoped column, before or after its period. */
const SCOPED_HEADERS: { role: PeriodScopedRole; before: RegExp; after: RegExp }[] = (
  [
    // `Annual target 2006/07` too: the year's own target, as `Target 2006/07` (issue 11).
    ['target', ['target', String.raw`(?:annual|full[\s-]*year|year[\s-]*end)\s+target`]],
    ['numerator', NUMERATOR_WORDS],
    ['denominator', DENOMINATOR_WORDS],
  ] as const
).map(([role, words]) => ({
  role,
  before: new RegExp(`^(?:${words.join('|')})\\s*[:(\\-–]?\\s*(.+?)\\s*\\)?$`, 'i'),
  after: new RegExp(`^(.+?)\\s*[-–(]?\\s*(?:${words.join('|')})\\s*\\)?$`, 'i'),
}));

const HEADERS: Record<string, ColumnRole> = {};
const add = (role: ColumnRole, ...names: string[]) => names.forEach((n) => (HEADERS[n] = role));

add({ role: 'name', rank: 0, otherwise: null }, 'indicator', 'indicatorname', 'performanceindicator');
add({ role: 'name', rank: 1, otherwise: null }, 'description');
add({ role: 'name', rank: 2, otherwise: 'ref' }, 'pi', 'kpi');
add({ role: 'name', rank: 3, otherwise: 'unit' }, 'measure');
add(
  { role: 'ref' },
  'ref',
  'reference',
  'piref',
  'code',
  'id',
  'indicatorid',
  'bvpi',
  'ni',
  'refno',
  'kpiref',
  'niref',
  'bvpiref',
);
add({ role: 'outcome' }, 'outcome', 'theme', 'priority', 'section', 'group', 'category', 'ecmoutcome');
add({ role: 'polarity' }, 'polarity', 'goodis', 'goodperformance', 'direction', 'aim');
add({ role: 'higherIsBetter' }, 'higherisbetter');
add({ role: 'unit' }, 'unit', 'units', 'measuretype', 'format');
add({ role: 'target', period: null }, 'target', 'targetfortheperiod');
add(
  { role: 'target', period: null, annual: true },
  'annualtarget',
  'yearendtarget',
  'fullyeartarget',
  'targetfortheyear',
  'yeartarget',
  'targetannual',
  'targetyearend',
  'targetfullyear',
);
add({ role: 'amber' }, 'amberthreshold', 'tolerance', 'floor', 'minimumstandard', 'lowerthreshold');
add({ role: 'override' }, 'ragoverride', 'manualrag', 'statusoverride');
add({ role: 'commentary' }, 'commentary', 'comment', 'comments', 'narrative');
add({ role: 'period', period: null }, 'period', 'date', 'quarter', 'month', 'year');
add({ role: 'value' }, 'value', 'actual', 'outturn', 'result', 'performance');
add(
  { role: 'value', cumulative: true },
  'ytd',
  'yeartodate',
  'cumulative',
  'ytdvalue',
  'ytdactual',
  'cumulativevalue',
  'cumulativeactual',
  'yeartodatevalue',
  'yeartodateactual',
  'cumulativetotal',
);
add(
  { role: 'forecast', period: null },
  'forecast',
  'forecastoutturn',
  'projectedoutturn',
  'likelyoutturn',
  'yearendforecast',
  'forecastyearend',
  'forecastyearendoutturn',
  'yearendoutturnforecast',
  'outturnforecast',
  'forecastfortheyear',
  'forecastforyear',
  'projectedyearend',
  'yearendprojection',
  'projectedyearendoutturn',
  'expectedoutturn',
  'predictedoutturn',
  'estimatedoutturn',
  'likelyyearend',
  'likelyyearendoutturn',
  'forecastannualoutturn',
  'fullyearforecast',
  'forecastfullyear',
  'annualforecast',
  'forecastannual',
  'endofyearforecast',
  'forecastendofyear',
  'forecastyearendposition',
  'yearendforecastoutturn',
);
// Issue 12: proportions (numerator ÷ denominator) and where an SPC chart's sections start or its baseline ends.
add({ role: 'numerator', period: null }, ...NUMERATOR_WORDS);
add({ role: 'denominator', period: null }, ...DENOMINATOR_WORDS);
add({ role: 'spcRecalculateFrom' }, 'spcrecalculatefrom', 'recalculatefrom', 'rebasefrom');
add({ role: 'spcBaselineTo' }, 'spcbaselineto', 'baselineto', 'baselineend', 'spcbaselineend');

/** `Target 2006/07`, `Target (Q3 2006/07)`, `Target: Jun 2006`, `2006/07 target`; also `Numerator Q3 2006/07`. */
function periodScoped(text: string): ColumnRole | null {
  for (const { role, before, after } of SCOPED_HEADERS) {
    const m = before.exec(text) ?? after.exec(text);
    const period = m?.[1] ? parsePeriod(m[1]) : null;
    if (period) return { role, period };
  }
  return null;
}

/** A forecast header with the year it forecasts: `Forecast 2006/07`, `Likely outturn (March 2007)`. */
const FORECAST_WORDS = String.raw`(?:year[\s-]*end\s+)?(?:forecast(?:\s+outturn)?|projected\s+outturn|likely\s+outturn|outturn\s+forecast|year[\s-]*end\s+forecast|projection)`;
const FORECAST_FIRST = new RegExp(String.raw`^${FORECAST_WORDS}\s*(?:for\s+)?[:(\-–]?\s*(.+?)\s*\)?$`, 'i');
const FORECAST_LAST = new RegExp(String.raw`^(.+?)\s*[-–(]?\s*${FORECAST_WORDS}\s*\)?$`, 'i');

function periodForecast(text: string): Period | null {
  const m = FORECAST_FIRST.exec(text) ?? FORECAST_LAST.exec(text);
  return m?.[1] ? parsePeriod(m[1]) : null;
}

/** `Q2 2006/07 YTD`, `Cumulative Q2 2006/07`, `Year to date (Jun 2006)`: a period column of year-to-date figures. */
function cumulativePeriod(text: string): Period | null {
  const marker = /\b(?:ytd|year[\s-]*to[\s-]*date|cumulative)\b/i;
  if (!marker.test(text)) return null;
  return parsePeriod(text.replace(marker, ' ').replace(/[()]/g, ' ').trim());
}

/** Whether a cell names the indicator-name column: every header row has one, so rows without one are skipped fast. */
export function isNameHeader(cell: CellValue): boolean {
  if (
    typeof cell !== 'string' ||
    cell.length > 40 ||
    !NAME_INITIALS.has(cell.trimStart().charAt(0).toLowerCase()) ||
    // No name header has a digit: the names below one (`Indicator 12`, `PI 117`) are passed over cheaply.
    /\d/.test(cell)
  )
    return false;
  return HEADERS[headerKey(cell)]?.role === 'name';
}

/** Every name header starts with one of these letters (Indicator, PI, KPI, Description, Measure): a cheap first test. */
const NAME_INITIALS = new Set(['i', 'p', 'k', 'd', 'm']);

/** The role a header cell names, or null for a column the digest does not use. */
export function classifyHeader(cell: CellValue, format?: string): ColumnRole | null {
  if (typeof cell === 'string') {
    const text = cell.trim();
    const known = HEADERS[headerKey(text)];
    if (known) return known;
    const scoped = periodScoped(text);
    if (scoped) return scoped;
    const forecast = periodForecast(text);
    if (forecast) return { role: 'forecast', period: forecast };
    const cumulative = cumulativePeriod(text);
    if (cumulative) return { role: 'period', period: cumulative, cumulative: true };
  }
  const period = parsePeriod(cell, format);
  return period ? { role: 'period', period } : null;
}

/** A header that starts like a period (`Q3 2006`, `Qtr 3`, `Target Q3`, `Sept`) but names none we can place in time. */
export function looksLikePeriod(cell: CellValue): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell
    .trim()
    .toLowerCase()
    .replace(/^target\s*[:(-]?\s*/, '');
  return (
    /^(q|qtr|quarter)\s*[1-4]\b/.test(text) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/']*\d/.test(text)
  );
}
