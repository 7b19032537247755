/**
 * The CLI end to end (spawned, as a user runs it: `perf-digest in.xlsx --out out.xlsx`) against its I/O floor,
 * ExcelJS merely reading and writing the same workbook (floor.cjs), alternating on the same generated file in the
 * same run. Needs the built CLI (`npm run build:cli`).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manyRowsXlsx } from '../test/hostile/hostileWorkbooks';
import { writeIndicatorXlsx } from './indicatorSheet';
import { median, round, runChild, type ChildRun } from './stats';

export interface CliFigures {
  indicators: number;
  periods: number;
  inputBytes: number;
  runs: number;
  cliMs: number;
  floorMs: number;
  /** CLI median over floor median. */
  ratio: number;
  /** Every timed run, in order, so the spread shows. */
  cliRunsMs: number[];
  floorRunsMs: number[];
  /** Best run over best run: noise on a shared machine only ever adds time. */
  bestRatio: number;
  cliPeakRssMB: number;
  floorPeakRssMB: number;
  /** Where the CLI's time goes, cold, in one process (cliPhasesChild.ts), ms. */
  phasesMs: Record<string, number>;
}

const CLI = join(__dirname, '..', 'bin', 'perf-digest.js');

function checked(run: ChildRun, what: string): ChildRun {
  if (run.code !== 0) throw new Error(`${what} exited with ${run.code}:\n${run.stderr}`);
  return run;
}

async function phases(input: string): Promise<Record<string, number>> {
  const run = checked(
    await runChild(join(__dirname, 'cliPhasesChild.ts'), [input], { nodeArgs: ['--import', 'tsx'] }),
    'phases',
  );
  return JSON.parse(run.stdout) as Record<string, number>;
}

export async function benchCli(indicators: number, runs: number): Promise<CliFigures> {
  if (!existsSync(join(__dirname, '..', 'dist', 'cli', 'main.js')))
    throw new Error('the CLI is not built: run `npm run build:cli` first');
  const dir = mkdtempSync(join(tmpdir(), 'perf-digest-bench-'));
  try {
    const input = join(dir, 'indicators.xlsx');
    await writeIndicatorXlsx(indicators, input);
    const cli: ChildRun[] = [];
    const floor: ChildRun[] = [];
    // One warm-up each (file cache, lazy disk), then alternate so drift in the machine hits both alike.
    checked(await runChild(CLI, [input, '--out', join(dir, 'warm-cli.xlsx')]), 'perf-digest');
    checked(await runChild(join(__dirname, 'floor.cjs'), [input, join(dir, 'warm-floor.xlsx')]), 'floor');
    for (let i = 0; i < runs; i++) {
      cli.push(checked(await runChild(CLI, [input, '--out', join(dir, `cli-${i}.xlsx`)]), 'perf-digest'));
      floor.push(
        checked(await runChild(join(__dirname, 'floor.cjs'), [input, join(dir, `floor-${i}.xlsx`)]), 'floor'),
      );
    }
    const cliMs = median(cli.map((r) => r.ms));
    const floorMs = median(floor.map((r) => r.ms));
    return {
      indicators,
      periods: 8,
      inputBytes: statSync(input).size,
      runs,
      cliMs: round(cliMs, 0),
      floorMs: round(floorMs, 0),
      ratio: round(cliMs / floorMs, 2),
      bestRatio: round(Math.min(...cli.map((r) => r.ms)) / Math.min(...floor.map((r) => r.ms)), 2),
      cliRunsMs: cli.map((r) => round(r.ms, 0)),
      floorRunsMs: floor.map((r) => round(r.ms, 0)),
      cliPeakRssMB: median(cli.map((r) => r.maxRssMB)),
      floorPeakRssMB: median(floor.map((r) => r.maxRssMB)),
      phasesMs: await phases(input),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface LargeSheetFigures {
  rows: number;
  /** 0 for a digest, 1 for a refusal. */
  exitCode: number | null;
  ms: number;
  peakRssMB: number;
}

/**
 * The hostile-input sheets (test/hostile): N rows of a 3-column table, `--json`, one run each, with the 512 MB heap
 * the hostile test gives them (without a cap V8 lets the heap grow far past what the run needs).
 */
export async function benchLargeSheets(sizes: number[]): Promise<LargeSheetFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'perf-digest-bench-'));
  try {
    const figures: LargeSheetFigures[] = [];
    for (const rows of sizes) {
      const input = join(dir, `rows-${rows}.xlsx`);
      await manyRowsXlsx(input, rows);
      const run = await runChild(CLI, [input, '--json'], {
        nodeArgs: ['--max-old-space-size=512'],
        timeoutMs: 300_000,
      });
      figures.push({ rows, exitCode: run.code, ms: round(run.ms, 0), peakRssMB: run.maxRssMB });
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
