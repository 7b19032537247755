/**
 * Issue 12: one exception's XmR chart on the Charts sheet: a table of the points with their lines (the chart's data,
 * written as cells of the sheet) and a native line chart over it: values, mean, process limits, target, and the
 * special-cause points in MDC's colours, each a named series so the legend says what each colour means.
 */
import type { CellValue } from '../core/grid';
import { isGeneralFormat } from '../core/numberFormats';
import { spcText, xmrDescription } from '../digest/statsWords';
import type { RatedIndicator } from '../rate/rateIndicator';
import { MDC_COLOURS, variationWords } from '../stats/icons';
import { sectionOf, type SpcChartPoint, type SpcChartSection, type SpcSeries } from '../stats/indicatorStats';
import type { PointClass } from '../stats/spcTypes';
import type { PlannedChart, PlannedSeries } from './planTypes';
import { STYLE, type SheetBuilder } from './sheetBuilder';

/** Column A holds each point's reading in words, B its period, C onwards one column per series. */
export const READING_COL = 0;
export const PERIOD_COL = 1;
/** The chart sits right of the widest table (period and 8 series), with a narrow gap. */
export const CHART_COL = 11;
export const CHART_COLS = 8;
/** Rows the chart covers at least, so a short series still gets a readable chart. */
export const CHART_ROWS = 18;

interface SeriesColumn extends PlannedSeries {
  value: (point: SpcChartPoint, section: SpcChartSection) => number | null;
  /** Mean and limits are worked out, so they get decimals where the indicator's own format (General) has none. */
  computed?: boolean;
}

/** The format of worked-out lines for an indicator shown as General: up to three decimals, not ten. */
const LINE_FORMAT = '0.0##';

const SPECIAL: Exclude<PointClass, 'common'>[] = ['improvement', 'concern', 'neither'];

/** The series this indicator's chart draws: lines where they exist, special-cause markers where there are any. */
function seriesOf(spc: SpcSeries, target: number | null): SeriesColumn[] {
  const limits = spc.sections.some((s) => s.upperLimit !== null);
  const columns: (SeriesColumn | false)[] = [
    { name: 'Value', colour: '#595959', line: 'solid', marker: 'circle', value: (p) => p.value },
    {
      name: 'Mean',
      colour: '#000000',
      line: 'solid',
      marker: 'none',
      computed: true,
      value: (_, s) => s.mean,
    },
    limits && {
      name: 'Lower process limit',
      colour: '#7F7F7F',
      line: 'dash',
      marker: 'none',
      computed: true,
      value: (_, s) => s.lowerLimit,
    },
    limits && {
      name: 'Upper process limit',
      colour: '#7F7F7F',
      line: 'dash',
      marker: 'none',
      computed: true,
      value: (_, s) => s.upperLimit,
    },
    target !== null && {
      name: 'Target',
      colour: '#C00000',
      line: 'dash',
      marker: 'none',
      value: () => target,
    },
    ...SPECIAL.map(
      (cls) =>
        spc.points.some((p) => p.class === cls) && {
          name: variationWords(cls, null),
          colour: MDC_COLOURS[cls],
          line: 'none' as const,
          marker: 'circle' as const,
          value: (p: SpcChartPoint) => (p.class === cls ? p.value : null),
        },
    ),
  ];
  return columns.filter((c): c is SeriesColumn => c !== false);
}

/** Writes the block (heading, reading, table) and returns its chart; the block is at least CHART_ROWS + 2 rows. */
export function xmrChartBlock(b: SheetBuilder, ind: RatedIndicator, spc: SpcSeries): PlannedChart {
  const title = ind.ref ? `${ind.ref} ${ind.name}` : ind.name;
  const top = b.add([title], [], STYLE.heading);
  b.add([`SPC: ${spcText(spc)}.`], [], STYLE.note);
  const series = seriesOf(spc, ind.target);
  const width = PERIOD_COL + 1 + series.length;
  const header = b.add(['Point', 'Period', ...series.map((s) => s.name)], [], STYLE.tableHeader, width);
  const general = isGeneralFormat(ind.numberFormat);
  const formats = ['@', '@', ...series.map((s) => (s.computed && general ? LINE_FORMAT : ind.numberFormat))];
  spc.points.forEach((p) => {
    const cells: CellValue[] = [
      variationWords(p.class, p.side),
      p.period.label,
      ...series.map((s) => s.value(p, sectionOf(spc, p))),
    ];
    b.add(cells, formats);
  });
  b.style({ row: header + 1, col: 0, rows: spc.points.length, cols: width }, STYLE.body);
  while (b.row < top + CHART_ROWS + 2) b.blank();
  b.blank();
  return {
    title,
    description: xmrDescription(ind, spc),
    source: { row: header, col: PERIOD_COL, rows: spc.points.length + 1, cols: series.length + 1 },
    series: series.map(({ name, colour, line, marker }) => ({ name, colour, line, marker })),
    anchor: { row: top + 1, col: CHART_COL, rows: CHART_ROWS, cols: CHART_COLS },
    numberFormat: ind.numberFormat,
  };
}
