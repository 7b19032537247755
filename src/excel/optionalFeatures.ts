/**
 * Members above the manifest's minimum (ExcelApi 1.7) live here and only here, each behind
 * `Office.context.requirements.isSetSupported` with a fallback that still gives a working digest
 * (scripts/checkApiSets.ts enforces this convention).
 */
import type { PrintSetup } from '../engine';

/** Print setup needs PageLayout (ExcelApi 1.9). Without it the digest prints with Excel's defaults. */
export function applyPrintSetup(sheet: Excel.Worksheet, print: PrintSetup): boolean {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) return false;
  const layout = sheet.pageLayout;
  layout.orientation =
    print.orientation === 'portrait' ? Excel.PageOrientation.portrait : Excel.PageOrientation.landscape;
  layout.paperSize = Excel.PaperType.a4;
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide };
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  return true;
}

/** Issue 12: the chart's value axis in the indicator's own format needs ChartAxis.numberFormat (ExcelApi 1.8). */
export function setValueAxisFormat(chart: Excel.Chart, numberFormat: string): boolean {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.8')) return false;
  chart.axes.valueAxis.numberFormat = numberFormat;
  return true;
}

/**
 * Hiding gridlines needs ExcelApi 1.8 (`Worksheet.showGridlines`). Without it a report keeps Excel's gridlines on
 * screen; they never print, so its printed page is the same.
 */
export function applyGridlines(sheet: Excel.Worksheet, show: boolean | undefined): boolean {
  if (show !== false || !Office.context.requirements.isSetSupported('ExcelApi', '1.8')) return false;
  sheet.showGridlines = false;
  return true;
}
