/** The --out workbook: a new file, never the input, written whole or not at all. */
import { promises as fs } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import type { Workbook } from 'exceljs';
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

/** Writes beside the target, then renames: a failed write leaves no half-written workbook. */
export async function writeWorkbookFile(workbook: Workbook, out: string): Promise<void> {
  const folder = dirname(resolve(out));
  const partial = join(folder, `.${basename(out)}.${process.pid}.partial`);
  try {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(partial, Buffer.from(await workbook.xlsx.writeBuffer()));
    await fs.rename(partial, out);
  } catch (err) {
    await fs.rm(partial, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot write ${out}${code ? ` (${code})` : ''}: check the folder exists and is writable, and close the file if it is open.`,
    );
  }
}
