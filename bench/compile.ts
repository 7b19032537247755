/**
 * Compiling many workbooks (issue 10): 1 and 100 workbooks of 50 indicators × 8 quarters, in the same run, each in its
 * own process (compileChild.ts). The goal: cost linear in the sources, 100 workbooks ≤ 1.2 × 100 × one workbook.
 */
import type { CompilePhases } from './compileChild';
import { median, round, runChild } from './stats';

export const INDICATORS_PER_WORKBOOK = 50;

export interface CompileFigures {
  workbooks: number;
  indicatorsPerWorkbook: number;
  runs: number;
  /** Medians of the runs after one warm-up, by step. */
  phasesMs: CompilePhases;
  totalMs: number;
  peakRssMB: number;
}

export interface CompileBench {
  sizes: CompileFigures[];
  /** 100 workbooks' total ÷ (100 × one workbook's total). */
  linearity: number;
}

async function measure(workbooks: number, runs: number): Promise<CompileFigures> {
  const child = await runChild(`${__dirname}/compileChild.ts`, [String(workbooks), String(runs)], {
    nodeArgs: ['--import', 'tsx'],
  });
  if (child.code !== 0) throw new Error(`compile bench at ${workbooks} workbooks failed:\n${child.stderr}`);
  const out = JSON.parse(child.stdout) as { runs: CompilePhases[] };
  const med = (f: (r: CompilePhases) => number) => round(median(out.runs.map(f)), 2);
  const phasesMs: CompilePhases = {
    readMs: med((r) => r.readMs),
    engineMs: med((r) => r.engineMs),
    planMs: med((r) => r.planMs),
    writeMs: med((r) => r.writeMs),
    ofWhich: { chooseMs: med((r) => r.ofWhich.chooseMs), compileMs: med((r) => r.ofWhich.compileMs) },
  };
  const totals = out.runs.map((r) => r.readMs + r.engineMs + r.planMs + r.writeMs);
  return {
    workbooks,
    indicatorsPerWorkbook: INDICATORS_PER_WORKBOOK,
    runs,
    phasesMs,
    totalMs: round(median(totals), 2),
    peakRssMB: child.maxRssMB,
  };
}

export async function benchCompile(quick: boolean): Promise<CompileBench> {
  const one = await measure(1, quick ? 30 : 200);
  const hundred = await measure(100, quick ? 3 : 7);
  return { sizes: [one, hundred], linearity: round(hundred.totalMs / (100 * one.totalMs), 2) };
}
