/**
 * The built CLI (dist/, as `npm ci` leaves it) for tests that spawn it as a user would. Built once by whichever test
 * needs it first, only when a source file is newer than the build, as `npm run build:cli` builds it.
 */
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { BUILT_CLI, buildCli } from '../../scripts/buildCli';

const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'bin', 'perf-digest.js');
const SOURCES = ['src/engine', 'src/cli', 'src/xlsx'].map((d) => join(ROOT, d));

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestSource(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

export function ensureBuiltCli(): void {
  const fresh =
    existsSync(BUILT_CLI) && statSync(BUILT_CLI).mtimeMs >= Math.max(...SOURCES.map(newestSource));
  if (!fresh) buildCli();
}
