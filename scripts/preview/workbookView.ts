/**
 * The fake workbook as the preview's grid shows it: each sheet's used cells as Excel would display them
 * (number formats applied, fills and text-rule colours), plus which sheet is active and which cell is selected.
 */
import { formatValue } from '../../src/engine';
import type { FakeExcelHost } from '../../test/support/fakeExcel/fakeExcelHost';
import type { Area } from '../../test/support/fakeExcel/a1';
import { selectionOf } from '../../test/support/fakeExcel/selectionModel';
import { DEFAULT_COLUMN_WIDTH, type Sheet } from '../../test/support/fakeExcel/workbook';

export interface ViewCell {
  text: string;
  fill?: string;
  color?: string;
  bold?: boolean;
  wrap?: boolean;
}

export interface SheetView {
  name: string;
  rows: ViewCell[][];
  /** Column widths in CSS pixels, as Excel shows them. */
  widths: number[];
  /** Rows or columns left out beyond the preview's limits. */
  clipped: boolean;
}

export interface WorkbookView {
  sheets: SheetView[];
  active: string | null;
  selection: ({ sheet: string } & Area) | null;
}

const MAX_ROWS = 300;
const MAX_COLS = 30;

function textOf(value: unknown, numberFormat: string): string {
  if (typeof value === 'number') return formatValue(value, numberFormat);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value ?? '');
}

const MATCHES: Record<string, (text: string, rule: string) => boolean> = {
  BeginsWith: (text, rule) => text.startsWith(rule),
  EndsWith: (text, rule) => text.endsWith(rule),
  Contains: (text, rule) => text.includes(rule),
  NotContains: (text, rule) => !text.includes(rule),
};

function sheetView(host: FakeExcelHost, sheet: Sheet): SheetView {
  const area = host.workbook.usedArea(sheet, false);
  if (!area) return { name: sheet.name, rows: [], widths: [], clipped: false };
  const lastRow = Math.min(area.r1, MAX_ROWS - 1);
  const lastCol = Math.min(area.c1, MAX_COLS - 1);
  const rows: ViewCell[][] = [];
  for (let r = 0; r <= lastRow; r++) {
    const row: ViewCell[] = [];
    for (let c = 0; c <= lastCol; c++) {
      const cell = host.workbook.peek(sheet, r, c);
      const text = textOf(cell.value, cell.numberFormat);
      // Text rules colour a cell by the words it begins with (the digest's RAG and direction columns).
      const rule = sheet.textRules.find(
        (t) =>
          r >= t.area.r0 &&
          r <= t.area.r1 &&
          c >= t.area.c0 &&
          c <= t.area.c1 &&
          !!MATCHES[t.operator]?.(text, t.text),
      );
      const fill = rule?.fill ?? cell.fill;
      const color = rule?.fontColor ?? (cell.fontColor === '#000000' ? null : cell.fontColor);
      const style = {
        ...(fill && { fill }),
        ...(color && { color }),
        ...(cell.bold && { bold: true }),
        ...(cell.wrap && { wrap: true }),
      };
      row.push({ text, ...style });
    }
    rows.push(row);
  }
  // Excel keeps widths in points; a point is 4/3 of a CSS pixel.
  const widths = Array.from({ length: lastCol + 1 }, (_, c) =>
    Math.round(((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) * 4) / 3),
  );
  return { name: sheet.name, rows, widths, clipped: area.r1 > lastRow || area.c1 > lastCol };
}

export function workbookView(host: FakeExcelHost): WorkbookView {
  const selected = selectionOf(host.workbook);
  const active = host.workbook.sheets.find((s) => s.id === host.active.sheetId) ?? host.workbook.sheets[0];
  return {
    // Hidden sheets (a digest kept for restoring) have no tab, as in Excel.
    sheets: host.workbook.visibleSheets().map((s) => sheetView(host, s)),
    active: active?.name ?? null,
    selection: selected && { sheet: selected.sheet.name, ...selected.area },
  };
}
