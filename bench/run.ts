/**
 * `npm run bench`: the one benchmark (issue 6). Engine at 1k / 10k / 100k indicators × 8 quarters; the CLI against
 * its ExcelJS floor at 10k; the CLI on the hostile 100k- and 280k-row sheets; the add-in's refresh and restore on the
 * fake host (bench/adapter.ts); the task pane bundle; the officer's quarter in the pane, timed (bench/walkthrough.ts).
 * Writes bench/results.json and bench/results.md. Needs the built CLI (`npm run build:cli`; `npm ci` builds it).
 * BENCH_QUICK=1 runs fewer repetitions, for a quick look.
 */
import { benchAdapter } from './adapter';
import { benchBundle } from './bundle';
import { benchCli, benchLargeSheets } from './cli';
import { benchCompile } from './compile';
import { benchEngine } from './engine';
import { benchWalkthrough } from './walkthrough';
import { goalsOf, machine, writeResults, type BenchResults } from './report';

const quick = process.env.BENCH_QUICK === '1';

async function orSkip<T>(what: string, measure: () => Promise<T>): Promise<T | { skipped: string }> {
  try {
    return await measure();
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    console.error(`${what} skipped: ${why}`);
    return { skipped: why };
  }
}

async function main(): Promise<void> {
  const started = machine();
  console.error('engine…');
  const engine = await benchEngine(
    quick
      ? [
          [1_000, 3],
          [10_000, 3],
          [100_000, 1],
        ]
      : [
          [1_000, 7],
          [10_000, 5],
          [100_000, 3],
        ],
  );
  console.error('CLI and its floor…');
  const cli = await orSkip('CLI', () => benchCli(10_000, quick ? 1 : 5));
  console.error('large sheets…');
  const largeSheets = await orSkip('large sheets', () => benchLargeSheets([100_000, 280_000]));
  console.error('adapter…');
  const adapter = await orSkip('adapter', async () => (await benchAdapter()).adapter);
  console.error('task pane bundle…');
  const bundle = await orSkip('bundle', benchBundle);
  console.error('compiling 1 and 100 workbooks…');
  const compile = await orSkip('compile', () => benchCompile(quick));
  console.error('the officer’s quarter in the pane…');
  const walkthrough = await orSkip('walk-through', () => benchWalkthrough(quick ? 1 : 5));
  const measured = { engine, cli, largeSheets, compile, adapter, bundle, walkthrough };
  const results: BenchResults = {
    when: new Date().toISOString(),
    machine: started,
    ...measured,
    goals: goalsOf(measured),
  };
  writeResults(__dirname, results);
  console.log(
    results.goals
      .map((g) => `${g.met ? 'met   ' : 'MISSED'} ${g.goal}: ${g.measured}${g.by ? ` (${g.by})` : ''}`)
      .join('\n'),
  );
  console.log('Wrote bench/results.md and bench/results.json.');
}

void main();
