/** The CLI as a function (in-process tests inject the streams and the clock); `main.ts` runs it for real. */
import { basename } from 'path';
import {
  compileDigest,
  hasIndicatorTable,
  isoDateOf,
  planDigest,
  runDigest,
  sourceLine,
  contractJsonText,
  type DigestPlan,
  type DigestRun,
  type SheetGrid,
  type WorkbookSource,
} from '../engine';
import { WorkbookInputError } from '../xlsx/read/inputError';
import type { ReadWorkbook } from '../xlsx/read/readWorkbook';
import { readWorkbookFile } from '../xlsx/readWorkbookFile';
import { parseArgs, type CliOptions } from './args';
import { errorLine, UsageError } from './errors';
import { inputFiles } from './inputFiles';
import { checkOutPath, writeDigestWorkbook } from './outputFile';
import { planLines, renderRun } from './reportLines';

export interface CliIo {
  stdout: (text: string) => void;
  /** Resolves once what was written to stdout has gone (a pipe's reader can be slower than us); absent in tests. */
  drained?: () => Promise<void>;
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
  for (const warning of options.warnings) io.stderr(`perf-digest: warning: ${warning}\n`);
  const files = await inputFiles(options.inputs);
  if (options.out !== null) for (const file of files) await checkOutPath(options.out, file);
  if (files.length === 1) await oneWorkbook(files[0]!, options, io);
  else await severalWorkbooks(files, options, io);
}

/** One input: its best table (or --sheet), and with --out the input's sheets plus the digest. */
async function oneWorkbook(input: string, options: CliOptions, io: CliIo): Promise<void> {
  const { pkg, grids } = await readWorkbookFile(input);
  const outcome = runDigest(grids, options.settings, isoDateOf(io.now()));
  if (!outcome.ok) throw new UsageError(outcome.error.message);
  const { run } = outcome;
  // stdout stays pure JSON with --json: what was chosen goes to stderr.
  if (options.settings.sheet === undefined && run.sources.length === 1)
    io.stderr(`Read the indicator table at ${run.digest.source}; choose another sheet with --sheet NAME.\n`);
  else if (run.sources.length > 1) io.stderr(sourcesRead(run));
  io.stderr(planLines(run));
  await show(run, options, io);
  if (options.out !== null) {
    const digest = plan(run, grids, io.now());
    await writeDigestWorkbook({ pkg, file: input }, digest, options.out);
    reportOf(options, io)(`Wrote ${options.out}: the input's sheets plus ${sheetsNamed(run, digest)}.\n`);
  }
}

/**
 * Several inputs, compiled into one digest (docs/rules.md "Compiling"). A workbook that cannot be read is left out
 * with a data issue, and the rest are digested; when none can be read, the first one's problem stops the run.
 */
async function severalWorkbooks(files: string[], options: CliOptions, io: CliIo): Promise<void> {
  const workbooks: WorkbookSource[] = [];
  for (const path of files) workbooks.push(await readSource(path));
  const unreadable = workbooks.flatMap((w) => ('problem' in w ? [w] : []));
  if (unreadable.length === workbooks.length) throw new UsageError(unreadable[0]!.problem);
  const outcome = compileDigest(workbooks, options.settings, isoDateOf(io.now()));
  if (!outcome.ok) throw new UsageError(outcome.error.message);
  const { run } = outcome;
  for (const w of unreadable) io.stderr(`Left out ${w.file}: ${w.problem}\n`);
  io.stderr(sourcesRead(run));
  io.stderr(planLines(run));
  await show(run, options, io);
  if (options.out !== null) {
    // Into the earlier output where there is one (its digest for this period keeps its commentary), else a new workbook.
    const earlier = await earlierOutput(options.out);
    const digest = plan(run, earlier?.grids ?? [], io.now());
    await writeDigestWorkbook(earlier && { pkg: earlier.pkg, file: options.out }, digest, options.out);
    reportOf(
      options,
      io,
    )(`Wrote ${options.out}: ${sheetsNamed(run, digest)}, from ${run.sources.length} sources.\n`);
  }
}

/** A workbook's sheets, or why it cannot be read (named by its file name, as the digest's addresses name it). */
async function readSource(path: string): Promise<WorkbookSource> {
  const file = basename(path);
  try {
    return { file, sheets: (await readWorkbookFile(path)).grids };
  } catch (err) {
    if (err instanceof WorkbookInputError) return { file, problem: err.message };
    throw err;
  }
}

/** The --out file from an earlier run, if there is one; null when there is none, so the digest gets a new workbook. */
async function earlierOutput(out: string): Promise<ReadWorkbook | null> {
  try {
    return await readWorkbookFile(out);
  } catch (err) {
    if (err instanceof WorkbookInputError && err.kind === 'missing-file') return null;
    throw err;
  }
}

/** The summary of what was read: each source and its table. */
function sourcesRead(run: DigestRun): string {
  if (run.sources.length === 1) return `Read the indicator table at ${run.digest.source}.\n`;
  return `Read ${run.sources.length} sources:\n${run.sources.map((s) => `  ${sourceLine(s)}\n`).join('')}`;
}

/** The terminal digest is what a run without --out or --json is for; with --out the workbook is the digest. */
async function show(run: DigestRun, options: CliOptions, io: CliIo): Promise<void> {
  if (options.json) {
    // In pieces, each let go before the next is made: the JSON of a very large table is never held whole.
    for (const piece of contractJsonText(run)) {
      io.stdout(piece);
      await io.drained?.();
    }
    io.stdout('\n');
  } else if (options.out === null) io.stdout(renderRun(run));
}

/** Where to say what was written: stderr with --json, so stdout stays one JSON object. */
const reportOf = (options: CliOptions, io: CliIo) => (options.json ? io.stderr : io.stdout);

/**
 * Every sheet a plan writes, the first named for what it is: `the digest "Digest Q4 2006-07" with "Charts Q4 2006-07"
 * and "Actions Q4 2006-07"`; a workbook holding only an action plan gets its tracker.
 */
function sheetsNamed(run: DigestRun, plan: DigestPlan): string {
  const [first, ...others] = plan.sheets.map((s) => `"${s.name}"`);
  const what = hasIndicatorTable(run) ? 'the digest' : 'the action tracker';
  if (others.length === 0) return `${what} ${first}`;
  const last = others.pop()!;
  return `${what} ${first} with ${others.length ? `${others.join(', ')} and ` : ''}${last}`;
}

function plan(run: DigestRun, grids: SheetGrid[], generatedAt: Date) {
  return planDigest(run, { existingSheets: grids.map((grid) => ({ name: grid.name, grid })), generatedAt });
}
