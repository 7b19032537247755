/**
 * Issue 12: a planned sheet's charts as native Excel line charts, queued with the sheet's layout (no sync of their
 * own). `charts.add` is ExcelApi 1.1; the series' line style, markers and categories are 1.7, the manifest's minimum;
 * only the value axis's number format (1.8) waits on `isSetSupported` (optionalFeatures.ts).
 */
import { cellRef, rangeRef, type GridRange, type PlannedChart, type PlannedSeries } from '../engine';
import { setValueAxisFormat } from './optionalFeatures';

const rangeOf = (sheet: Excel.Worksheet, r: GridRange): Excel.Range =>
  sheet.getRange(rangeRef(r.row, r.col, r.rows, r.cols));

function queueSeries(series: Excel.ChartSeries, planned: PlannedSeries, categories: Excel.Range): void {
  series.setXAxisValues(categories);
  const line = series.format.line;
  if (planned.line === 'none') line.lineStyle = Excel.ChartLineStyle.none;
  else {
    line.color = planned.colour;
    line.lineStyle = planned.line === 'dash' ? Excel.ChartLineStyle.dash : Excel.ChartLineStyle.continuous;
  }
  // A chart of type Line draws no markers: only the series that have them are told so.
  if (planned.marker === 'none') return;
  series.markerStyle = Excel.ChartMarkerStyle.circle;
  series.markerBackgroundColor = planned.colour;
  series.markerForegroundColor = planned.colour;
}

/**
 * Each chart is added from its series columns alone (header row of names over numbers, so Excel takes the names from
 * it), then given the period column as every series' categories: nothing is left to Excel's guess at the layout.
 */
export function queueCharts(sheet: Excel.Worksheet, charts: readonly PlannedChart[]): void {
  for (const planned of charts) {
    const { source, anchor } = planned;
    const values = rangeOf(sheet, { ...source, col: source.col + 1, cols: source.cols - 1 });
    const categories = rangeOf(sheet, {
      row: source.row + 1,
      col: source.col,
      rows: source.rows - 1,
      cols: 1,
    });
    const chart = sheet.charts.add(Excel.ChartType.line, values, Excel.ChartSeriesBy.columns);
    chart.title.text = planned.title;
    chart.legend.position = Excel.ChartLegendPosition.bottom;
    chart.setPosition(
      cellRef(anchor.row, anchor.col),
      cellRef(anchor.row + anchor.rows - 1, anchor.col + anchor.cols - 1),
    );
    planned.series.forEach((s, i) => queueSeries(chart.series.getItemAt(i), s, categories));
    setValueAxisFormat(chart, planned.numberFormat);
  }
}
