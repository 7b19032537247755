/** The engine at 1k / 10k / 100k indicators × 8 quarters, each size in its own process (engineChild.ts). */
import { median, mb, round, runChild } from './stats';

export interface EngineFigures {
  indicators: number;
  periods: number;
  runs: number;
  /** Medians of the runs after one warm-up. */
  runDigestMs: number;
  planDigestMs: number;
  totalMs: number;
  /** The fastest run: on a shared machine noise only adds, so this is the engine's own cost. */
  bestTotalMs: number;
  /** Heap still held by one digest's plan, and the measuring process's peak RSS (input grid included). */
  retainedHeapMB: number;
  peakRssMB: number;
  digestRows: number;
}

interface ChildOutput {
  runs: { runMs: number; planMs: number }[];
  planRows: number;
  retainedHeap: number;
}

export async function benchEngine(sizes: [number, number][]): Promise<EngineFigures[]> {
  const figures: EngineFigures[] = [];
  for (const [indicators, runs] of sizes) {
    const child = await runChild(`${__dirname}/engineChild.ts`, [String(indicators), String(runs)], {
      nodeArgs: ['--import', 'tsx'],
    });
    if (child.code !== 0) throw new Error(`engine bench at ${indicators} failed:\n${child.stderr}`);
    const out = JSON.parse(child.stdout) as ChildOutput;
    const totals = out.runs.map((r) => r.runMs + r.planMs);
    figures.push({
      indicators,
      periods: 8,
      runs,
      runDigestMs: round(median(out.runs.map((r) => r.runMs))),
      planDigestMs: round(median(out.runs.map((r) => r.planMs))),
      totalMs: round(median(totals)),
      bestTotalMs: round(Math.min(...totals)),
      retainedHeapMB: mb(out.retainedHeap),
      peakRssMB: child.maxRssMB,
      digestRows: out.planRows,
    });
  }
  return figures;
}
