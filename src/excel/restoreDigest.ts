/**
 * Restore previous digest (pane and ribbon): puts back the digest the last run replaced, which the write kept hidden,
 * and keeps the digest it takes the place of hidden in turn (docs/rules.md, "The officer's quarter", Q4). Three syncs: the sheet
 * list, the top rows of every sheet (where a digest's marker and date are), then the swap. ExcelApi 1.1 (visibility).
 */
import { planRestore, type RestorePlan } from '../engine';
import { failure, fromExcelError, success, type ExcelResult } from './excelResult';
import { toSheetGrid } from './officeGrid';

/** Rows 1–8 hold a digest's title block and marker (digestMarker.ts looks no further). */
const TOP = 'A1:J8';

/** Random, like the write's temporary names, but never taken for one (the next write deletes those). */
const swapName = (): string =>
  `~Restoring digest ${Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, '0')}`;

export const NOTHING_TO_RESTORE =
  'There is no previous digest to restore: a digest is kept only when Generate or Refresh digest replaces one.';

export async function restoreDigest(): Promise<ExcelResult<RestorePlan>> {
  try {
    return await Excel.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load('items/name');
      await ctx.sync();
      const tops = worksheets.items.map((sheet) => sheet.getRange(TOP).load('address,values'));
      await ctx.sync();
      const plan = planRestore(
        worksheets.items.map((sheet, i) => ({
          name: sheet.name,
          grid: toSheetGrid(sheet.name, tops[i]!.address, tops[i]!.values, []),
        })),
      );
      if (!plan) return failure<RestorePlan>('NothingToRestore', NOTHING_TO_RESTORE);
      const kept = worksheets.getItem(plan.kept);
      kept.visibility = Excel.SheetVisibility.visible;
      kept.name = swapName();
      if (plan.current) {
        const current = worksheets.getItem(plan.current);
        current.name = plan.keptAs;
        current.visibility = Excel.SheetVisibility.hidden;
      }
      kept.name = plan.name;
      kept.activate();
      await ctx.sync();
      return success(plan);
    });
  } catch (e) {
    return fromExcelError(e, 'restoring the previous digest');
  }
}
