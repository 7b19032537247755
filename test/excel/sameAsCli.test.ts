/**
 * The add-in and the CLI write the same digest for the same input (issue 4): the sample workbook run through
 * refreshDigest on the fake host, and src/xlsx's package writer on the same plan input, both read back as ExcelJS
 * workbooks: values, number formats, fills, fonts, alignment, borders, column widths, frozen rows, text rules, print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import { DEFAULT_SETTINGS, planDigest, runDigest } from '../../src/engine';
import { refreshDigest } from '../../src/excel/refreshDigest';
import { readWorkbookBytes } from '../../src/xlsx/read/readWorkbook';
import { digestWorkbookBytes } from '../../src/xlsx/writeWorkbookFile';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import { toExcelJS } from '../support/workbookSeed';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-quarterly-digest.xlsx');
const NOW = new Date(Date.UTC(2007, 0, 15));

let session: ExcelSession;
afterEach(() => session?.close());

/** What a cell shows and how, in terms both writers share; undefined where a cell has nothing. */
function cellsOf(sheet: Worksheet): Map<string, object> {
  const out = new Map<string, object>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
      const shown = {
        value: cell.value === '' ? null : (cell.value ?? null), // Office.js writes "" as an empty cell
        numFmt: cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null,
        fill: fill ?? null,
        bold: cell.font?.bold ?? false,
        italic: cell.font?.italic ?? false,
        size: cell.font?.size ?? 11,
        color: cell.font?.color?.argb ?? 'FF000000',
        wrap: cell.alignment?.wrapText ?? false,
        horizontal: cell.alignment?.horizontal ?? null,
        vertical: cell.alignment?.vertical ?? null,
        border: cell.border?.bottom?.color?.argb ?? null,
      };
      const blank =
        shown.value === null &&
        !shown.numFmt &&
        !shown.fill &&
        !shown.bold &&
        !shown.italic &&
        shown.size === 11;
      if (!blank || shown.border || shown.wrap) out.set(cell.address, shown);
    }),
  );
  return out;
}

async function loadExcelJS(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function bothWriters() {
  const { pkg, grids } = readWorkbookBytes(readFileSync(SAMPLE), SAMPLE);
  const outcome = runDigest(grids, DEFAULT_SETTINGS);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const plan = planDigest(outcome.run, {
    existingSheets: grids.map((g) => ({ name: g.name, grid: g })),
    generatedAt: NOW,
  });
  const cli = (await loadExcelJS(digestWorkbookBytes(pkg, plan))).getWorksheet(plan.sheets[0]!.name);
  if (!cli) throw new Error('no digest sheet in the CLI output');

  session = await openInExcel(await loadExcelJS(readFileSync(SAMPLE)));
  const result = await refreshDigest({ settings: DEFAULT_SETTINGS, now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  const addin = toExcelJS(session.host.workbook).getWorksheet(result.value.sheets[0]!.name);
  if (!addin) throw new Error('no digest sheet');
  return { plan, cli, addin, fake: session.host.workbook.sheet(result.value.sheets[0]!.name) };
}

it('writes the same sheet name, values, number formats, fills, fonts, alignment and borders', async () => {
  const { cli, addin } = await bothWriters();
  expect(addin.name).toBe(cli.name);
  const [a, c] = [cellsOf(addin), cellsOf(cli)];
  expect(a.size).toBeGreaterThan(100);
  for (const [address, shown] of c) expect({ address, ...a.get(address) }).toEqual({ address, ...shown });
  expect(c.size).toBe(a.size);
  expect([...a.keys()].filter((k) => !c.has(k))).toEqual([]);
});

it("gives the same column widths (to Excel's pixel), frozen rows and print setup where the API allows", async () => {
  const { cli, addin } = await bothWriters();
  const widths = (s: Worksheet) => Array.from({ length: 10 }, (_, i) => s.getColumn(i + 1).width);
  expect(widths(addin)).toEqual(widths(cli));
  expect(addin.views[0]).toMatchObject({
    state: 'frozen',
    ySplit: (cli.views[0] as { ySplit: number }).ySplit,
  });
  // ExcelApi 1.7 has no PageLayout: print setup is the CLI's alone (docs/excel-host-behaviour.md).
  expect(addin.pageSetup.orientation).not.toBe('landscape');
});

it('colours the same ranges by the same words', async () => {
  const { plan, fake } = await bothWriters();
  const rules = (fake?.textRules ?? []).map((r) => [
    r.area.r0,
    r.area.c0,
    r.area.r1,
    r.area.c1,
    r.text,
    r.fill,
    r.fontColor,
  ]);
  const planned = plan.sheets[0]!.textRules.map((r) => [
    r.range.row,
    r.range.col,
    r.range.row + r.range.rows - 1,
    r.range.col + r.range.cols - 1,
    r.beginsWith,
    r.fill ?? null,
    r.fontColor ?? null,
  ]);
  expect(rules).toEqual(planned);
});
