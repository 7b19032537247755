/**
 * One engine size, measured alone in its own process (bench/engine.ts starts it): N indicators × 8 quarters through
 * runDigest and planDigest, once to warm up, then `runs` times. Prints one JSON line.
 * `node --import tsx bench/rssProbe.cjs bench/engineChild.ts <indicators> <runs>`.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { DEFAULT_SETTINGS, planDigest, runDigest, type DigestPlan } from '../src/engine';
import { indicatorGrid } from './indicatorSheet';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function once(grid: ReturnType<typeof indicatorGrid>): { runMs: number; planMs: number; plan: DigestPlan } {
  const t0 = performance.now();
  const outcome = runDigest([grid], DEFAULT_SETTINGS);
  const t1 = performance.now();
  if (!outcome.ok) throw new Error(outcome.error.message);
  const plan = planDigest(outcome.run, { existingSheets: [], generatedAt: new Date(Date.UTC(2007, 0, 15)) });
  return { runMs: t1 - t0, planMs: performance.now() - t1, plan };
}

const indicators = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
const grid = indicatorGrid(indicators);
gc();
const baseHeap = process.memoryUsage().heapUsed;
const warm = once(grid);
const timings: { runMs: number; planMs: number }[] = [];
let last: DigestPlan = warm.plan;
for (let i = 0; i < runs; i++) {
  gc();
  const { runMs, planMs, plan } = once(grid);
  timings.push({ runMs, planMs });
  last = plan;
}
gc();
// What one digest keeps alive beyond its input: the plan (the run is garbage once planned).
const retainedHeap = process.memoryUsage().heapUsed - baseHeap;
const planRows = last.sheets[0]?.blocks[0]?.values.length ?? 0;
console.log(JSON.stringify({ indicators, runs: timings, planRows, retainedHeap }));
