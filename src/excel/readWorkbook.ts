/**
 * Reading sheets for the engine in the fewest syncs: one sync reads the sheet list and the used range (values and
 * number formats, cells with values only) of each sheet asked for. Asking for every sheet of a workbook seen for the
 * first time needs the list first: one more sync. A read too large for one response falls back to row blocks.
 */
import type { SheetGrid } from '../engine';
import { isPayloadTooLarge } from './excelResult';
import { emptyGrid, toSheetGrid } from './officeGrid';
import { readInBlocks } from './readInBlocks';
import { listOf, sheetFor, type WorkbookRead } from './sheetList';

/**
 * Reads the sheets whose ids or names are in `keys` (all sheets when null); of those in `valuesOnly` (our earlier
 * digests, read for their commentary) without number formats, which halves their size. Throws Excel's error, e.g.
 * ItemNotFound for a key no longer in the workbook.
 */
export async function readWorkbook(
  ctx: Excel.RequestContext,
  keys: string[] | null,
  valuesOnly: string[] = [],
): Promise<WorkbookRead> {
  const collection = ctx.workbook.worksheets;
  collection.load('items/name,items/id');
  if (keys === null) await ctx.sync();
  const wanted = keys ?? collection.items.map((s) => s.id);
  const ranges = wanted.map((key) => {
    const range = collection.getItem(key).getUsedRangeOrNullObject(true);
    if (valuesOnly.includes(key)) range.load('address,values');
    else range.load('address,values,numberFormat');
    return range;
  });
  try {
    await ctx.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    return readInBlocks(ctx, wanted);
  }
  const sheets = listOf(collection);
  const grids = new Map<string, SheetGrid>();
  wanted.forEach((key, i) => {
    const sheet = sheetFor(sheets, key);
    const range = ranges[i];
    if (!sheet || !range) return;
    grids.set(
      sheet.id,
      range.isNullObject
        ? emptyGrid(sheet.name)
        : toSheetGrid(
            sheet.name,
            range.address,
            range.values,
            valuesOnly.includes(key) ? [] : range.numberFormat,
          ),
    );
  });
  return { sheets, grids };
}
