/**
 * Compiling N workbooks of 50 indicators × 8 quarters into one digest (issue 10), measured alone in its own process
 * (bench/compile.ts starts it): the CLI's steps from each file's bytes to the new workbook's bytes, each timed, once to
 * warm up, then `runs` times. Each service's refs are its own, so every indicator is read, checked for duplicates
 * and rated. Prints one JSON line. `node --import tsx bench/rssProbe.cjs bench/compileChild.ts <workbooks> <runs>`.
 */
import { Workbook } from 'exceljs';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { DEFAULT_SETTINGS, planDigest, type WorkbookInput } from '../src/engine';
import { chooseSources, isFailure } from '../src/engine/compile/chooseSources';
import { compileSources } from '../src/engine/compile/compileSources';
import { compileDigest } from '../src/engine/digest/runDigest';
import { readWorkbookBytes } from '../src/xlsx/read/readWorkbook';
import { NODE_READ } from '../src/xlsx/readWorkbookFile';
import { newDigestWorkbookBytes } from '../src/xlsx/writeWorkbookFile';
import { INDICATORS_PER_WORKBOOK } from './compile';
import { indicatorRows } from './indicatorSheet';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Service `w`'s workbook: the benchmark's table with refs of its own (`S7 CYP 12`). */
async function serviceBytes(w: number): Promise<Uint8Array> {
  const { values, formats } = indicatorRows(INDICATORS_PER_WORKBOOK);
  const wb = new Workbook();
  const ws = wb.addWorksheet('PIs');
  values.forEach((row, r) => {
    const added = ws.addRow(
      r > 2 ? [`S${w} ${String(row[0])}`, `Service ${w}: ${String(row[1])}`, ...row.slice(2)] : row,
    );
    formats[r]?.forEach((f, c) => {
      if (f !== 'General') added.getCell(c + 1).numFmt = f;
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The CLI's steps in order; the engine's two first steps are also timed alone (`of which`), not added in. */
export interface CompilePhases {
  readMs: number;
  engineMs: number;
  planMs: number;
  writeMs: number;
  /** Of the engine: choosing the sources and reading their tables; compiling them (addresses, outcomes, duplicates). */
  ofWhich: { chooseMs: number; compileMs: number };
}

function once(files: { file: string; bytes: Uint8Array }[]): CompilePhases {
  const t0 = performance.now();
  const workbooks: WorkbookInput[] = files.map(({ file, bytes }) => ({
    file,
    sheets: readWorkbookBytes(bytes, file, NODE_READ).grids,
  }));
  const t1 = performance.now();
  const outcome = compileDigest(workbooks, DEFAULT_SETTINGS);
  const t2 = performance.now();
  if (!outcome.ok) throw new Error(outcome.error.message);
  const plan = planDigest(outcome.run, { existingSheets: [], generatedAt: new Date(Date.UTC(2007, 0, 15)) });
  const t3 = performance.now();
  newDigestWorkbookBytes(plan);
  const t4 = performance.now();
  // The engine's first two steps again, alone, to say where its time goes.
  const choice = chooseSources(workbooks, []);
  const t5 = performance.now();
  if (isFailure(choice)) throw new Error(choice.message);
  compileSources(choice);
  const t6 = performance.now();
  return {
    readMs: t1 - t0,
    engineMs: t2 - t1,
    planMs: t3 - t2,
    writeMs: t4 - t3,
    ofWhich: { chooseMs: t5 - t4, compileMs: t6 - t5 },
  };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 3);
  const files = await Promise.all(
    Array.from({ length: count }, async (_, w) => ({
      file: `service ${w + 1}.xlsx`,
      bytes: await serviceBytes(w + 1),
    })),
  );
  once(files);
  const timings: CompilePhases[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    timings.push(once(files));
  }
  console.log(JSON.stringify({ workbooks: count, runs: timings }));
}

void main();
