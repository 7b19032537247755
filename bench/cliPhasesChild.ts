/**
 * Where the CLI's time goes at one size, in a fresh process as the CLI runs (cold): the steps of `perf-digest --out`
 * in order, then ExcelJS reading and writing the same input again (the floor's two steps), each timed.
 * `node --import tsx bench/rssProbe.cjs bench/cliPhasesChild.ts <input.xlsx>`; prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { DEFAULT_SETTINGS, planDigest, runDigest } from '../src/engine';
import { workbookGrids } from '../src/xlsx/readWorkbook';
import { writeDigestPlan } from '../src/xlsx/writeDigest';

async function main(input: string): Promise<void> {
  const phases: Record<string, number> = {};
  let last = performance.now();
  const mark = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - last);
    last = now;
  };
  const bytes = await readFile(input);
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  mark('ExcelJS load');
  const grids = workbookGrids(workbook);
  mark('grids');
  const outcome = runDigest(grids, DEFAULT_SETTINGS);
  if (!outcome.ok) throw new Error(outcome.error.message);
  mark('runDigest');
  const plan = planDigest(outcome.run, {
    existingSheets: grids.map((grid) => ({ name: grid.name, grid })),
    generatedAt: new Date(),
  });
  mark('planDigest');
  writeDigestPlan(workbook, plan);
  mark('write plan to ExcelJS');
  await workbook.xlsx.writeBuffer();
  mark('ExcelJS writeBuffer (source + digest)');
  const again = new Workbook();
  await again.xlsx.load(bytes as unknown as ArrayBuffer);
  mark('floor: ExcelJS load (warm)');
  await again.xlsx.writeBuffer();
  mark('floor: ExcelJS writeBuffer (source only)');
  console.log(JSON.stringify(phases));
}

void main(process.argv[2]!);
