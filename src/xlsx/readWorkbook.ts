/**
 * Reading an .xlsx for the engine: every worksheet as the SheetGrid the Office.js adapter would hand over
 * (grid.ts), after checking that the file is a readable, unprotected .xlsx.
 */
import { promises as fs } from 'fs';
import { ValueType, Workbook, type Worksheet } from 'exceljs';
import type { CellValue, SheetGrid } from '../engine';
import { toCellValue } from './cellValue';
import { fileKind } from './fileKind';
import { zipEntries } from './zipEntries';
import { WorkbookInputError } from './inputError';

export interface LoadedWorkbook {
  workbook: Workbook;
  grids: SheetGrid[];
}

/** Loads and reads a workbook; every failure is a WorkbookInputError with one line for the user. */
export async function readWorkbook(path: string): Promise<LoadedWorkbook> {
  const workbook = await loadWorkbook(path);
  return { workbook, grids: workbookGrids(workbook) };
}

export async function loadWorkbook(path: string): Promise<Workbook> {
  const bytes = await readBytes(path);
  const kind = fileKind(bytes);
  switch (kind) {
    case 'encrypted':
      throw new WorkbookInputError(
        'encrypted',
        `${path} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook), save and try again.`,
      );
    case 'legacy-xls':
      throw new WorkbookInputError(
        'legacy-xls',
        `${path} is an old-style .xls workbook: open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
      );
    case 'truncated-zip':
      throw corrupt(path, 'it is incomplete (truncated)');
    case 'zip-without-workbook':
    case 'unknown':
      throw new WorkbookInputError(
        'not-xlsx',
        `${path} is not an Excel workbook (.xlsx): save it from Excel as an Excel Workbook and try again.`,
      );
    case 'xlsx':
      break;
  }
  refuseHugeSheets(path, bytes);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw corrupt(path, `ExcelJS could not read it (${firstLine(err)})`);
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookInputError(
      'no-sheets',
      `${path} has no worksheets: add a sheet with an indicator table.`,
    );
  }
  return workbook;
}

/**
 * ExcelJS holds a whole workbook in memory, several times the size of its sheets' XML: past this a sheet would
 * exhaust memory. 40 MB of sheet XML is about 300,000 rows of a 13-column indicator table.
 */
const MAX_SHEET_BYTES = 40 * 1024 * 1024;

function refuseHugeSheets(path: string, bytes: Buffer): void {
  const largest = zipEntries(bytes)
    .filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))
    .reduce((max, e) => Math.max(max, e.size), 0);
  if (largest > MAX_SHEET_BYTES) {
    const size = Number.isFinite(largest)
      ? `${Math.round(largest / 1024 / 1024)} MB of cells`
      : 'over 4 GB of cells';
    throw new WorkbookInputError(
      'too-large',
      `${path} has a sheet too large to read (${size}; the limit is 40 MB, about 300,000 rows): delete unused rows, or copy the indicator table into a new workbook, and try again.`,
    );
  }
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new WorkbookInputError('missing-file', `${path} does not exist: check the file name and folder.`);
    }
    if (code === 'EISDIR') {
      throw new WorkbookInputError('not-a-file', `${path} is a folder, not a workbook: name an .xlsx file.`);
    }
    throw new WorkbookInputError('missing-file', `${path} cannot be read (${code ?? firstLine(err)}).`);
  }
}

function corrupt(path: string, why: string): WorkbookInputError {
  return new WorkbookInputError(
    'corrupt',
    `${path} is damaged: ${why}. Open it in Excel (which may repair it), save it and try again.`,
  );
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0] ?? '';
}

export function workbookGrids(workbook: Workbook): SheetGrid[] {
  return workbook.worksheets.map(sheetGrid);
}

/**
 * One worksheet from A1 to its last non-empty row and column. Merged cells other than the top-left are empty
 * (ExcelJS repeats the master's value in them); formats come from each cell's own style, 'General' where none.
 */
export function sheetGrid(sheet: Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) {
      const cell = row.findCell(col);
      const value = cell && cell.type !== ValueType.Merge ? toCellValue(cell.value) : null;
      rowValues.push(value);
      rowFormats.push(cell?.numFmt || 'General');
    }
    trimTrailingEmpty(rowValues, rowFormats);
    if (rowValues.length > 0) {
      values[rowNumber - 1] = rowValues;
      formats[rowNumber - 1] = rowFormats;
    }
  });
  // Rows without values are empty rows, not holes.
  return {
    name: sheet.name,
    origin: { row: 0, col: 0 },
    values: Array.from(values, (r) => r ?? []),
    formats: Array.from(formats, (r) => r ?? []),
  };
}

function trimTrailingEmpty(values: CellValue[], formats: string[]): void {
  while (values.length > 0 && values[values.length - 1] === null) {
    values.pop();
    formats.pop();
  }
}
