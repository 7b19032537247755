/**
 * Charts (issue 12), strictly for the members the adapter uses (docs/excel-host-behaviour.md, "Charts"): line charts
 * added from a range by columns, their title, legend and position, and each series' categories, line and markers.
 */
import { type Area, columnCount, formatArea, parseArea, rowCount } from './a1';
import { invalidArgument } from './hostError';
import {
  areaOf,
  chartOf,
  color,
  type Handle,
  type ModelContext,
  oneOf,
  seriesOf,
  sheetOf,
  type TypeTable,
} from './objectTypes';
import type { ChartModel, ChartSeriesModel, Sheet } from './workbook';

/** The chart types the fake models; Excel has many more. */
const TYPES = ['Line', 'LineMarkers'] as const;
const LEGEND = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'] as const;
const LINE_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Grey25',
  'Grey50',
  'Grey75',
  'Automatic',
  'RoundDot',
] as const;
const MARKERS = [
  'Automatic',
  'None',
  'Square',
  'Diamond',
  'Triangle',
  'X',
  'Star',
  'Dot',
  'Dash',
  'Circle',
  'Plus',
  'Picture',
] as const;

/** A range argument on the chart's own sheet (the fake does not model charts over another sheet's cells). */
function areaOn(sheet: Sheet, arg: unknown): Area {
  const h = arg as Handle | null;
  if (!h || h.t !== 'Range') throw invalidArgument('a Range is required');
  if (sheetOf(h) !== sheet) throw new Error('fake: charts over another sheet are not modelled');
  return areaOf(h);
}

/** A single-cell position: an A1 address or a Range. */
function cellOf(sheet: Sheet, arg: unknown): string {
  const area = typeof arg === 'string' ? parseArea(arg) : areaOn(sheet, arg);
  return formatArea(sheet.name, { ...area, r1: area.r0, c1: area.c0 });
}

/**
 * Series by columns from a source whose first row names them: Excel takes a row of text over numbers as the series
 * names. The fake requires exactly that layout (the adapter always gives it) rather than model Excel's guesses.
 */
function seriesFrom(ctx: ModelContext, sheet: Sheet, source: Area, type: string): ChartSeriesModel[] {
  if (rowCount(source) < 2)
    throw invalidArgument('a chart needs a row of names and at least one row of values');
  return Array.from({ length: columnCount(source) }, (_, j) => {
    const name = ctx.workbook.peek(sheet, source.r0, source.c0 + j).value;
    if (typeof name !== 'string' || name === '')
      throw new Error('fake: only a first row of text names is modelled');
    return {
      name,
      values: { r0: source.r0 + 1, c0: source.c0 + j, r1: source.r1, c1: source.c0 + j },
      categories: null,
      lineColor: null,
      lineStyle: 'Automatic',
      // The Line type draws no markers; LineMarkers draws Excel's automatic ones.
      markerStyle: type === 'Line' ? 'None' : 'Automatic',
      markerBackground: null,
      markerForeground: null,
    };
  });
}

export function chartTypes(ctx: ModelContext): TypeTable {
  const chartCount = () => ctx.workbook.sheets.reduce((n, s) => n + s.charts.length, 0);
  return {
    ChartCollection: {
      items: (h) => sheetOf(h).charts.map((chart) => ({ t: 'Chart', sheet: sheetOf(h), chart })),
      methods: {
        Add: (h, [type, source, seriesBy]) => {
          const sheet = sheetOf(h);
          if (oneOf(['Auto', 'Columns', 'Rows'] as const, seriesBy ?? 'Auto') !== 'Columns')
            throw new Error('fake: only series by columns are modelled');
          const chartType = oneOf(TYPES, type);
          const chart: ChartModel = {
            name: `Chart ${chartCount() + 1}`,
            type: chartType,
            title: '',
            legendPosition: 'Right',
            position: null,
            series: seriesFrom(ctx, sheet, areaOn(sheet, source), chartType),
            valueAxisFormat: 'General',
          };
          sheet.charts.push(chart);
          return { t: 'Chart', sheet, chart };
        },
      },
    },
    Chart: {
      props: {
        Name: { get: (h) => chartOf(h).name },
      },
      nav: {
        Title: (h) => ({ ...h, t: 'ChartTitle' }),
        Legend: (h) => ({ ...h, t: 'ChartLegend' }),
        Series: (h) => ({ ...h, t: 'ChartSeriesCollection' }),
        Axes: (h) => ({ ...h, t: 'ChartAxes' }),
      },
      methods: {
        SetPosition: (h, [start, end]) => {
          const sheet = sheetOf(h);
          const from = cellOf(sheet, start);
          chartOf(h).position = { from, to: end === undefined || end === null ? from : cellOf(sheet, end) };
        },
      },
    },
    ChartTitle: {
      props: {
        Text: {
          get: (h) => chartOf(h).title,
          set: (h, v) => {
            if (typeof v !== 'string') throw invalidArgument('title text');
            chartOf(h).title = v;
          },
        },
      },
    },
    ChartLegend: {
      props: {
        Position: {
          get: (h) => chartOf(h).legendPosition,
          set: (h, v) => void (chartOf(h).legendPosition = oneOf(LEGEND, v)),
        },
      },
    },
    ChartAxes: { nav: { ValueAxis: (h) => ({ ...h, t: 'ChartAxis' }) } },
    ChartAxis: {
      props: {
        NumberFormat: {
          get: (h) => chartOf(h).valueAxisFormat,
          set: (h, v) => {
            if (typeof v !== 'string') throw invalidArgument('number format');
            chartOf(h).valueAxisFormat = v;
          },
        },
      },
    },
    ChartSeriesCollection: {
      items: (h) => chartOf(h).series.map((series) => ({ ...h, t: 'ChartSeries', series })),
      methods: {
        GetItemAt: (h, [index]) => {
          const series = typeof index === 'number' ? chartOf(h).series[index] : undefined;
          if (!series) throw invalidArgument(`series index ${String(index)}`);
          return { ...h, t: 'ChartSeries', series };
        },
      },
    },
    ChartSeries: {
      props: {
        Name: { get: (h) => seriesOf(h).name },
        MarkerStyle: {
          get: (h) => seriesOf(h).markerStyle,
          set: (h, v) => void (seriesOf(h).markerStyle = oneOf(MARKERS, v)),
        },
        MarkerBackgroundColor: {
          get: (h) => seriesOf(h).markerBackground,
          set: (h, v) => void (seriesOf(h).markerBackground = color(v)),
        },
        MarkerForegroundColor: {
          get: (h) => seriesOf(h).markerForeground,
          set: (h, v) => void (seriesOf(h).markerForeground = color(v)),
        },
      },
      nav: { Format: (h) => ({ ...h, t: 'ChartSeriesFormat' }) },
      methods: {
        /** One row or column with a cell for each value. */
        SetXAxisValues: (h, [range]) => {
          const area = areaOn(sheetOf(h), range);
          const series = seriesOf(h);
          const cells = rowCount(area) * columnCount(area);
          if (Math.min(rowCount(area), columnCount(area)) !== 1 || cells !== rowCount(series.values))
            throw invalidArgument('categories must be one row or column, a cell per value');
          series.categories = area;
        },
      },
    },
    ChartSeriesFormat: { nav: { Line: (h) => ({ ...h, t: 'ChartLineFormat' }) } },
    ChartLineFormat: {
      props: {
        Color: {
          get: (h) => seriesOf(h).lineColor,
          set: (h, v) => void (seriesOf(h).lineColor = color(v)),
        },
        LineStyle: {
          get: (h) => seriesOf(h).lineStyle,
          set: (h, v) => void (seriesOf(h).lineStyle = oneOf(LINE_STYLES, v)),
        },
      },
    },
  };
}
