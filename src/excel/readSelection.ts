/** Use selection: the user's selected range, read as the engine reads a sheet, in one sync (ExcelApi 1.1). */
import type { SheetGrid } from '../engine';
import { fromExcelError, success, type ExcelResult } from './excelResult';
import { toSheetGrid } from './officeGrid';

export async function readSelection(): Promise<ExcelResult<{ address: string; grid: SheetGrid }>> {
  try {
    return await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address,values,numberFormat');
      // The selection is always on the active sheet.
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      const grid = toSheetGrid(sheet.name, range.address, range.values, range.numberFormat);
      return success({ address: range.address, grid });
    });
  } catch (error) {
    return fromExcelError(error, 'reading the selection');
  }
}
