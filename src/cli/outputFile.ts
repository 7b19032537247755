/** The --out workbook: a new file, never the input, written whole or not at all. */
import { promises as fs } from 'fs';
import { extname, resolve } from 'path';
import type { DigestPlan } from '../engine';
import type { WorkbookPackage } from '../xlsx/read/workbookPackage';
import {
  digestWorkbookBytes,
  newDigestWorkbookBytes,
  OutputFileError,
  writeFileWhole,
} from '../xlsx/writeWorkbookFile';
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
 * Writes a package plus the digest to `out`: the input's (or an earlier output's), or with `base` null a new workbook
 * holding the digest alone. A file-system failure is put down to the folder; anything else happened while adding the
 * digest, and says so.
 */
export async function writeDigestWorkbook(
  base: { pkg: WorkbookPackage; file: string } | null,
  plan: DigestPlan,
  out: string,
): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = base ? digestWorkbookBytes(base.pkg, plan) : newDigestWorkbookBytes(plan);
  } catch (err) {
    const why = String(err instanceof Error ? err.message : err).split('\n')[0];
    const into = base ? `added to a copy of ${base.file}` : 'written into a new workbook';
    throw new UsageError(
      `cannot write ${out}: the digest could not be ${into} (${why}), so nothing was written. Please report it with the workbook if you can share it.`,
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
