/**
 * Executes a digest plan safely: the new digest is written on a new sheet under a temporary name (sync 1, or more
 * only for a digest too large for one request); only when that succeeded is the earlier digest deleted and the new
 * sheet renamed and activated (sync 2). If anything fails, `recoverDigest` leaves either the earlier digest or the
 * complete new one, never a half-written sheet. Only the sheet named by `plan.replaces` (ours) is ever deleted.
 */
import type { DigestPlan } from '../engine';
import { fromExcelError, type ExcelResult } from './excelResult';
import { chunksOf, queueBlock, queueLayout } from './queuePlan';

export type WriteStep = 'writing' | 'replacing';

export interface WrittenDigest {
  sheet: string;
  sheetId: string;
  replaced: string | null;
}

/** Sheets named like this are ours, left behind by a write that failed and could not clean up after itself. */
const TEMP_NAME = /^~Digest being written [0-9a-f]{6}$/;

export const isTempSheet = (name: string): boolean => TEMP_NAME.test(name);

/** Random, so no sheet list is needed to pick it; a clash (1 in 16 million) fails the write harmlessly. */
const tempName = (): string =>
  `~Digest being written ${Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, '0')}`;

/** What a failed write left, for `recoverDigest`. */
export class DigestWriteError extends Error {
  constructor(
    readonly cause: unknown,
    readonly temp: string,
    readonly written: boolean,
  ) {
    super('The digest could not be written.');
  }
}

export async function writeDigest(
  ctx: Excel.RequestContext,
  plan: DigestPlan,
  onStep: (step: WriteStep) => void = () => undefined,
): Promise<WrittenDigest> {
  const temp = tempName();
  let written = false;
  try {
    onStep('writing');
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    const sheet = worksheets.add(temp);
    sheet.load('id');
    const chunks = plan.sheet.blocks.flatMap((b) => chunksOf(b));
    for (const [i, chunk] of chunks.entries()) {
      queueBlock(sheet, chunk);
      if (i < chunks.length - 1) await ctx.sync(); // only a digest larger than one request gets here
    }
    queueLayout(sheet, plan.sheet);
    await ctx.sync();
    written = true;
    onStep('replacing');
    const stale = worksheets.items.filter((s) => isTempSheet(s.name) && s.name !== temp);
    for (const s of stale) s.delete();
    if (plan.replaces) worksheets.getItem(plan.replaces).delete();
    sheet.name = plan.sheet.name;
    sheet.activate();
    await ctx.sync();
    return { sheet: plan.sheet.name, sheetId: sheet.id, replaced: plan.replaces };
  } catch (e) {
    throw new DigestWriteError(e, temp, written);
  }
}

/**
 * After a failed write, in a fresh Excel.run: a complete new digest whose earlier one is already gone is given its
 * name; otherwise the temporary sheet is deleted and the earlier digest stays as it was.
 */
export async function recoverDigest(failed: DigestWriteError, plan: DigestPlan): Promise<void> {
  await Excel.run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    await ctx.sync();
    const has = (name: string) => worksheets.items.some((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!has(failed.temp)) return;
    const earlierGone = plan.replaces !== null && !has(plan.replaces);
    if (failed.written && earlierGone) worksheets.getItem(failed.temp).name = plan.sheet.name;
    else worksheets.getItem(failed.temp).delete();
    await ctx.sync();
  });
}

/** A failed write as the user hears of it, after recovering what it left (the next write cleans up what this cannot). */
export async function failedWrite<T>(failed: DigestWriteError, plan: DigestPlan): Promise<ExcelResult<T>> {
  await recoverDigest(failed, plan).catch(() => undefined);
  return fromExcelError(failed.cause, 'writing the digest');
}
