/**
 * The CLI's reader and the Office.js adapter hand the engine the same grid (issue 3, issue 14): on the sample
 * workbook and on one holding dates, errors, booleans, rich text, hyperlinks, formulas and merged cells (in both date
 * systems), every cell at every sheet address has the same value and number format, and the engine's answer is the
 * same. The fake host is seeded through ExcelJS, so this also holds the package reader to what ExcelJS read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { DEFAULT_SETTINGS, runDigest, toContractJson, type SheetGrid } from '../../src/engine';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import { type ExcelSession, openInExcel } from '../support/excelSession';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-quarterly-digest.xlsx');

let session: ExcelSession;
afterEach(() => session?.close());

/** Non-empty cells by sheet address (the grids may start at different corners: ExcelJS at A1, Office.js at the used range). */
function cells(grid: SheetGrid): Map<string, { value: unknown; format: string }> {
  const out = new Map<string, { value: unknown; format: string }>();
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const format = grid.formats[r]?.[c] ?? 'General';
      out.set(`${r + grid.origin.row},${c + grid.origin.col}`, { value, format });
    }),
  );
  return out;
}

async function bothReaders(bytes: Uint8Array = readFileSync(SAMPLE)) {
  const cli = readWorkbookBytes(bytes, 'book.xlsx').grids;
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  session = await openInExcel(workbook);
  const read = await Excel.run((ctx) => readWorkbook(ctx, null));
  const addin = read.sheets.map((s) => read.grids.get(s.id)!);
  return { cli, addin };
}

/** Every kind of cell value Excel shows, as another program would save it. */
async function everyKindOfCell(date1904: boolean): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('Kinds');
  ws.getCell('A1').value = new Date(Date.UTC(2006, 5, 1));
  ws.getCell('A1').numFmt = 'mmm-yy';
  ws.getCell('B1').value = { formula: 'DATE(2007,3,31)', result: new Date(Date.UTC(2007, 2, 31)) };
  ws.getCell('B1').numFmt = 'dd/mm/yyyy';
  ws.getCell('C1').value = { error: '#N/A' };
  ws.getCell('D1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('E1').value = true;
  ws.getCell('F1').value = {
    richText: [{ text: 'Initial ', font: { bold: true } }, { text: 'assessments' }],
  };
  ws.getCell('G1').value = { text: 'BV 197', hyperlink: 'https://example.org/bv197' };
  ws.getCell('A2').value = 'Staying Safe';
  ws.mergeCells('A2:D2');
  ws.getCell('B3').value = 0.65;
  ws.getCell('B3').numFmt = '0%';
  ws.mergeCells('B3:B4');
  ws.getCell('C4').value = { formula: 'UPPER("tbc")', result: 'TBC' };
  ws.getCell('D4').value = 1234.5;
  ws.getCell('D4').numFmt = '#,##0';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

it('gives the engine the same cells, values and number formats on every sheet of the sample', async () => {
  const { cli, addin } = await bothReaders();
  expect(addin.map((g) => g.name)).toEqual(cli.map((g) => g.name));
  cli.forEach((grid, i) => expect(cells(addin[i]!)).toEqual(cells(grid)));
  // The sample holds percentages, formulas (by cached result), merged outcome rows and text tokens: not a trivial grid.
  expect(cells(cli[0]!).size).toBeGreaterThan(300);
});

it('so the engine gives the same digest from either', async () => {
  const { cli, addin } = await bothReaders();
  const fromCli = runDigest(cli, DEFAULT_SETTINGS);
  const fromAddin = runDigest(addin, DEFAULT_SETTINGS);
  if (!fromCli.ok || !fromAddin.ok) throw new Error('no digest');
  expect(toContractJson(fromAddin.run)).toEqual(toContractJson(fromCli.run));
});

it.each([false, true])(
  'gives the same dates, errors, booleans, rich text and merged cells (1904 date system: %s)',
  async (date1904) => {
    const { cli, addin } = await bothReaders(await everyKindOfCell(date1904));
    expect(cells(addin[0]!)).toEqual(cells(cli[0]!));
    // 1 Jun 2006 is serial 38869 in the 1900 system, whichever system the file was saved in.
    expect(cli[0]!.values[0]?.slice(0, 7)).toEqual([
      38869,
      39172,
      '#N/A',
      '#DIV/0!',
      true,
      'Initial assessments',
      'BV 197',
    ]);
    expect(cli[0]!.values[1]).toEqual(['Staying Safe']);
  },
);
