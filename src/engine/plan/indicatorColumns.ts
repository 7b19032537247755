/**
 * Rules §6: the columns of the digest's indicator tables, left to right: what each holds and how its cells look.
 * Both tables end with the Commentary column, in the same place, so an indicator's commentary reads the same in
 * either. Wrapped columns have a set width; the others are as wide as their content (columnWidths.ts).
 */
import type { CellValue } from '../core/grid';
import { dataNotesOf } from '../digest/dataNotes';
import { COLUMNS, forecastHeader, periodHeader } from '../digest/digestLayout';
import { forecastText } from '../digest/reportWords';
import { yearOf } from '../periods/period';
import { directionText, RAG_TEXT } from '../digest/digestWords';
import type { DigestRun } from '../digest/runDigest';
import { hasLimits, spcText, statisticalNote } from '../digest/statsWords';
import { trendText } from '../digest/trend';
import type { RatedIndicator } from '../rate/rateIndicator';

/** One indicator's row: the indicator, and what the table shows beside its figures. */
export interface IndicatorRow {
  indicator: RatedIndicator;
  prompt?: string;
  commentary?: string | null;
  /** Its two commentaries in the earlier digest differed and were joined (rules §6; a data note says so). */
  joined?: boolean;
}

export interface IndicatorColumn {
  header: string;
  /** Wrapped text, at this width in Excel's character units; unset for a column as wide as its content. */
  wrapWidth?: number;
  /** Figures show in the indicator's own number format; every other cell is text. */
  figure?: boolean;
  /** Coloured by the word the cell begins with, so colour follows hand edits. */
  colour?: 'rag' | 'direction' | 'spc';
  value: (row: IndicatorRow) => CellValue;
}

/** Where each indicator comes from: only in a digest of more than one source (docs/rules.md "Compiling"). */
function sourceColumn(run: DigestRun): IndicatorColumn[] {
  if (run.sources.length < 2) return [];
  return [{ header: COLUMNS.source, wrapWidth: 14, value: (r) => r.indicator.source ?? null }];
}

/** Issue 11: a Forecast column after RAG, where any indicator has a forecast (given or projected). */
function forecastColumns(run: DigestRun): IndicatorColumn[] {
  if (!run.indicators.some((i) => i.forecast)) return [];
  const header = forecastHeader(yearOf(run.period).label);
  return [{ header, wrapWidth: 14, value: (r) => forecastText(r.indicator) }];
}

/** One list per run, so both tables start with the same columns and an exception's cells serve both its rows. */
const figureColumnsOf = new WeakMap<DigestRun, IndicatorColumn[]>();

function figureColumns(run: DigestRun): IndicatorColumn[] {
  let columns = figureColumnsOf.get(run);
  if (columns === undefined) figureColumnsOf.set(run, (columns = newFigureColumns(run)));
  return columns;
}

/**
 * Ref, Indicator, (Source), Previous, Current, Target, RAG, (Forecast), Direction of travel, Trend, (SPC, Statistical
 * note): the start of every indicator table.
 */
function newFigureColumns(run: DigestRun): IndicatorColumn[] {
  return [
    { header: COLUMNS.ref, value: (r) => r.indicator.ref },
    { header: COLUMNS.name, wrapWidth: 40, value: (r) => r.indicator.name },
    ...sourceColumn(run),
    {
      header: periodHeader('previous', run.comparisonPeriod.label),
      figure: true,
      value: (r) => r.indicator.comparison,
    },
    { header: periodHeader('current', run.period.label), figure: true, value: (r) => r.indicator.current },
    { header: COLUMNS.target, figure: true, value: (r) => r.indicator.target },
    { header: COLUMNS.rag, colour: 'rag', value: (r) => RAG_TEXT[r.indicator.rag] },
    ...forecastColumns(run),
    { header: COLUMNS.direction, colour: 'direction', value: (r) => directionText(r.indicator) },
    { header: COLUMNS.trend, value: (r) => trendText(r.indicator.trend) },
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
      header: COLUMNS.spc,
      wrapWidth: 20,
      colour: 'spc',
      value: (r) => spcText(r.indicator.stats.spc),
    });
  if (run.indicators.some((i) => i.stats.interval !== null || i.stats.smallNumbers !== null))
    columns.push({
      header: COLUMNS.statisticalNote,
      wrapWidth: 26,
      value: (r) => statisticalNote(r.indicator, run.comparisonPeriod),
    });
  return columns;
}

const commentary: IndicatorColumn = {
  header: COLUMNS.commentary,
  wrapWidth: 42,
  value: (r) => r.commentary ?? null,
};

/** The Exceptions table: the prompt, and beside it the answer (the indicator's commentary). */
export function exceptionColumns(run: DigestRun): IndicatorColumn[] {
  return [
    ...figureColumns(run),
    { header: COLUMNS.prompt, wrapWidth: 42, value: (r) => r.prompt ?? null },
    commentary,
  ];
}

export function sectionColumns(run: DigestRun): IndicatorColumn[] {
  return [
    ...figureColumns(run),
    { header: COLUMNS.notes, wrapWidth: 30, value: (r) => dataNotesOf(r.indicator, r.joined === true) },
    commentary,
  ];
}
