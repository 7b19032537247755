/**
 * Executes a DigestPlan on an ExcelJS workbook, exactly as planned: the writer makes no decisions.
 * The digest replaces the earlier digest named by `plan.replaces`; every other sheet is left as loaded.
 */
import type { Style, Workbook, Worksheet } from 'exceljs';
import type { CellValue, DigestPlan, PlannedSheet, PrintSetup } from '../engine';
import { excelStyle } from './excelStyle';
import { fitWrappedRows } from './rowHeights';
import { addTextRules } from './textRules';

const A4 = 9;

/** Writes each planned sheet in turn; returns the names written (the digest first). */
export function writeDigestPlan(workbook: Workbook, plan: DigestPlan): string[] {
  return plan.sheets.map((planned) => {
    if (planned.replaces !== null) {
      const earlier = workbook.getWorksheet(planned.replaces);
      if (earlier) workbook.removeWorksheet(earlier.id);
    }
    writeSheet(workbook.addWorksheet(planned.name), planned);
    return planned.name;
  });
}

function writeSheet(sheet: Worksheet, planned: PlannedSheet): void {
  writeCells(sheet, planned);
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

interface PlannedCell {
  value: CellValue;
  format: string;
  /** Indexes of the plan's styled ranges that cover the cell, in plan order. */
  styles: number[];
}

/** Every cell the plan gives a value, a number format or a style, by row and column (zero-based). */
function plannedCells(planned: PlannedSheet): Map<number, Map<number, PlannedCell>> {
  const rows = new Map<number, Map<number, PlannedCell>>();
  const at = (r: number, c: number): PlannedCell => {
    const row = rows.get(r) ?? rows.set(r, new Map()).get(r)!;
    return row.get(c) ?? row.set(c, { value: null, format: 'General', styles: [] }).get(c)!;
  };
  for (const block of planned.blocks)
    block.values.forEach((values, r) =>
      values.forEach((value, c) => {
        const format = block.numberFormats[r]?.[c] ?? 'General';
        if (value === null && format === 'General') return;
        Object.assign(at(block.row + r, block.col + c), { value, format });
      }),
    );
  planned.styles.forEach(({ range }, i) => {
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) at(r, c).styles.push(i);
  });
  return rows;
}

/**
 * Text is set as text (never a formula, whatever it starts with). Cells that look alike share one style object,
 * which ExcelJS then writes once instead of once per cell.
 */
function writeCells(sheet: Worksheet, planned: PlannedSheet): void {
  const shared = new Map<string, Partial<Style>>();
  for (const [r, row] of plannedCells(planned)) {
    for (const [c, { value, format, styles }] of row) {
      const key = `${format}\u0000${styles.join(',')}`;
      const style =
        shared.get(key) ??
        shared
          .set(
            key,
            excelStyle(
              format,
              styles.map((i) => planned.styles[i]!.style),
            ),
          )
          .get(key)!;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      cell.style = style;
    }
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
