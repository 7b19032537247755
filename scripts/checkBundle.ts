/**
 * The task pane's JavaScript budget: at most 160 KB gzipped in the production build (issue 5), for the script the pane
 * loads on opening. Chunks loaded later, when first needed (the engine's reading and digesting while the workbook is
 * read, adding workbooks, Generate and Restore, Use selection, the carry-over dialog), are reported beside it. The
 * engine is marked free of side effects (webpack.config.js), so a module of it used only by such a chunk goes into
 * that chunk, even though the engine's index (in the pane's script) re-exports it.
 * `npm run check:bundle` builds and fails above it; the browser tests check the build they run against the same way.
 * To see what to trim: `npx webpack --mode production --json=stats.json && npx webpack-bundle-analyzer stats.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPane } from './buildPane';

export const BUDGET_BYTES = 160 * 1024;

/** The gzipped size (level 9, as bundle analysers report it) of the task pane's script in a build folder. */
export function paneGzipBytes(buildDir: string): number {
  return gzipSync(readFileSync(join(buildDir, 'taskpane.js')), { level: 9 }).length;
}

/** The gzipped size of the chunks loaded only when first needed (`chunk-*.js`). */
export function laterChunksGzipBytes(buildDir: string): number {
  return readdirSync(buildDir)
    .filter((f) => /^chunk-.*\.js$/.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(buildDir, f)), { level: 9 }).length, 0);
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'perf-digest-bundle-check');
  await buildPane(dir);
  const bytes = paneGzipBytes(dir);
  const verdict = bytes <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`taskpane.js: ${kb(bytes)} gzipped, ${verdict} the ${kb(BUDGET_BYTES)} budget`);
  console.log(`loaded when first needed: ${kb(laterChunksGzipBytes(dir))} gzipped`);
  if (bytes > BUDGET_BYTES) process.exitCode = 1;
}

if (require.main === module) void main();
