/** Use selection: the user's selected range, read as the engine reads a sheet, in one sync (ExcelApi 1.1). */
import { describeOfficeError, type OfficeFailure } from './officeErrorWords';
import { toSheetGrid } from './officeGrid';
import type { SheetGrid } from '../engine';

export type SelectionRead =
  { ok: true; address: string; grid: SheetGrid } | { ok: false; error: OfficeFailure };

export async function readSelection(): Promise<SelectionRead> {
  try {
    return await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address, values, numberFormat');
      range.worksheet.load('name');
      await context.sync();
      const grid = toSheetGrid(range.worksheet.name, range.address, range.values, range.numberFormat);
      return { ok: true as const, address: range.address, grid };
    });
  } catch (error) {
    return { ok: false, error: describeOfficeError(error) };
  }
}
