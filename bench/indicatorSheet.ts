/**
 * The benchmark's source table (rules §1): a wide quarterly table of N indicators × 8 quarters (Q1 2005/06 –
 * Q4 2006/07) as officers lay it out: a title above the header, Ref, Indicator, Outcome, Polarity, Target, the
 * quarters and a commentary column; a third of the rows percentages (`0%`), mixed polarity, some `n/a` and TBC.
 * Deterministic, so every run and every size measures the same kind of work.
 */
import { Workbook } from 'exceljs';
import { QUARTERS as PERIODS, SECTIONS } from '../scripts/sampleData';
import type { CellValue, SheetGrid } from '../src/engine';

const HEADER = ['Ref', 'Indicator', 'Outcome', 'Polarity', 'Target', ...PERIODS, 'Commentary'];
const OUTCOMES = SECTIONS.map((s) => s.outcome);

export interface IndicatorRows {
  values: CellValue[][];
  formats: string[][];
}

export function indicatorRows(indicators: number): IndicatorRows {
  const values: CellValue[][] = [["Children's services: quarterly performance indicators"], [], HEADER];
  const formats: string[][] = [[], [], HEADER.map(() => 'General')];
  for (let i = 0; i < indicators; i++) {
    const percent = i % 3 === 0;
    const base = percent ? 0.55 + (i % 9) / 40 : 100 + (i % 13) * 10;
    const step = percent ? 0.01 : 4;
    const quarters = PERIODS.map((_, q): CellValue => {
      if ((i + q) % 97 === 0) return q % 2 ? 'n/a' : 'TBC';
      return Math.round((base + (((i * 7 + q * 3) % 5) - 2) * step) * 1000) / 1000;
    });
    values.push([
      `CYP ${i + 1}`,
      `Indicator number ${i + 1}`,
      OUTCOMES[i % OUTCOMES.length]!,
      i % 4 === 0 ? 'Lower' : 'Higher',
      base,
      ...quarters,
      i % 10 === 0 ? `Note on indicator ${i + 1}` : null,
    ]);
    const format = percent ? '0%' : '#,##0';
    formats.push(HEADER.map((_, c) => (c >= 4 && c < 4 + 1 + PERIODS.length ? format : 'General')));
  }
  return { values, formats };
}

export function indicatorGrid(indicators: number): SheetGrid {
  return { name: 'PIs', origin: { row: 0, col: 0 }, ...indicatorRows(indicators) };
}

/** The same table as an .xlsx, for the CLI and its ExcelJS floor. */
export async function writeIndicatorXlsx(indicators: number, path: string): Promise<void> {
  const { values, formats } = indicatorRows(indicators);
  const wb = new Workbook();
  const ws = wb.addWorksheet('PIs');
  values.forEach((row, r) => {
    const added = ws.addRow(row);
    formats[r]?.forEach((f, c) => {
      if (f !== 'General') added.getCell(c + 1).numFmt = f;
    });
  });
  await wb.xlsx.writeFile(path);
}
