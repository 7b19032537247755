/**
 * Executes a DigestPlan on an ExcelJS workbook, exactly as planned: the writer makes no decisions.
 * The digest replaces the earlier digest named by `plan.replaces`; every other sheet is left as loaded.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { CellValue } from '../engine/grid';
import type { CellBlock, DigestPlan, PlannedSheet, PrintSetup, StyledRange } from '../engine/planTypes';
import { applyStyle } from './excelStyle';
import { fitWrappedRows } from './rowHeights';
import { addTextRules } from './textRules';

const A4 = 9;

export function writeDigestPlan(workbook: Workbook, plan: DigestPlan): Worksheet {
  if (plan.replaces !== null) {
    const earlier = workbook.getWorksheet(plan.replaces);
    if (earlier) workbook.removeWorksheet(earlier.id);
  }
  const sheet = workbook.addWorksheet(plan.sheet.name);
  writeSheet(sheet, plan.sheet);
  return sheet;
}

function writeSheet(sheet: Worksheet, planned: PlannedSheet): void {
  planned.blocks.forEach((block) => writeBlock(sheet, block));
  planned.styles.forEach((styled) => writeStyle(sheet, styled));
  addTextRules(sheet, planned.textRules);
  planned.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  fitWrappedRows(sheet);
  sheet.views =
    planned.freezeRows > 0
      ? [
          {
            state: 'frozen',
            xSplit: 0,
            ySplit: planned.freezeRows,
            topLeftCell: `A${planned.freezeRows + 1}`,
          },
        ]
      : [];
  sheet.pageSetup = pageSetup(planned.print);
}

/** Text is set as text (never a formula, whatever it starts with); an empty cell keeps only its format. */
function writeBlock(sheet: Worksheet, block: CellBlock): void {
  block.values.forEach((row, r) => {
    row.forEach((value: CellValue, c) => {
      const format = block.numberFormats[r]?.[c];
      if (value === null && (format === undefined || format === 'General')) return;
      const cell = sheet.getCell(block.row + r + 1, block.col + c + 1);
      cell.value = value;
      if (format !== undefined && format !== 'General') cell.numFmt = format;
    });
  });
}

function writeStyle(sheet: Worksheet, { range, style }: StyledRange): void {
  for (let r = range.row; r < range.row + range.rows; r++) {
    for (let c = range.col; c < range.col + range.cols; c++) applyStyle(sheet.getCell(r + 1, c + 1), style);
  }
}

function pageSetup(print: PrintSetup): Worksheet['pageSetup'] {
  const titles = print.repeatRows && `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
  return {
    orientation: print.orientation,
    paperSize: print.paperSize === 'A4' ? A4 : undefined,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    ...(titles && { printTitlesRow: titles }),
  } as Worksheet['pageSetup'];
}
