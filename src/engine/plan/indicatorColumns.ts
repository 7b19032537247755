/**
 * Rules §6: the columns of the digest's indicator tables, left to right: what each holds, how wide it is and how its
 * cells look. Widths are narrow enough that A4 landscape, one page wide, still prints at a readable size.
 */
import type { CellValue } from '../core/grid';
import { yearOf } from '../periods/period';
import { forecastText } from '../digest/reportWords';
import { directionText, RAG_TEXT } from '../digest/digestWords';
import { COLUMNS } from '../digest/earlierDigest';
import type { DigestRun } from '../digest/runDigest';
import { hasLimits, spcText, statisticalNote } from '../digest/statsWords';
import { trendText } from '../digest/trend';
import type { RatedIndicator } from '../rate/rateIndicator';

/** One indicator's row: the indicator, and what the table shows beside its figures. */
export interface IndicatorRow {
  indicator: RatedIndicator;
  prompt?: string;
  commentary?: string | null;
}

export interface IndicatorColumn {
  header: string;
  /** Excel's character units. */
  width: number;
  /** Figures show in the indicator's own number format; every other cell is text. */
  figure?: boolean;
  wrap?: boolean;
  /** Coloured by the word the cell begins with, so colour follows hand edits. */
  colour?: 'rag' | 'direction' | 'spc';
  value: (row: IndicatorRow) => CellValue;
}

function notesFor(ind: RatedIndicator): string | null {
  const notes = ind.issues.map((i) => i.message);
  if (ind.ragOverridden) notes.unshift(`RAG set by hand; calculated status: ${RAG_TEXT[ind.computedRag]}.`);
  return notes.length ? notes.join(' ') : null;
}

/** Where each indicator comes from: only in a digest of more than one source (docs/rules.md "Compiling"). */
function sourceColumn(run: DigestRun): IndicatorColumn[] {
  if (run.sources.length < 2) return [];
  return [{ header: 'Source', width: 14, wrap: true, value: (r) => r.indicator.source ?? null }];
}

/** Issue 11: a Forecast column after RAG, where any indicator has a forecast (given or projected). */
function forecastColumns(run: DigestRun): IndicatorColumn[] {
  if (!run.indicators.some((i) => i.forecast)) return [];
  const year = yearOf(run.period).label;
  return [{ header: `Forecast ${year}`, width: 14, wrap: true, value: (r) => forecastText(r.indicator) }];
}

/**
 * Ref, Indicator, (Source), Previous, Current, Target, RAG, (Forecast), Direction of travel, Trend: the start of every
 * indicator table.
 */
function figureColumns(run: DigestRun): IndicatorColumn[] {
  return [
    { header: COLUMNS.ref, width: 9, value: (r) => r.indicator.ref },
    { header: COLUMNS.name, width: 40, wrap: true, value: (r) => r.indicator.name },
    ...sourceColumn(run),
    {
      header: `Previous (${run.comparisonPeriod.label})`,
      width: 11,
      figure: true,
      value: (r) => r.indicator.comparison,
    },
    { header: `Current (${run.period.label})`, width: 11, figure: true, value: (r) => r.indicator.current },
    { header: 'Target', width: 10, figure: true, value: (r) => r.indicator.target },
    { header: 'RAG', width: 10, colour: 'rag', value: (r) => RAG_TEXT[r.indicator.rag] },
    ...forecastColumns(run),
    {
      header: 'Direction of travel',
      width: 14,
      colour: 'direction',
      value: (r) => directionText(r.indicator),
    },
    { header: 'Trend', width: 10, value: (r) => trendText(r.indicator.trend) },
    ...statsColumns(run),
  ];
}

/**
 * Issue 12: the SPC reading (where some indicator has 13 points or more, so process limits) and the statistical note
 * (where some indicator has counts), each only in a digest where it says something.
 */
function statsColumns(run: DigestRun): IndicatorColumn[] {
  const columns: IndicatorColumn[] = [];
  if (run.indicators.some((i) => hasLimits(i.stats.spc)))
    columns.push({
      header: 'SPC (variation; assurance)',
      width: 20,
      wrap: true,
      colour: 'spc',
      value: (r) => spcText(r.indicator.stats.spc),
    });
  if (run.indicators.some((i) => i.stats.interval !== null || i.stats.smallNumbers !== null))
    columns.push({
      header: 'Statistical note',
      width: 26,
      wrap: true,
      value: (r) => statisticalNote(r.indicator, run.comparisonPeriod),
    });
  return columns;
}

export function exceptionColumns(run: DigestRun): IndicatorColumn[] {
  return [
    ...figureColumns(run),
    { header: 'Commentary prompt', width: 42, wrap: true, value: (r) => r.prompt ?? null },
  ];
}

export function sectionColumns(run: DigestRun): IndicatorColumn[] {
  return [
    ...figureColumns(run),
    { header: COLUMNS.commentary, width: 42, wrap: true, value: (r) => r.commentary ?? null },
    { header: 'Data notes', width: 30, wrap: true, value: (r) => notesFor(r.indicator) },
  ];
}
