/**
 * The fallback for sheets too large for one response (Excel on the web: 5 MB per request or response): one sync
 * for the sizes of the used ranges, then row blocks packed into as few syncs as the limit allows. A block that still
 * comes back too large is read again in halves.
 */
import { rangeRef, type SheetGrid } from '../engine';
import { isPayloadTooLarge } from './excelResult';
import { appendRows, emptyGrid, originOf, toSheetGrid } from './officeGrid';
import { listOf, sheetFor, type WorkbookRead } from './sheetList';

/** What one sync may bring back, leaving room for JSON overhead under the 5 MB limit. */
const BUDGET_BYTES = 4_000_000;
/** A deliberately high guess of a cell's size in a response: its value and its number format, quoted. */
const BYTES_PER_CELL = 80;

interface Block {
  sheetId: string;
  name: string;
  /** Zero-based, inclusive sheet rows; columns as in the used range. */
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

const addressOf = (b: Block): string => rangeRef(b.r0, b.c0, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1);

function blocksOf(sheetId: string, name: string, address: string, rows: number, cols: number): Block[] {
  const { row, col } = originOf(address);
  const perBlock = Math.max(1, Math.floor(BUDGET_BYTES / (cols * BYTES_PER_CELL)));
  const blocks: Block[] = [];
  for (let r = row; r < row + rows; r += perBlock)
    blocks.push({
      sheetId,
      name,
      r0: r,
      r1: Math.min(r + perBlock, row + rows) - 1,
      c0: col,
      c1: col + cols - 1,
    });
  return blocks;
}

/** Blocks grouped so each group's estimated size stays within the budget. */
function packed(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  let size = Infinity;
  for (const b of blocks) {
    const bytes = (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1) * BYTES_PER_CELL;
    if (size + bytes > BUDGET_BYTES) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]?.push(b);
    size += bytes;
  }
  return groups;
}

async function readGroup(
  ctx: Excel.RequestContext,
  group: Block[],
): Promise<{ block: Block; grid: SheetGrid }[]> {
  const ranges = group.map((b) => {
    const range = ctx.workbook.worksheets.getItem(b.sheetId).getRange(addressOf(b));
    range.load('address,values,numberFormat');
    return range;
  });
  try {
    await ctx.sync();
  } catch (e) {
    const only = group[0];
    if (!isPayloadTooLarge(e) || !only || (group.length === 1 && only.r0 === only.r1)) throw e;
    const halves = group.flatMap((b) => {
      const mid = Math.floor((b.r0 + b.r1) / 2);
      return b.r0 === b.r1
        ? [b]
        : [
            { ...b, r1: mid },
            { ...b, r0: mid + 1 },
          ];
    });
    const first = await readGroup(ctx, halves.slice(0, Math.ceil(halves.length / 2)));
    return [...first, ...(await readGroup(ctx, halves.slice(Math.ceil(halves.length / 2))))];
  }
  return group.map((block, i) => {
    const r = ranges[i] as Excel.Range;
    return { block, grid: toSheetGrid(block.name, r.address, r.values, r.numberFormat) };
  });
}

export async function readInBlocks(ctx: Excel.RequestContext, keys: string[]): Promise<WorkbookRead> {
  const collection = ctx.workbook.worksheets;
  collection.load('items/name,items/id');
  const used = keys.map((key) => {
    const range = collection.getItem(key).getUsedRangeOrNullObject(true);
    range.load('address,rowCount,columnCount');
    return range;
  });
  await ctx.sync();
  const sheets = listOf(collection);
  const grids = new Map<string, SheetGrid>();
  const blocks: Block[] = [];
  keys.forEach((key, i) => {
    const sheet = sheetFor(sheets, key);
    const range = used[i];
    if (!sheet || !range) return;
    grids.set(sheet.id, emptyGrid(sheet.name));
    if (!range.isNullObject)
      blocks.push(...blocksOf(sheet.id, sheet.name, range.address, range.rowCount, range.columnCount));
  });
  for (const group of packed(blocks)) {
    for (const { block, grid: part } of await readGroup(ctx, group)) {
      const grid = grids.get(block.sheetId);
      if (grid) grids.set(block.sheetId, grid.values.length ? appendRows(grid, part) : part);
    }
  }
  return { sheets, grids };
}
