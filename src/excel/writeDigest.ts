/**
 * Executes a digest plan safely: each planned sheet is written on a new sheet under a temporary name (sync 1, or more
 * only for a plan too large for one request); only when that succeeded are the earlier sheets deleted (the earlier
 * digest, where the plan keeps it, renamed and hidden instead, and the digest kept before it deleted) and the new
 * ones renamed, the digest activated (sync 2). If anything fails, `recoverDigest` leaves either the earlier sheets or
 * the complete new ones, never a half-written sheet. Only sheets the plan names as ours are ever deleted.
 */
import type { CellBlock, DigestPlan } from '../engine';
import { fromExcelError, type ExcelResult } from './excelResult';
import { queueCharts } from './queueCharts';
import { chunkBytes, chunksOf, CHUNK_BUDGET_BYTES, queueBlock, queueLayout } from './queuePlan';

export type WriteStep = 'writing' | 'replacing';

/** The steps of a whole run, in order, so the pane and the ribbon can show progress (or of a restore). */
export type RunStep = 'reading' | WriteStep | 'saving' | 'restoring';

export interface WrittenSheet {
  /** The sheet's name now, and its id, which stays when the sheet is renamed: Refresh digest finds it by this. */
  name: string;
  id: string;
  /** The earlier sheet of ours it replaced, if any. */
  replaced: string | null;
}

/** The sheets written, in the plan's order: the digest first. */
export interface WrittenDigest {
  sheets: WrittenSheet[];
  /** The hidden sheet the replaced digest is kept as, for Restore previous digest; null when none was kept. */
  kept: string | null;
}

/** Sheets named like this are ours, left behind by a write that failed and could not clean up after itself. */
const TEMP_NAME = /^~Digest being written [0-9a-f]{6}$/;

export const isTempSheet = (name: string): boolean => TEMP_NAME.test(name);

/** Random, so no sheet list is needed to pick it; a clash (1 in 16 million) fails the write harmlessly. */
const tempName = (): string =>
  `~Digest being written ${Math.floor(Math.random() * 0xffffff)
    .toString(16)
    .padStart(6, '0')}`;

/** What a failed write left, for `recoverDigest`: the temporary name of each planned sheet, in the plan's order. */
export class DigestWriteError extends Error {
  constructor(
    readonly cause: unknown,
    readonly temps: string[],
    readonly written: boolean,
  ) {
    super('The digest could not be written.');
  }
}

/** The plan's cells, sheet by sheet, packed into as few requests as the size limit allows (most digests: one). */
function requestsOf(plan: DigestPlan): { sheet: number; chunk: CellBlock }[][] {
  const requests: { sheet: number; chunk: CellBlock }[][] = [[]];
  let bytes = 0;
  plan.sheets.forEach((planned, sheet) => {
    for (const chunk of planned.blocks.flatMap((b) => chunksOf(b))) {
      const size = chunkBytes(chunk);
      if (bytes > 0 && bytes + size > CHUNK_BUDGET_BYTES) {
        requests.push([]);
        bytes = 0;
      }
      requests[requests.length - 1]!.push({ sheet, chunk });
      bytes += size;
    }
  });
  return requests;
}

/**
 * The earlier sheet goes: deleted, or (the digest a plan keeps) renamed first, then hidden, so a failure between the
 * two leaves it visible under its kept name rather than hidden under its own.
 */
function replace(worksheets: Excel.WorksheetCollection, earlier: string, keep: DigestPlan['keep']): void {
  const sheet = worksheets.getItem(earlier);
  if (keep?.sheet !== earlier) return sheet.delete();
  sheet.name = keep.keptAs;
  sheet.visibility = Excel.SheetVisibility.hidden;
}

export async function writeDigest(
  ctx: Excel.RequestContext,
  plan: DigestPlan,
  onStep: (step: WriteStep) => void = () => undefined,
): Promise<WrittenDigest> {
  const temps = plan.sheets.map(tempName);
  let written = false;
  try {
    onStep('writing');
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    const sheets = temps.map((temp) => worksheets.add(temp));
    for (const sheet of sheets) sheet.load('id');
    const requests = requestsOf(plan);
    for (const [i, request] of requests.entries()) {
      for (const { sheet, chunk } of request) queueBlock(sheets[sheet]!, chunk);
      if (i < requests.length - 1) await ctx.sync(); // only a plan larger than one request gets here
    }
    plan.sheets.forEach((planned, i) => {
      queueLayout(sheets[i]!, planned);
      queueCharts(sheets[i]!, planned.charts ?? []);
    });
    await ctx.sync();
    written = true;
    onStep('replacing');
    const stale = worksheets.items.filter((s) => isTempSheet(s.name) && !temps.includes(s.name));
    for (const s of stale) s.delete();
    for (const drop of plan.keep?.drops ?? []) worksheets.getItem(drop).delete();
    for (const planned of plan.sheets) if (planned.replaces) replace(worksheets, planned.replaces, plan.keep);
    plan.sheets.forEach((planned, i) => (sheets[i]!.name = planned.name));
    sheets[0]?.activate();
    await ctx.sync();
    return {
      sheets: plan.sheets.map((planned, i) => ({
        name: planned.name,
        id: sheets[i]!.id,
        replaced: planned.replaces,
      })),
      kept: plan.keep?.keptAs ?? null,
    };
  } catch (e) {
    throw new DigestWriteError(e, temps, written);
  }
}

/**
 * After a failed write, in a fresh Excel.run: complete new sheets whose earlier ones are already gone are given
 * their names; otherwise the temporary sheets are deleted and the earlier sheets stay as they were.
 */
export async function recoverDigest(failed: DigestWriteError, plan: DigestPlan): Promise<void> {
  await Excel.run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    await ctx.sync();
    const has = (name: string) => worksheets.items.some((s) => s.name.toLowerCase() === name.toLowerCase());
    plan.sheets.forEach((planned, i) => {
      const temp = failed.temps[i]!;
      if (!has(temp)) return;
      const earlierGone = planned.replaces !== null && !has(planned.replaces);
      if (failed.written && earlierGone) worksheets.getItem(temp).name = planned.name;
      else worksheets.getItem(temp).delete();
    });
    await ctx.sync();
  });
}

/** A failed write as the user hears of it, after recovering what it left (the next write cleans up what this cannot). */
export async function failedWrite<T>(failed: DigestWriteError, plan: DigestPlan): Promise<ExcelResult<T>> {
  await recoverDigest(failed, plan).catch(() => undefined);
  return fromExcelError(failed.cause, 'writing the digest');
}
