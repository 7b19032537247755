/**
 * Where the CLI's time goes at one size, in a fresh process as the CLI runs (cold): the steps of `perf-digest --out`
 * in order, then ExcelJS reading and writing the same input (the floor's two steps), each timed.
 * `node --import tsx bench/rssProbe.cjs bench/cliPhasesChild.ts <input.xlsx>`; prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { DEFAULT_SETTINGS, planDigest, runDigest } from '../src/engine';
import { readWorkbookBytes } from '../src/xlsx/read/readWorkbook';
import { NODE_READ } from '../src/xlsx/readWorkbookFile';
import { digestWorkbookBytes } from '../src/xlsx/writeWorkbookFile';

async function main(input: string): Promise<void> {
  const phases: Record<string, number> = {};
  let last = performance.now();
  const mark = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - last);
    last = now;
  };
  const bytes = await readFile(input);
  const { pkg, grids } = readWorkbookBytes(bytes, input, NODE_READ);
  mark('read the package (grids)');
  const outcome = runDigest(grids, DEFAULT_SETTINGS);
  if (!outcome.ok) throw new Error(outcome.error.message);
  mark('runDigest');
  const plan = planDigest(outcome.run, {
    existingSheets: grids.map((grid) => ({ name: grid.name, grid })),
    generatedAt: new Date(),
  });
  mark('planDigest');
  digestWorkbookBytes(pkg, plan);
  mark('write the package (digest sheet added)');
  const floor = new Workbook();
  await floor.xlsx.load(bytes as unknown as ArrayBuffer);
  mark('floor: ExcelJS load');
  await floor.xlsx.writeBuffer();
  mark('floor: ExcelJS writeBuffer');
  console.log(JSON.stringify(phases));
}

void main(process.argv[2]!);
