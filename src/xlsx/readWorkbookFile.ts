/**
 * The CLI's read: a workbook file's bytes from disk, then the package reader (read/readWorkbook.ts) unpacking with
 * Node's native zlib.
 */
import { promises as fs } from 'fs';
import { WorkbookInputError } from './read/inputError';
import { nodeInflateRaw } from './nodeInflate';
import { readWorkbookBytes, type ReadOptions, type ReadWorkbook } from './read/readWorkbook';

/** How the CLI reads a workbook's bytes. */
export const NODE_READ: ReadOptions = { inflate: nodeInflateRaw };

export async function readWorkbookFile(path: string): Promise<ReadWorkbook> {
  return readWorkbookBytes(await readBytes(path), path, NODE_READ);
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new WorkbookInputError('missing-file', `${path} does not exist: check the file name and folder.`);
    if (code === 'EISDIR')
      throw new WorkbookInputError('not-a-file', `${path} is a folder, not a workbook: name an .xlsx file.`);
    const why = code ?? String(err instanceof Error ? err.message : err).split('\n')[0];
    throw new WorkbookInputError('missing-file', `${path} cannot be read (${why}).`);
  }
}
