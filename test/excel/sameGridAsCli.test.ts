/**
 * The CLI's reader and the Office.js adapter hand the engine the same grid (issue 3): on the sample workbook, every
 * cell at every sheet address has the same value and number format, and the engine's answer is the same.
 */
import { join } from 'node:path';
import { DEFAULT_SETTINGS, runDigest, toContractJson, type SheetGrid } from '../../src/engine';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { loadWorkbook, workbookGrids } from '../../src/xlsx/readWorkbook';
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

async function bothReaders() {
  const cli = workbookGrids(await loadWorkbook(SAMPLE));
  session = await openInExcel(await loadWorkbook(SAMPLE));
  const read = await Excel.run((ctx) => readWorkbook(ctx, null));
  const addin = read.sheets.map((s) => read.grids.get(s.id)!);
  return { cli, addin };
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
