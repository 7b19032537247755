/**
 * The package writer executes a plan exactly (issue 3: writers make no decisions), re-read with ExcelJS (another
 * program's reader) and with our own: values, formats, styles, text rules, widths, frozen rows, print setup.
 */
import { Workbook, type Worksheet } from 'exceljs';
import type { DigestPlan, PlannedSheet } from '../../src/engine';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import { addDigestSheets } from '../../src/xlsx/write/addDigestSheets';
import { newWorkbookPackage } from '../../src/xlsx/write/newPackage';
import { digestWorkbookBytes } from '../../src/xlsx/writeWorkbookFile';
import { strFromU8, unzipSync } from 'fflate';
import { conditionalFormats } from './conditionalFormats';

const sheet: PlannedSheet = {
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
const plan: DigestPlan = { sheets: [sheet] };

async function loadExcelJS(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function written(target: DigestPlan = plan): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.addWorksheet('PIs').getCell('A1').value = 'Indicator';
  wb.addWorksheet('Digest Q3 2006-07').getCell('A1').value = 'the earlier digest';
  const { pkg } = readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'in.xlsx');
  return digestWorkbookBytes(pkg, target);
}

describe('the package writer', () => {
  let wb: Workbook;
  let ws: Worksheet;
  beforeAll(async () => {
    wb = await loadExcelJS(await written());
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

  it('writes text rules as "begins with" conditional formats, in the plan’s order', () => {
    const cfs = conditionalFormats(ws).map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map((r) => [r.type, r.priority]),
    }));
    expect(cfs).toEqual([
      {
        ref: 'B2:B4',
        rules: [
          ['beginsWith', 1],
          ['beginsWith', 2],
        ],
      },
      { ref: 'C4', rules: [['beginsWith', 3]] },
    ]);
  });

  it('gives each text rule its words, its formula and its colours as a dxf after the workbook’s own', async () => {
    const parts = unzipSync(await written());
    // The earlier digest's part, overwritten in place.
    const sheet = strFromU8(parts['xl/worksheets/sheet2.xml']!);
    const styles = strFromU8(parts['xl/styles.xml']!);
    expect(sheet).toContain(
      '<cfRule type="beginsWith" dxfId="0" priority="1" operator="beginsWith" text="Red"><formula>LEFT(B2,LEN(&quot;Red&quot;))=&quot;Red&quot;</formula></cfRule>',
    );
    expect(sheet).toContain(
      'text="Say &quot;hi&quot;"><formula>LEFT(B2,LEN(&quot;Say &quot;&quot;hi&quot;&quot;&quot;))',
    );
    expect(styles).toMatch(
      /<dxfs count="3"><dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill><bgColor rgb="FFFFC7CE"\/><\/patternFill><\/fill><\/dxf>/,
    );
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

describe('the package writer: wrapped text', () => {
  it('gives rows with wrapped text the height their lines need (no AutoFit in LibreOffice or on opening)', async () => {
    const prompt = 'Initial assessments: 65% in Q4 2006/07 against a target of 75% (Red). '.repeat(3);
    const bytes = await written({
      sheets: [
        {
          ...sheet,
          name: 'Wrapped',
          replaces: null,
          blocks: [{ row: 0, col: 0, values: [[prompt], ['short']], numberFormats: [['@'], ['@']] }],
          styles: [{ range: { row: 0, col: 0, rows: 2, cols: 1 }, style: { wrap: true } }],
          textRules: [],
          columnWidths: [52],
        },
      ],
    });
    const ws = (await loadExcelJS(bytes)).getWorksheet('Wrapped')!;
    // About 210 characters in a 52-wide column: four or five lines of 15 points.
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(60);
    expect(ws.getRow(1).height).toBeLessThanOrEqual(75);
    expect(ws.getRow(2).height).toBeUndefined();
  });
});

describe('a new package holding only digests', () => {
  it('takes several planned sheets in one write, each with its own print titles', async () => {
    const editor = newWorkbookPackage();
    const first = { ...sheet, replaces: null };
    const second = { ...sheet, name: 'Digest Q4 2006-07', replaces: null };
    expect(addDigestSheets(editor, { sheets: [first, second] })).toEqual([
      'Digest Q3 2006-07',
      'Digest Q4 2006-07',
    ]);
    const bytes = editor.toZip();
    const wb = await loadExcelJS(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Digest Q3 2006-07', 'Digest Q4 2006-07']);
    expect(wb.getWorksheet('Digest Q4 2006-07')?.getCell('C2').numFmt).toBe('0%');
    const workbookXml = strFromU8(unzipSync(bytes)['xl/workbook.xml']!);
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Digest Q4 2006-07'!$5:$5</definedName>`,
    );
    expect(readWorkbookBytes(bytes, 'new.xlsx').grids[1]?.values[1]).toEqual([
      'SS2',
      'Initial assessments',
      0.65,
    ]);
  });
});

describe('a report sheet (issue 11)', () => {
  it('hides the gridlines and prints portrait as planned', async () => {
    const report: PlannedSheet = {
      ...sheet,
      name: 'Exceptions Q3 2006-07',
      replaces: null,
      freezeRows: 0,
      print: { orientation: 'portrait', paperSize: 'A4', fitToPagesWide: 1 },
      showGridlines: false,
    };
    const wb = await loadExcelJS(await written({ sheets: [report] }));
    const ws = wb.getWorksheet('Exceptions Q3 2006-07')!;
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    expect(ws.pageSetup.orientation).toBe('portrait');
  });

  it('shows the gridlines of a sheet whose plan does not hide them', async () => {
    const wb = await loadExcelJS(await written());
    expect(wb.getWorksheet('Digest Q3 2006-07')!.views[0]?.showGridLines).not.toBe(false);
  });
});
