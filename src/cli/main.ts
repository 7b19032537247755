/** The `perf-digest` entry point (bin/perf-digest.js requires the built file, scripts/buildCli.ts). */
import { runCli } from './cli';

// The package's own version, put into the built file by the bundler.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

// A reader that stops early (`perf-digest in.xlsx --json | head`) closes the pipe: the rest is not wanted, which is
// no error to report.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  drained: () =>
    process.stdout.writableNeedDrain
      ? new Promise((resolve) => process.stdout.once('drain', resolve))
      : Promise.resolve(),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  version,
}).then((code) => {
  process.exitCode = code;
});
