/**
 * One rule, one place (docs/rules.md §8 reading 3): on a workbook with two otherwise equal sheets (the same table for
 * 2005/06 and for 2006/07), the CLI and the task pane choose the same table: the sheet reaching the later period,
 * whichever comes first in the workbook. The pane reads the workbook through Office.js on the fake host, as in Excel.
 */
import { Workbook } from 'exceljs';
import type { CellValue } from '../../src/engine';
import { digestReducer, initialDigestState } from '../../src/taskpane/digestReducer';
import { previewFrom } from '../../src/taskpane/digestPreview';
import { excelHost } from '../../src/taskpane/excelHost';
import { cli } from '../cli/runCli';
import { openInExcel, type ExcelSession } from '../support/excelSession';
import { tempDir } from '../xlsx/tempFiles';

const tmp = tempDir();
afterAll(() => tmp.remove());
let session: ExcelSession | undefined;
afterEach(() => session?.close());

/** A year's sheet: the same indicators, polarity and figures; only the year of the quarters differs. */
const year = (fy: string): CellValue[][] => [
  ['Ref', 'Indicator', 'Polarity', 'Target', `Q1 ${fy}`, `Q2 ${fy}`, `Q3 ${fy}`, `Q4 ${fy}`],
  ['SS1', 'Initial assessments', 'Higher', 0.75, 0.68, 0.7, 0.65, 0.72],
  ['SS2', 'Referrals', 'Lower', 220, 175, 200, 229, 210],
];

function workbook(sheets: [string, CellValue[][]][]): Workbook {
  const wb = new Workbook();
  for (const [name, rows] of sheets) wb.addWorksheet(name).addRows(rows);
  return wb;
}

/** The sheet the CLI digests when none is named. */
async function cliChoice(wb: Workbook): Promise<string> {
  const path = tmp.file(`tied-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(path);
  const { code, stdout } = await cli(path, '--json');
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { sheet: string }).sheet;
}

/** The sheet the pane chooses and previews when it opens on the workbook in Excel. */
async function paneChoice(wb: Workbook): Promise<{ selected: string | null; digested: string | null }> {
  session = await openInExcel(wb);
  const read = await excelHost.readWorkbook();
  if (!read.ok) throw new Error(read.error.message);
  const state = digestReducer(initialDigestState, {
    type: 'workbookLoaded',
    sheets: read.value,
    saved: null,
  });
  const { selectedId, outcome } = previewFrom(state);
  return { selected: selectedId, digested: outcome?.ok ? outcome.run.sheet : null };
}

describe.each([
  [
    'the earlier year first',
    [
      ['2005-06', year('2005/06')],
      ['2006-07', year('2006/07')],
    ],
  ],
  [
    'the later year first',
    [
      ['2006-07', year('2006/07')],
      ['2005-06', year('2005/06')],
    ],
  ],
] as [string, [string, CellValue[][]][]][])('two tied sheets, %s', (_, sheets) => {
  it('the CLI digests the sheet reaching the later period', async () => {
    expect(await cliChoice(workbook(sheets))).toBe('2006-07');
  });

  it('the pane chooses and previews the same sheet', async () => {
    expect(await paneChoice(workbook(sheets))).toEqual({ selected: '2006-07', digested: '2006-07' });
  });
});
