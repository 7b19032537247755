/** The CLI as a function (in-process tests inject the streams and the clock); `main.ts` runs it for real. */
import { planDigest, runDigest, toContractJson, type DigestRun, type SheetGrid } from '../engine';
import { readWorkbookFile } from '../xlsx/readWorkbookFile';
import { parseArgs, type CliOptions } from './args';
import { errorLine, UsageError } from './errors';
import { checkOutPath, writeDigestWorkbook } from './outputFile';
import { renderDigest } from './render';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** When the digest says it was generated. */
  now: () => Date;
  version: string;
}

/** Returns the exit code: 0, or 1 with one line on stderr. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv, io.version);
    if (parsed.kind === 'shown') {
      io.stdout(parsed.text);
      return 0;
    }
    await digestCommand(parsed.options, io);
    return 0;
  } catch (err) {
    io.stderr(`${errorLine(err)}\n`);
    return 1;
  }
}

async function digestCommand(options: CliOptions, io: CliIo): Promise<void> {
  if (options.out !== null) await checkOutPath(options.out, options.input);
  const { pkg, grids } = await readWorkbookFile(options.input);
  const outcome = runDigest(grids, options.settings);
  if (!outcome.ok) throw new UsageError(outcome.error.message);
  const { run } = outcome;
  // stdout stays pure JSON with --json: what was chosen goes to stderr.
  if (options.settings.sheet === undefined)
    io.stderr(`Read the indicator table at ${run.digest.source}; choose another sheet with --sheet NAME.\n`);
  const report = options.json ? io.stderr : io.stdout;
  // The terminal digest is what a run without --out or --json is for; with --out the workbook is the digest.
  if (options.json) io.stdout(`${JSON.stringify(toContractJson(run), null, 2)}\n`);
  else if (options.out === null) io.stdout(renderDigest(run.digest));
  if (options.out !== null) {
    const digest = plan(run, grids, io.now());
    await writeDigestWorkbook(pkg, digest, options.input, options.out);
    report(`Wrote ${options.out}: the input's sheets plus the digest sheet "${digest.sheets[0]!.name}".\n`);
  }
}

function plan(run: DigestRun, grids: SheetGrid[], generatedAt: Date) {
  return planDigest(run, { existingSheets: grids.map((grid) => ({ name: grid.name, grid })), generatedAt });
}
