/** A sheet's whole state in the fake host (every cell with its formats, widths, panes, rules, page), for equality. */
import type { FakeWorkbook } from './fakeExcel/workbook';

export function sheetSnapshot(workbook: FakeWorkbook, name: string): string | null {
  const sheet = workbook.sheet(name);
  if (!sheet) return null;
  const cells = [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b));
  const { columnWidths, frozenRows, textRules, page, visibility } = sheet;
  const widths = [...columnWidths];
  return JSON.stringify({ name: sheet.name, visibility, cells, widths, frozenRows, textRules, page });
}

/** The values of a sheet as rows of text (empty cells ''), for reading a digest in assertions. */
export function sheetText(workbook: FakeWorkbook, name: string): string[][] {
  const sheet = workbook.sheet(name);
  if (!sheet) return [];
  const rows: string[][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r = 0, c = 0] = key.split(',').map(Number);
    const row = (rows[r] ??= []);
    row[c] = String(cell.value);
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ''));
}

export const sheetNames = (workbook: FakeWorkbook): string[] => workbook.sheets.map((s) => s.name);

/** The sheets Excel shows as tabs (not hidden). */
export const visibleSheetNames = (workbook: FakeWorkbook): string[] =>
  workbook.visibleSheets().map((s) => s.name);
