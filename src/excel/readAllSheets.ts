/** The task pane's read: every sheet of the workbook, in tab order, as the engine reads them (readWorkbook: 2 syncs). */
import type { SheetGrid } from '../engine';
import { fromExcelError, success, type ExcelResult } from './excelResult';
import { readWorkbook } from './readWorkbook';

export async function readAllSheets(): Promise<ExcelResult<SheetGrid[]>> {
  try {
    return await Excel.run(async (ctx) => {
      const read = await readWorkbook(ctx, null);
      return success(read.sheets.flatMap((s) => read.grids.get(s.id) ?? []));
    });
  } catch (error) {
    return fromExcelError(error, 'reading the workbook');
  }
}
