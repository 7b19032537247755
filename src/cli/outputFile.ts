/** The --out workbook: a new file, never the input, written whole or not at all. */
import { promises as fs } from 'fs';
import { extname, resolve } from 'path';
import type { DigestPlan } from '../engine';
import type { WorkbookPackage } from '../xlsx/read/workbookPackage';
import { digestWorkbookBytes, OutputFileError, writeFileWhole } from '../xlsx/writeWorkbookFile';
import { UsageError } from './errors';

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

export async function checkOutPath(out: string, input: string): Promise<void> {
  if (extname(out).toLowerCase() !== '.xlsx')
    throw new UsageError(`--out "${out}" must name an .xlsx file, e.g. out/digest.xlsx.`);
  if (await sameFile(out, input))
    throw new UsageError(
      `--out "${out}" is the input workbook: perf-digest never changes its input. Choose another file name.`,
    );
}

/**
 * Writes the input package plus the digest to `out`. A file-system failure is put down to the folder; anything else
 * happened while adding the digest to the copy, and says so.
 */
export async function writeDigestWorkbook(
  pkg: WorkbookPackage,
  plan: DigestPlan,
  input: string,
  out: string,
): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = digestWorkbookBytes(pkg, plan);
  } catch (err) {
    const why = String(err instanceof Error ? err.message : err).split('\n')[0];
    throw new UsageError(
      `cannot write ${out}: the digest could not be added to a copy of ${input} (${why}), so nothing was written. Please report it with the workbook if you can share it.`,
    );
  }
  try {
    await writeFileWhole(out, bytes);
  } catch (err) {
    if (!(err instanceof OutputFileError)) throw err;
    throw new UsageError(
      `cannot write ${out} (${err.code}): check the folder exists and is writable, and close the file if it is open.`,
    );
  }
}
