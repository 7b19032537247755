/** The task pane's JavaScript in a production build, gzipped (the same build and measure as `npm run check:bundle`). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPane } from '../scripts/buildPane';
import { laterChunksGzipBytes, paneGzipBytes } from '../scripts/checkBundle';
import { round } from './stats';

export interface BundleFigures {
  taskpaneGzipKB: number;
  taskpaneRawKB: number;
  /** Chunks the pane loads only when first needed (the carry-over dialog). */
  laterChunksGzipKB: number;
  commandsGzipKB: number;
  buildMs: number;
}

export async function benchBundle(): Promise<BundleFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'perf-digest-bench-build-'));
  try {
    const started = performance.now();
    await buildPane(dir);
    const buildMs = performance.now() - started;
    const kb = (bytes: number) => round(bytes / 1024);
    return {
      taskpaneGzipKB: kb(paneGzipBytes(dir)),
      taskpaneRawKB: kb(readFileSync(join(dir, 'taskpane.js')).length),
      laterChunksGzipKB: kb(laterChunksGzipBytes(dir)),
      commandsGzipKB: kb(gzipSync(readFileSync(join(dir, 'commands.js')), { level: 9 }).length),
      buildMs: round(buildMs, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
