/**
 * "Add workbooks…": files the user picks, read in the pane itself with the CLI's reader (bytes → grids; nothing is
 * uploaded anywhere). Each readable workbook joins the sources as its best table (`file.xlsx:Sheet`); one that cannot
 * be read is kept with its problem, so the digest says why it is left out.
 */
import { rankSources, type WorkbookSource } from '../engine';
import { WorkbookInputError } from '../xlsx/read/inputError';
import { readWorkbookBytes } from '../xlsx/read/readWorkbook';

/** What a file input gives: a name and its bytes (a browser `File`, or a test's stand-in). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface AddedWorkbooks {
  workbooks: WorkbookSource[];
  /** The sources to add: each readable workbook's best table. */
  names: string[];
}

async function readOne(file: PickedFile): Promise<{ workbook: WorkbookSource; name: string | null }> {
  try {
    const { grids } = readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    const best = rankSources(grids)[0];
    return {
      workbook: { file: file.name, sheets: grids },
      name: best ? `${file.name}:${best.sheet.name}` : null,
    };
  } catch (err) {
    const problem = err instanceof WorkbookInputError ? err.message : `${file.name} could not be read.`;
    return { workbook: { file: file.name, problem }, name: null };
  }
}

export async function readWorkbookFiles(files: PickedFile[]): Promise<AddedWorkbooks> {
  const read = await Promise.all(files.map(readOne));
  return { workbooks: read.map((r) => r.workbook), names: read.flatMap((r) => r.name ?? []) };
}
