/**
 * Builds the CLI (`npm run build:cli`, run by `npm ci` through "prepare") into one file, dist/cli/main.js, which
 * bin/perf-digest.js runs. Our code and the packages every run uses are bundled: Node then loads one file, not some
 * 150 modules and four packages' worth of others, and the code cache below covers all of it. Type checking is
 * `npm run typecheck`'s job; esbuild only strips the types.
 *
 * The installed build then runs the CLI once on the sample workbook, which leaves V8's code cache for the bundle
 * beside it (bin/perf-digest.js): every later start skips compiling the functions that run used.
 */
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..');
export const BUILT_CLI = join(ROOT, 'dist', 'cli', 'main.js');

export function buildCli(outfile = BUILT_CLI): void {
  rmSync(`${outfile}.cache`, { force: true });
  buildSync({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // The packages' ES module builds, where they have one: esbuild leaves out what the CLI does not use of them.
    mainFields: ['module', 'main'],
    // The glob package, loaded only when a glob is given (`await import('tinyglobby')`), stays in node_modules: its
    // ES module build finds its own files through import.meta, which a bundle does not have. It is required as
    // installed (NODE_PATH included).
    external: ['tinyglobby'],
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
  if (outfile === BUILT_CLI) writeCodeCache();
}

/** One run of the built CLI, as a user's: the digest of the sample, written beside the bundle and thrown away. */
function writeCodeCache(): void {
  const digest = join(dirname(BUILT_CLI), 'code-cache-run.xlsx');
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin', 'perf-digest.js'),
      join(ROOT, 'assets', 'sample-quarterly-digest.xlsx'),
      '--out',
      digest,
    ],
    { env: { ...process.env, PERF_DIGEST_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' },
  );
  rmSync(digest, { force: true });
  // The CLI works without the cache, only slower to start: the build goes on, saying why.
  if (run.status !== 0)
    console.warn(`No code cache for the CLI: its run on the sample failed.\n${run.stderr ?? run.error}`);
}

if (require.main === module) buildCli(process.argv[2]);
