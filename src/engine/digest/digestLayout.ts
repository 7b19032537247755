/**
 * The fixed words of a digest sheet (rules §6): its headings, explanatory lines and table headers. The plan writes
 * them and the reader of an earlier digest recognises its own cells by them (docs/rules.md, "The officer's quarter", Q2), so both
 * take them from here.
 */
import { RAG_TEXT } from './digestWords';

export const TITLE_PREFIX = 'Performance digest: ';

/**
 * The second line: comparison, tolerance, source(s) and date, as the plan writes it, then the settings an older
 * period's digest was made again with, if any (issue 11, history.ts).
 */
export const SUBTITLE =
  /^Compared with .+ unless a row gives an amber threshold\. Sources?: .+\. Generated (\d{1,2} [A-Za-z]+ \d{4})\.(?: .+)?$/;

/** A digest of several sources lists them under the marker (digestWords' `sourceLine`). */
export const SOURCE_LINE = /^.+: .+, (figures to .+|no figures)\.$/;

export const HEADINGS = {
  summary: 'Summary',
  exceptions: 'Exceptions',
  sections: 'Indicators by outcome',
  removed: 'Removed indicators',
  notes: 'Notes kept from the earlier digest',
  issues: 'Data issues',
} as const;

export type DigestPart = keyof typeof HEADINGS;

/** The explanatory lines under headings, and the lines that stand for an empty table. */
export const LINES = {
  exceptions:
    'Red and Amber indicators, then those getting worse, each with a question for the officer who owns it.',
  noExceptions: 'No exceptions this period: no indicator is Red or Amber, and none is getting worse.',
  removed:
    'These indicators are no longer in the source table. Their commentary is kept here so that nothing typed is lost.',
  notes:
    'Text typed into the earlier digest of this period outside its tables, kept here with the cell it was typed in.',
  noIssues: 'No data issues: every row was read as it stands.',
} as const;

/** Column headings of the indicator tables; `previous` and `current` carry their period's label. */
export const COLUMNS = {
  ref: 'Ref',
  name: 'Indicator',
  source: 'Source',
  previous: 'Previous',
  current: 'Current',
  target: 'Target',
  rag: 'RAG',
  forecast: 'Forecast',
  direction: 'Direction of travel',
  trend: 'Trend',
  spc: 'SPC (variation; assurance)',
  statisticalNote: 'Statistical note',
  prompt: 'Commentary prompt',
  commentary: 'Commentary',
  notes: 'Data notes',
} as const;

export type ColumnKey = keyof typeof COLUMNS;

/** `Previous (Q3 2006/07)`: a figure column's heading names its period. */
export const periodHeader = (key: 'previous' | 'current', label: string): string =>
  `${COLUMNS[key]} (${label})`;

/** `Forecast 2006/07`: issue 11's forecast column names the year it forecasts. */
export const forecastHeader = (year: string): string => `${COLUMNS.forecast} ${year}`;

const FORECAST_HEADER = new RegExp(`^${COLUMNS.forecast} \\d{4}(/\\d{2})?$`);

/** The column a heading stands for, or null for a heading of the user's own. */
export function columnOfHeader(text: string): ColumnKey | null {
  if (FORECAST_HEADER.test(text)) return 'forecast';
  const bare = text.replace(/ \([^)]*\)$/, '');
  const key = (Object.keys(COLUMNS) as ColumnKey[]).find((k) => COLUMNS[k] === bare) ?? null;
  const periodOnly = key === 'previous' || key === 'current';
  return periodOnly === (bare !== text) ? key : null;
}

export const NOTE_COLUMNS = { where: 'Typed in', note: 'Note' } as const;
export const ISSUE_COLUMNS = ['Severity', 'Message', 'Cell'] as const;
export const SEVERITY_TEXT = { error: 'Error', warning: 'Warning' } as const;

/** The data note of an indicator whose two commentaries in the earlier digest differed (both are kept, joined). */
export const JOINED_NOTE =
  'Its commentary differed between the Exceptions table and this table in the earlier digest: both texts are kept, joined.';

export const overrideNote = (computed: string): string => `RAG set by hand; calculated status: ${computed}.`;

/** Every override note the digest can write (one per computed status). */
export const OVERRIDE_NOTES: readonly string[] = Object.values(RAG_TEXT).map(overrideNote);
