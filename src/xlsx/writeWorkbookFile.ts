/**
 * The CLI's write: the input package with our digest sheets added (write/), to a new file written whole or not at
 * all. Only a failure of the file system is put down to the folder.
 */
import { promises as fs } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import type { DigestPlan } from '../engine';
import type { WorkbookPackage } from './read/workbookPackage';
import { addDigestSheets } from './write/addDigestSheets';
import { newWorkbookPackage } from './write/newPackage';
import { PackageEditor } from './write/packageEditor';

export class OutputFileError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot write ${path} (${code})`);
    this.name = 'OutputFileError';
  }
}

/** The output workbook's bytes: the input's parts, untouched, plus the planned sheets. */
export function digestWorkbookBytes(pkg: WorkbookPackage, plan: DigestPlan): Uint8Array {
  const editor = new PackageEditor(pkg.entries);
  addDigestSheets(editor, plan);
  return editor.toZip();
}

/** A new workbook holding the planned sheets alone (a digest compiled from several workbooks). */
export function newDigestWorkbookBytes(plan: DigestPlan): Uint8Array {
  const editor = newWorkbookPackage();
  addDigestSheets(editor, plan);
  return editor.toZip();
}

/** Writes beside the target, then renames: a failed write leaves no half-written workbook. */
export async function writeFileWhole(out: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(resolve(out));
  const partial = join(folder, `.${basename(out)}.${process.pid}.partial`);
  try {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(partial, bytes);
    await fs.rename(partial, out);
  } catch (err) {
    // Where the folder cannot be made, there is no partial file to remove either.
    await fs.rm(partial, { force: true }).catch(() => undefined);
    throw new OutputFileError(out, (err as NodeJS.ErrnoException).code ?? 'EIO');
  }
}
