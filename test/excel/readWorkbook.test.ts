/** readWorkbook: what the engine gets from Office.js (grid.ts), in one sync, and in row blocks past the size limit. */
import { Workbook } from 'exceljs';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import { FakeWorkbook } from '../support/fakeExcel/workbook';

let session: ExcelSession;
afterEach(() => session?.close());

function workbook(): Workbook {
  const wb = new Workbook();
  const pis = wb.addWorksheet('PIs Q3');
  pis.getCell('C5').value = 'Indicator';
  pis.getCell('D5').value = 'Q3 2006/07';
  pis.getCell('C6').value = 'Initial assessments';
  pis.getCell('D6').value = 0.65;
  pis.getCell('D6').numFmt = '0%';
  pis.getCell('E7').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; // formatted, no value
  wb.addWorksheet('Empty');
  return wb;
}

async function read(keys: string[] | null, valuesOnly: string[] = []) {
  const mark = session.host.recorder.trips.length;
  const result = await Excel.run((ctx) => readWorkbook(ctx, keys, valuesOnly));
  return { result, syncs: session.host.recorder.since(mark).syncs };
}

it('reads the used range of cells with values, with its position, values and number formats, in one sync', async () => {
  session = await openInExcel(workbook());
  const { result, syncs } = await read(['PIs Q3']);
  expect(syncs).toBe(1);
  const grid = result.grids.get(result.sheets[0]!.id);
  expect(grid).toEqual({
    name: 'PIs Q3',
    origin: { row: 4, col: 2 },
    values: [
      ['Indicator', 'Q3 2006/07'],
      ['Initial assessments', 0.65],
    ],
    formats: [
      ['General', 'General'],
      ['General', '0%'],
    ],
  });
  expect(result.sheets.map((s) => s.name)).toEqual(['PIs Q3', 'Empty']);
});

it('reads every sheet of a workbook seen for the first time in two syncs; an empty sheet is an empty grid', async () => {
  session = await openInExcel(workbook());
  const { result, syncs } = await read(null);
  expect(syncs).toBe(2);
  expect([...result.grids.values()].map((g) => [g.name, g.values.length])).toEqual([
    ['PIs Q3', 2],
    ['Empty', 0],
  ]);
});

it('reads earlier digests without number formats', async () => {
  session = await openInExcel(workbook());
  const { result } = await read(['PIs Q3'], ['PIs Q3']);
  expect(result.grids.get(result.sheets[0]!.id)?.formats).toEqual([]);
});

it('rejects with ItemNotFound for a sheet no longer in the workbook', async () => {
  session = await openInExcel(workbook());
  await expect(read(['Gone'])).rejects.toMatchObject({ code: 'ItemNotFound' });
});

it('reads a sheet larger than one response in row blocks, with the same result', async () => {
  const big = new FakeWorkbook();
  const sheet = big.addSheet('Big');
  for (let r = 0; r < 400; r++)
    for (let c = 0; c < 6; c++) big.cell(sheet, r + 2, c + 1).value = c === 0 ? `Indicator ${r}` : r * c;
  session = await openInExcel(big);
  const whole = await read(['Big']);
  session.close();
  session = await openInExcel(big, { payloadLimitBytes: 20_000 });
  const blocks = await read(['Big']);
  expect(blocks.result.grids).toEqual(whole.result.grids);
  expect(blocks.syncs).toBeGreaterThan(2);
  expect(session.host.recorder.trips.every((t) => t.responseBytes <= 20_000 || t.errorCode !== null)).toBe(
    true,
  );
});
