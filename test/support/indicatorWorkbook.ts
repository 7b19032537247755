/**
 * Synthetic indicator workbooks of any size (rules §1: a wide quarterly table with Ref, Indicator, Outcome,
 * Polarity, Target and Q1–Q4 2006/07), for size-dependent tests and the benchmark.
 */
import { Workbook } from 'exceljs';

export interface IndicatorWorkbookOptions {
  indicators: number;
  /** Indicators are spread evenly over this many outcomes. */
  outcomes?: number;
  /** Extra user sheets with some content, which a refresh must leave alone. */
  userSheets?: string[];
}

export function indicatorWorkbook({
  indicators,
  outcomes = 5,
  userSheets = [],
}: IndicatorWorkbookOptions): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('PIs');
  ws.addRow(['Children and young people: quarterly indicators 2006/07']);
  ws.addRow([]);
  ws.addRow([
    'Ref',
    'Indicator',
    'Outcome',
    'Polarity',
    'Target',
    'Q1 2006/07',
    'Q2 2006/07',
    'Q3 2006/07',
    'Q4 2006/07',
  ]);
  for (let i = 0; i < indicators; i++) {
    const outcome = `Outcome ${(i % outcomes) + 1}`;
    const percent = i % 3 === 0;
    const base = percent ? 0.6 + (i % 7) / 50 : 100 + (i % 13) * 10;
    const step = percent ? 0.01 : 5;
    const values = [0, 1, 2, 3].map(
      (q) => Math.round((base + ((i + q) % 4 === 0 ? -step : step) * q) * 1000) / 1000,
    );
    const row = ws.addRow([
      `CYP ${i + 1}`,
      `Indicator number ${i + 1}`,
      outcome,
      i % 5 === 0 ? 'Lower' : 'Higher',
      base,
      ...values,
    ]);
    if (percent) for (let c = 5; c <= 9; c++) row.getCell(c).numFmt = '0%';
  }
  for (const name of userSheets) {
    const sheet = wb.addWorksheet(name);
    sheet.addRow(['Notes kept by the user', 42, '=x is text here']);
    sheet.getCell('A1').font = { bold: true };
  }
  return wb;
}
