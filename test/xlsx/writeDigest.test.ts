/** The ExcelJS writer executes a plan exactly (issue 3: writers make no decisions), re-read with ExcelJS. */
import { Workbook, type Worksheet } from 'exceljs';
import type { DigestPlan, PlannedSheet } from '../../src/engine';
import { conditionalFormats } from './conditionalFormats';
import { writeDigestPlan } from '../../src/xlsx/writeDigest';

const planned: PlannedSheet = {
  name: 'Digest Q3 2006-07',
  replaces: 'Digest Q3 2006-07',
  blocks: [
    {
      row: 0,
      col: 0,
      values: [
        ['Performance digest: Q3 2006/07', null, null],
        ['SS2', 'Initial assessments', 0.65],
        ['=SUM(A1:A2)', '+44 contact', 1234],
        [null, 'Red', 'Improving ▲'],
      ],
      numberFormats: [
        ['General', 'General', 'General'],
        ['@', '@', '0%'],
        ['@', '@', '#,##0'],
        ['General', '@', '0.0%'],
      ],
    },
    { row: 5, col: 1, values: [[true, 38869]], numberFormats: [['General', 'mmm-yy']] },
  ],
  styles: [
    {
      range: { row: 0, col: 0, rows: 1, cols: 1 },
      style: { bold: true, fontSize: 16, fontColor: '#1F3864' },
    },
    {
      range: { row: 1, col: 0, rows: 2, cols: 3 },
      style: { fill: '#DDEBF7', wrap: true, vertical: 'top' },
    },
    { range: { row: 1, col: 0, rows: 1, cols: 1 }, style: { italic: true, borderBottom: '#1F4E78' } },
  ],
  textRules: [
    {
      range: { row: 1, col: 1, rows: 3, cols: 1 },
      beginsWith: 'Red',
      fill: '#FFC7CE',
      fontColor: '#9C0006',
    },
    { range: { row: 1, col: 1, rows: 3, cols: 1 }, beginsWith: 'Say "hi"', fill: '#C6EFCE' },
    { range: { row: 3, col: 2, rows: 1, cols: 1 }, beginsWith: 'Improving', fontColor: '#006100' },
  ],
  columnWidths: [10, 46, 12],
  freezeRows: 4,
  print: {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToPagesWide: 1,
    repeatRows: { first: 4, last: 4 },
  },
};

const plan: DigestPlan = { sheets: [planned] };

async function writtenAndReread(): Promise<Workbook> {
  const wb = new Workbook();
  wb.addWorksheet('PIs').getCell('A1').value = 'Indicator';
  wb.addWorksheet('Digest Q3 2006-07').getCell('A1').value = 'the earlier digest';
  writeDigestPlan(wb, plan);
  const again = new Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

describe('writeDigestPlan', () => {
  let wb: Workbook;
  let ws: Worksheet;
  beforeAll(async () => {
    wb = await writtenAndReread();
    ws = wb.getWorksheet('Digest Q3 2006-07')!;
  });

  it('replaces the earlier digest and leaves the source sheet as it was', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['PIs', 'Digest Q3 2006-07']);
    expect(wb.getWorksheet('PIs')?.getCell('A1').value).toBe('Indicator');
    expect(ws.getCell('A1').value).toBe('Performance digest: Q3 2006/07');
  });

  it('writes values with their number formats', () => {
    expect(ws.getCell('C2').value).toBe(0.65);
    expect(ws.getCell('C2').numFmt).toBe('0%');
    expect(ws.getCell('C3').numFmt).toBe('#,##0');
    expect(ws.getCell('B2').numFmt).toBe('@');
    expect(ws.getCell('B6').value).toBe(true);
    // A date-formatted serial comes back from ExcelJS as a Date: 38869 is 1 June 2006.
    expect(ws.getCell('C6').value).toEqual(new Date(Date.UTC(2006, 5, 1)));
    expect(ws.getCell('C6').numFmt).toBe('mmm-yy');
  });

  it('writes text that looks like a formula as text (issue 3: never a formula)', () => {
    expect(ws.getCell('A3').value).toBe('=SUM(A1:A2)');
    expect(ws.getCell('A3').formula).toBeUndefined();
    expect(ws.getCell('B3').value).toBe('+44 contact');
  });

  it('leaves empty cells empty', () => {
    expect(ws.getCell('B1').value).toBeNull();
    expect(ws.getCell('A4').value).toBeNull();
  });

  it('applies fills, fonts, alignment and borders, later ranges adding to earlier ones', () => {
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16, color: { argb: 'FF1F3864' } });
    expect(ws.getCell('C3').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFDDEBF7' },
    });
    expect(ws.getCell('C3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('A2').font).toMatchObject({ italic: true });
    expect(ws.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('A2').border.bottom).toMatchObject({ style: 'thin', color: { argb: 'FF1F4E78' } });
  });

  it('writes text rules as conditional formats on the cell text, in the plan’s order', () => {
    const cfs = conditionalFormats(ws).map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map((r) => ({
        type: r.type,
        formulae: 'formulae' in r ? r.formulae : undefined,
        fill: r.style?.fill ?? undefined,
        font: r.style?.font ?? undefined,
      })),
    }));
    expect(cfs).toEqual([
      {
        ref: 'B2:B4',
        rules: [
          {
            type: 'expression',
            formulae: ['LEFT(B2,LEN("Red"))="Red"'],
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
            font: { color: { argb: 'FF9C0006' } },
          },
          {
            type: 'expression',
            formulae: ['LEFT(B2,LEN("Say ""hi"""))="Say ""hi"""'],
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } },
            font: undefined,
          },
        ],
      },
      {
        ref: 'C4',
        rules: [
          {
            type: 'expression',
            formulae: ['LEFT(C4,LEN("Improving"))="Improving"'],
            fill: undefined,
            font: { color: { argb: 'FF006100' } },
          },
        ],
      },
    ]);
  });

  it('sets column widths, frozen rows and the print setup', () => {
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([10, 46, 12]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, topLeftCell: 'A5' });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:5',
    });
  });
});

describe('writeDigestPlan: wrapped text', () => {
  it('gives rows with wrapped text the height their lines need (no AutoFit in ExcelJS or on opening)', () => {
    const prompt = 'Initial assessments: 65% in Q4 2006/07 against a target of 75% (Red). '.repeat(3);
    const wb = new Workbook();
    const [name] = writeDigestPlan(wb, {
      sheets: [
        {
          ...planned,
          replaces: null,
          blocks: [{ row: 0, col: 0, values: [[prompt], ['short']], numberFormats: [['@'], ['@']] }],
          styles: [{ range: { row: 0, col: 0, rows: 2, cols: 1 }, style: { wrap: true } }],
          textRules: [],
          columnWidths: [52],
        },
      ],
    });
    const ws = wb.getWorksheet(name)!;
    // About 210 characters in a 52-wide column: four or five lines of 15 points.
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(60);
    expect(ws.getRow(1).height).toBeLessThanOrEqual(75);
    expect(ws.getRow(2).height).toBeUndefined();
  });
});
