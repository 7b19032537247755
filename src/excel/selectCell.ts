/** Go to cell: bring a cell's sheet to the front and select the cell, in one sync (ExcelApi 1.1). */
import { fromExcelError, success, type ExcelResult } from './excelResult';

/** `'PIs Q3'!D7` → `{ sheet: "PIs Q3", cell: "D7" }` (Excel's quoting: a quote inside a name is doubled). */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf('!');
  const sheet = address.slice(0, bang);
  const unquoted = /^'(.*)'$/.exec(sheet)?.[1]?.replace(/''/g, "'") ?? sheet;
  return { sheet: unquoted, cell: address.slice(bang + 1) };
}

export async function selectCell(address: string): Promise<ExcelResult<void>> {
  const { sheet, cell } = splitAddress(address);
  try {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
    return success(undefined);
  } catch (error) {
    return fromExcelError(error, `going to ${address}`);
  }
}
