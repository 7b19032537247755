/** The reader hands the engine what Excel shows (grid.ts; rules §1 on merged cells and errors as no value). */
import { Workbook } from 'exceljs';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { readWorkbook, sheetGrid } from '../../src/xlsx/readWorkbook';
import { tempDir } from './tempFiles';

async function roundTrip(build: (wb: Workbook) => void, date1904 = false) {
  const wb = new Workbook();
  wb.properties.date1904 = date1904;
  build(wb);
  const tmp = tempDir();
  try {
    writeFileSync(tmp.file('book.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    return await readWorkbook(tmp.file('book.xlsx'));
  } finally {
    tmp.remove();
  }
}

describe('readWorkbook: values as Excel shows them', () => {
  it('keeps numbers, text, booleans and empty cells, with each cell’s number format', async () => {
    const { grids } = await roundTrip((wb) => {
      const ws = wb.addWorksheet('PIs Q3');
      ws.getCell('A1').value = 'Indicator';
      ws.getCell('B2').value = 0.65;
      ws.getCell('B2').numFmt = '0%';
      ws.getCell('C2').value = 1234;
      ws.getCell('C2').numFmt = '#,##0';
      ws.getCell('D2').value = true;
      ws.getCell('E2').value = '=not a formula';
    });
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid?.name).toBe('PIs Q3');
    expect(grid?.origin).toEqual({ row: 0, col: 0 });
    expect(grid?.values).toEqual([['Indicator'], [null, 0.65, 1234, true, '=not a formula']]);
    expect(grid?.formats[1]).toEqual(['General', '0%', '#,##0', 'General', 'General']);
  });

  it('gives date cells as 1900 serial numbers with their date format (ExcelJS gives Dates)', async () => {
    const { grids } = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Monthly');
      ws.getCell('A1').value = new Date(Date.UTC(2006, 5, 1));
      ws.getCell('A1').numFmt = 'mmm-yy';
      ws.getCell('B1').value = new Date(Date.UTC(2007, 2, 31, 18, 0));
      ws.getCell('B1').numFmt = 'dd/mm/yyyy hh:mm';
    });
    // 1 Jun 2006 is serial 38869 in Excel; 31 Mar 2007 18:00 is 39172.75.
    expect(grids[0]?.values[0]).toEqual([38869, 39172.75]);
    expect(grids[0]?.formats[0]).toEqual(['mmm-yy', 'dd/mm/yyyy hh:mm']);
  });

  it('gives 1900 serials for a workbook saved in the 1904 date system too', async () => {
    const { grids } = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Mac');
      ws.getCell('A1').value = new Date(Date.UTC(2006, 5, 1));
      ws.getCell('A1').numFmt = 'mmm-yy';
    }, true);
    expect(grids[0]?.values[0]).toEqual([38869]);
  });

  it('puts a merged range’s value in its top-left cell only (rules §1: never counted twice)', async () => {
    const { grids } = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Merged');
      ws.getCell('A1').value = 'Staying Safe';
      ws.mergeCells('A1:D1');
      ws.getCell('B2').value = 75;
      ws.mergeCells('B2:B3');
      ws.getCell('C3').value = 'x';
    });
    expect(grids[0]?.values).toEqual([['Staying Safe'], [null, 75], [null, null, 'x']]);
  });

  it('gives errors as Excel’s error text and formulas as their cached result', async () => {
    const { grids } = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Calc');
      ws.getCell('A1').value = { error: '#N/A' };
      ws.getCell('B1').value = { formula: '142/203', result: 0.6995 };
      ws.getCell('C1').value = { formula: 'A1', result: { error: '#DIV/0!' } };
      ws.getCell('D1').value = { formula: 'UPPER("tbc")', result: 'TBC' };
      ws.getCell('E1').value = { formula: 'DATE(2006,6,1)', result: new Date(Date.UTC(2006, 5, 1)) };
      ws.getCell('E1').numFmt = 'mmm-yy';
      ws.getCell('F1').value = { formula: 'NOW()' } as never; // never calculated: no cached result
      ws.getCell('G1').value = 5;
    });
    expect(grids[0]?.values[0]).toEqual(['#N/A', 0.6995, '#DIV/0!', 'TBC', 38869, null, 5]);
  });

  it('gives shared formulas their own cached results', async () => {
    const { grids } = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Shared');
      ws.getCell('A1').value = { formula: 'ROW()', result: 1 };
      ws.getCell('A2').value = { sharedFormula: 'A1', result: 2 };
    });
    expect(grids[0]?.values).toEqual([[1], [2]]);
  });

  it('gives rich text and hyperlinks as their plain text', async () => {
    const { grids } = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Text');
      ws.getCell('A1').value = {
        richText: [{ text: 'Initial ', font: { bold: true } }, { text: 'assessments' }],
      };
      ws.getCell('B1').value = { text: 'BV 197', hyperlink: 'https://example.org/bv197' };
      ws.getCell('C1').value = '';
    });
    expect(grids[0]?.values).toEqual([['Initial assessments', 'BV 197']]);
  });

  it('reads every sheet, in tab order, and an empty sheet as an empty grid', async () => {
    const { grids } = await roundTrip((wb) => {
      wb.addWorksheet('Notes').getCell('A1').value = 'Read me';
      wb.addWorksheet('Empty');
    });
    expect(grids.map((g) => [g.name, g.values.length])).toEqual([
      ['Notes', 1],
      ['Empty', 0],
    ]);
  });
});

describe('readWorkbook: a workbook written by another program', () => {
  it('reads the openpyxl-written contract example with month date cells as serials', async () => {
    const path = join(__dirname, '..', 'fixtures', 'contract', 'ex2-long-monthly', 'input.xlsx');
    const { grids } = await readWorkbook(path);
    const grid = grids[0];
    expect(grid?.name).toBe('Monthly data');
    expect(grid?.values[2]).toEqual(['Indicator', 'Month', 'Actual', 'Target', 'Good is']);
    // B4 holds 1 Feb 2008 (serial 39479), formatted as a month.
    expect(grid?.values[3]?.[1]).toBe(39479);
    expect(grid?.formats[3]?.[1]).toBe('mmm-yy');
  });

  it('reads a sheet directly from an ExcelJS worksheet (for the adapter equivalence test)', () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Direct');
    ws.getCell('B2').value = 3;
    expect(sheetGrid(ws)).toEqual({
      name: 'Direct',
      origin: { row: 0, col: 0 },
      values: [[], [null, 3]],
      formats: [[], ['General', 'General']],
    });
  });
});
