/** The workbook's sheets as the adapter knows them: id and name, in tab order, and the grids read of them. */
import type { SheetGrid } from '../engine';

export interface SheetInfo {
  id: string;
  name: string;
}

export interface WorkbookRead {
  /** Every sheet of the workbook, in tab order. */
  sheets: SheetInfo[];
  /** The sheets read, by id. */
  grids: Map<string, SheetGrid>;
}

/** The sheet a key (id or name, as Worksheets.getItem takes it) stands for. */
export function sheetFor(sheets: SheetInfo[], key: string): SheetInfo | undefined {
  return sheets.find((s) => s.id === key) ?? sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
}

export function listOf(collection: Excel.WorksheetCollection): SheetInfo[] {
  return collection.items.map((s) => ({ id: s.id, name: s.name }));
}
