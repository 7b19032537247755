/**
 * Reading an .xlsx for the engine, from its bytes: every worksheet as the SheetGrid the Office.js adapter would hand
 * over (grid.ts), after checking that the file is a readable, unprotected .xlsx. No file system and no Node APIs:
 * the task pane can run this on a file the user picks. Only the parts the engine needs are unpacked.
 */
import type { SheetGrid } from '../../engine';
import { UnreadableEntryError, type InflateRaw } from '../zip/entryText';
import { zipIndex } from '../zip/zipIndex';
import { readCellFormats } from './cellFormats';
import { fileKind } from './fileKind';
import { WorkbookInputError } from './inputError';
import { readSharedStrings } from './sharedStrings';
import { readSheetGrid } from './sheetGrid';
import {
  entryOf,
  NotAWorkbookError,
  partText,
  readWorkbookPackage,
  workbookPartOf,
  type WorkbookPackage,
} from './workbookPackage';
import { XmlSyntaxError } from './xmlEvents';

export interface ReadOptions {
  /** How parts are unpacked: fflate's JavaScript unless given (the CLI gives Node's zlib: readWorkbookFile.ts). */
  inflate?: InflateRaw;
}

export interface ReadWorkbook {
  grids: SheetGrid[];
  /** The package as read, for a writer that adds to it. */
  pkg: WorkbookPackage;
}

/**
 * Memory grows with a sheet's cells: sheets are streamed, so the grid and the engine's work are what count. 280,000
 * rows (39 MB of sheet XML) need under 512 MB of heap; past this, twice that, the engine's work would not fit.
 */
export const MAX_SHEET_BYTES = 80 * 1024 * 1024;

/** Reads a workbook's bytes; `file` names it in messages. Every failure is a WorkbookInputError with one line. */
export function readWorkbookBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): ReadWorkbook {
  const { inflate } = options;
  refuseOtherFiles(bytes, file);
  const entries = zipIndex(bytes);
  if (!entries) throw corrupt(file, 'its table of contents cannot be read');
  try {
    const pkg = readWorkbookPackage(entries, inflate);
    const worksheets = pkg.sheets.filter((s) => s.kind === 'worksheet');
    if (worksheets.length === 0)
      throw new WorkbookInputError(
        'no-sheets',
        `${file} has no worksheets: add a sheet with an indicator table.`,
      );
    refuseHugeSheets(pkg, file);
    const stylesPart = workbookPartOf(pkg, 'styles');
    const styles = stylesPart === null ? null : partText(entries, stylesPart, inflate);
    const stringsPart = workbookPartOf(pkg, 'sharedStrings');
    const context = {
      formats: styles === null ? [] : readCellFormats(styles),
      sharedStrings: readSharedStrings(
        stringsPart === null ? undefined : entryOf(entries, stringsPart),
        inflate,
      ),
      date1904: pkg.date1904,
      inflate,
    };
    const grids = worksheets.map((sheet) => {
      const entry = sheet.part === null ? undefined : entryOf(entries, sheet.part);
      if (!entry) throw corrupt(file, `the part of its sheet "${sheet.name}" is missing`);
      return readSheetGrid(sheet.name, entry, context);
    });
    return { grids, pkg };
  } catch (err) {
    throw asInputError(err, file);
  }
}

function refuseOtherFiles(bytes: Uint8Array, file: string): void {
  switch (fileKind(bytes)) {
    case 'encrypted':
      throw new WorkbookInputError(
        'encrypted',
        `${file} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook), save and try again.`,
      );
    case 'legacy-xls':
      throw new WorkbookInputError(
        'legacy-xls',
        `${file} is an old-style .xls workbook: open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
      );
    case 'truncated-zip':
      throw corrupt(file, 'it is incomplete (truncated)');
    case 'unknown':
      throw notXlsx(file);
    case 'zip':
      return;
  }
}

function refuseHugeSheets(pkg: WorkbookPackage, file: string): void {
  const largest = pkg.sheets.reduce((max, s) => {
    const entry = s.part === null ? undefined : entryOf(pkg.entries, s.part);
    return Math.max(max, entry?.size ?? 0);
  }, 0);
  if (largest > MAX_SHEET_BYTES)
    throw new WorkbookInputError(
      'too-large',
      `${file} has a sheet too large to read (${Math.round(largest / 1024 / 1024)} MB of cells; the limit is ${MAX_SHEET_BYTES / 1024 / 1024} MB, about 550,000 rows): delete unused rows, or copy the indicator table into a new workbook, and try again.`,
    );
}

function asInputError(err: unknown, file: string): unknown {
  if (err instanceof NotAWorkbookError) return notXlsx(file);
  if (err instanceof UnreadableEntryError) return corrupt(file, `its part ${err.entry} cannot be unpacked`);
  if (err instanceof XmlSyntaxError)
    return corrupt(file, `it holds XML that cannot be read (${err.message})`);
  return err;
}

function notXlsx(file: string): WorkbookInputError {
  return new WorkbookInputError(
    'not-xlsx',
    `${file} is not an Excel workbook (.xlsx): save it from Excel as an Excel Workbook and try again.`,
  );
}

function corrupt(file: string, why: string): WorkbookInputError {
  return new WorkbookInputError(
    'corrupt',
    `${file} is damaged: ${why}. Open it in Excel (which may repair it), save it and try again.`,
  );
}
