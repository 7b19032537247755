/**
 * The fake host's workbook from an ExcelJS workbook (so the CLI's fixtures serve the add-in too), and back to one
 * (so both writers' output can be compared with the same code). Cell values follow grid.ts (excelJsCellValue.ts):
 * formula cells keep their cached result, dates become 1900 serials, merged cells other than the top-left are empty.
 */
import { ValueType, Workbook, type Cell as ExcelJsCell, type Fill, type Worksheet } from 'exceljs';
import { columnWidthCharacters, columnWidthPoints } from '../../src/excel/columnWidth';
import { toCellValue } from './excelJsCellValue';
import { FakeWorkbook, type Cell, type Sheet } from './fakeExcel/workbook';

const hex = (argb: string | undefined): string | null =>
  argb && argb.length >= 6 ? `#${argb.slice(-6).toUpperCase()}` : null;
const argb = (color: string): string => `FF${color.slice(1)}`;

function fillOf(fill: Fill | undefined): string | null {
  return fill?.type === 'pattern' && fill.pattern === 'solid' ? hex(fill.fgColor?.argb) : null;
}

function seedCell(target: Cell, cell: ExcelJsCell): void {
  const value = cell.type === ValueType.Merge ? null : toCellValue(cell.value);
  target.value = value ?? '';
  const formula = cell.type === ValueType.Formula ? cell.formula : undefined;
  target.formula = formula ? `=${formula}` : null;
  target.numberFormat = cell.numFmt || 'General';
  target.fill = fillOf(cell.fill);
  target.bold = cell.font?.bold ?? false;
  target.italic = cell.font?.italic ?? false;
  target.fontColor = hex(cell.font?.color?.argb) ?? '#000000';
  target.fontSize = cell.font?.size ?? 11;
}

export function seedFromExcelJS(source: Workbook, into = new FakeWorkbook()): FakeWorkbook {
  for (const ws of source.worksheets) {
    const sheet = into.addSheet(ws.name);
    if (ws.state === 'hidden') sheet.visibility = 'Hidden';
    if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => seedCell(into.cell(sheet, r - 1, c - 1), cell)),
    );
    ws.columns?.forEach((col, i) => {
      if (col.width) sheet.columnWidths.set(i, columnWidthPoints(col.width));
    });
  }
  return into;
}

function writeCell(target: ExcelJsCell, cell: Readonly<Cell>): void {
  if (cell.formula)
    target.value = { formula: cell.formula.slice(1), result: cell.value } as ExcelJsCell['value'];
  else if (cell.value !== '') target.value = cell.value;
  if (cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
  if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.fill) } };
  const font = {
    bold: cell.bold,
    italic: cell.italic,
    size: cell.fontSize,
    color: { argb: argb(cell.fontColor) },
  };
  if (cell.bold || cell.italic || cell.fontSize !== 11 || cell.fontColor !== '#000000') target.font = font;
  const horizontal = cell.horizontal === 'General' ? undefined : (cell.horizontal.toLowerCase() as 'left');
  const vertical = ({ Top: 'top', Center: 'middle' } as const)[cell.vertical as 'Top'] ?? undefined; // ExcelJS: middle
  if (cell.wrap || horizontal || vertical)
    target.alignment = { wrapText: cell.wrap || undefined, horizontal, vertical };
  if (cell.borderBottom)
    target.border = { bottom: { style: 'thin', color: { argb: argb(cell.borderBottom) } } };
}

const STATES = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

function writeSheet(ws: Worksheet, sheet: Sheet): void {
  ws.state = STATES[sheet.visibility];
  for (const [key, cell] of sheet.cells) {
    const [r = 0, c = 0] = key.split(',').map(Number);
    writeCell(ws.getCell(r + 1, c + 1), cell);
  }
  for (const [c, points] of sheet.columnWidths) ws.getColumn(c + 1).width = columnWidthCharacters(points);
  if (sheet.frozenRows) ws.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
  for (const rule of sheet.textRules) {
    const ref = `${ws.getCell(rule.area.r0 + 1, rule.area.c0 + 1).address}:${ws.getCell(rule.area.r1 + 1, rule.area.c1 + 1).address}`;
    const style = {
      ...(rule.fill && {
        fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: argb(rule.fill) } },
      }),
      ...(rule.fontColor && { font: { color: { argb: argb(rule.fontColor) } } }),
    };
    ws.addConditionalFormatting({
      ref,
      rules: [{ type: 'containsText', operator: 'beginsWith' as never, text: rule.text, style, priority: 1 }],
    });
  }
  if (sheet.page.orientation === 'Landscape') ws.pageSetup.orientation = 'landscape';
  if (sheet.page.paperSize === 'A4') ws.pageSetup.paperSize = 9;
  if (sheet.page.fitToPagesWide)
    Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: sheet.page.fitToPagesWide, fitToHeight: 0 });
  if (sheet.page.printTitleRows) ws.pageSetup.printTitlesRow = sheet.page.printTitleRows.replace(/\$/g, '');
}

/** The fake workbook as an ExcelJS workbook, sheet by sheet in tab order. */
export function toExcelJS(fake: FakeWorkbook): Workbook {
  const out = new Workbook();
  for (const sheet of fake.sheets) writeSheet(out.addWorksheet(sheet.name), sheet);
  return out;
}
