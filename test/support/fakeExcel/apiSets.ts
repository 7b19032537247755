/**
 * The ExcelApi requirement set of every wire member the fake implements, as `@types/office-js` documents it
 * (`[Api set: ExcelApi x.y]`; test/support/fakeExcel.apiSets.test.ts checks this table against those comments).
 * A host claiming a lower set answers ApiNotFound for the member, as Excel does; the client itself does not check.
 */
export const MEMBER_API_SETS: Readonly<Record<string, string>> = {
  'Workbook.worksheets': '1.1',
  'WorksheetCollection.getItem': '1.1',
  'WorksheetCollection.getActiveWorksheet': '1.1',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getCount': '1.4',
  'WorksheetCollection.add': '1.1',
  'Worksheet.id': '1.1',
  'Worksheet.name': '1.1',
  'Worksheet.position': '1.1',
  'Worksheet.visibility': '1.1',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.showGridlines': '1.8',
  'Worksheet.getRange': '1.1',
  'Worksheet.getUsedRange': '1.1',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.delete': '1.1',
  'Worksheet.activate': '1.1',
  'WorksheetFreezePanes.freezeRows': '1.7',
  'WorksheetFreezePanes.unfreeze': '1.7',
  'PageLayout.orientation': '1.9',
  'PageLayout.paperSize': '1.9',
  'PageLayout.zoom': '1.9',
  'PageLayout.setPrintTitleRows': '1.9',
  'Range.address': '1.1',
  'Range.rowCount': '1.1',
  'Range.columnCount': '1.1',
  'Range.rowIndex': '1.1',
  'Range.columnIndex': '1.1',
  'Range.values': '1.1',
  'Range.formulas': '1.1',
  'Range.numberFormat': '1.1',
  'Range.format': '1.1',
  'Range.conditionalFormats': '1.6',
  'Range.worksheet': '1.1',
  'Range.select': '1.1',
  'Workbook.getSelectedRange': '1.1',
  'Range.getCell': '1.1',
  'Range.getRow': '1.1',
  'Range.getBoundingRect': '1.1',
  'Range.clear': '1.1',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.wrapText': '1.1',
  'RangeFormat.horizontalAlignment': '1.1',
  'RangeFormat.verticalAlignment': '1.1',
  'RangeFormat.fill': '1.1',
  'RangeFormat.font': '1.1',
  'RangeFormat.borders': '1.1',
  'RangeFill.color': '1.1',
  'RangeFill.clear': '1.1',
  'RangeFont.bold': '1.1',
  'RangeFont.italic': '1.1',
  'RangeFont.color': '1.1',
  'RangeFont.size': '1.1',
  'RangeBorderCollection.getItem': '1.1',
  'RangeBorder.style': '1.1',
  'RangeBorder.color': '1.1',
  'ConditionalFormatCollection.add': '1.6',
  'ConditionalFormatCollection.getCount': '1.6',
  'ConditionalFormatCollection.clearAll': '1.6',
  'ConditionalFormat.type': '1.6',
  'ConditionalFormat.textComparison': '1.6',
  'TextConditionalFormat.rule': '1.6',
  'TextConditionalFormat.format': '1.6',
  'ConditionalRangeFormat.fill': '1.6',
  'ConditionalRangeFormat.font': '1.6',
  'ConditionalRangeFill.color': '1.6',
  'ConditionalRangeFont.color': '1.6',
  'Worksheet.charts': '1.1',
  'ChartCollection.add': '1.1',
  'Chart.name': '1.1',
  'Chart.title': '1.1',
  'Chart.legend': '1.1',
  'Chart.series': '1.1',
  'Chart.axes': '1.1',
  'Chart.setPosition': '1.1',
  'ChartTitle.text': '1.1',
  'ChartLegend.position': '1.1',
  'ChartAxes.valueAxis': '1.1',
  'ChartAxis.numberFormat': '1.8',
  'ChartSeriesCollection.getItemAt': '1.1',
  'ChartSeries.name': '1.1',
  'ChartSeries.format': '1.1',
  'ChartSeries.markerStyle': '1.7',
  'ChartSeries.markerBackgroundColor': '1.7',
  'ChartSeries.markerForegroundColor': '1.7',
  'ChartSeries.setXAxisValues': '1.7',
  'ChartSeriesFormat.line': '1.1',
  'ChartLineFormat.color': '1.1',
  'ChartLineFormat.lineStyle': '1.7',
};

/**
 * Properties the client sets under another wire name than it loads them by ([client]: its `Worksheet_ShowGridlines_Set`
 * sends `showGridlines` as `Gridlines`); the fake sets the documented member.
 */
export const SET_WIRE_NAMES: Readonly<Record<string, string>> = { 'Worksheet.Gridlines': 'ShowGridlines' };

/** `'1.10'` > `'1.9'`: requirement-set versions compare by number, part by part. */
export function versionAtLeast(have: string, need: string): boolean {
  const [hMajor = 0, hMinor = 0] = have.split('.').map(Number);
  const [nMajor = 0, nMinor = 0] = need.split('.').map(Number);
  return hMajor > nMajor || (hMajor === nMajor && hMinor >= nMinor);
}

/** The wire name (PascalCase) of a member as the d.ts spells it (camelCase). */
export const jsName = (wire: string): string =>
  wire.startsWith('_') ? wire : wire[0]?.toLowerCase() + wire.slice(1);
