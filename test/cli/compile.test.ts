/**
 * perf-digest over several workbooks (issue 10): the three services through --json and --out, folders, globs,
 * --sheet with a workbook, and an unreadable input among several. Expectations from docs/rules.md "Compiling".
 */
import { Workbook } from 'exceljs';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { CellValue, ContractJson, SheetGrid } from '../../src/engine';
import { readWorkbookFile } from '../../src/xlsx/readWorkbookFile';
import { writeServiceFiles } from '../support/services';
import { tempDir } from '../xlsx/tempFiles';
import { cli, expectOneLineError } from './runCli';

const tmp = tempDir();
let files: string[] = [];
beforeAll(async () => {
  mkdirSync(tmp.file('services'));
  files = await writeServiceFiles(tmp.file('services'));
  // Excel's lock file beside an open workbook: never an input.
  writeFileSync(tmp.file('services/~$children.xlsx'), 'locked by Excel');
});
afterAll(() => tmp.remove());

async function json(...args: string[]): Promise<ContractJson> {
  const { code, stdout, stderr } = await cli(...args, '--json');
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout) as ContractJson;
}

describe('perf-digest a.xlsx b.xlsx c.xlsx --json', () => {
  it('rates every indicator of the three services as the rules say', async () => {
    const { period, comparisonPeriod, indicators } = await json(...files);
    expect({
      period,
      comparisonPeriod,
      indicators: indicators.map((i) => [i.ref, i.source, i.rag, i.dot]),
    }).toEqual({
      period: 'Q3 2006/07',
      comparisonPeriod: 'Q2 2006/07',
      indicators: [
        ['CS1', 'children', 'red', 'worsening'],
        ['CS2', 'children', 'green', 'no change'],
        ['NI 112', 'children, health', 'amber', 'improving'],
        ['NI 53', 'children', 'green', 'improving'],
        ['NI 53', 'health', 'amber', 'improving'],
        ['HL1', 'health', 'green', 'improving'],
        ['YS1', 'Youth service', 'no data', 'not comparable'],
        ['YS2', 'Youth service', 'no data', 'not comparable'],
      ],
    });
  });

  it('gives the two data issues, at cells naming their workbooks', async () => {
    const { issues } = await json(...files);
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([
      ['warning', '[Youth service.xlsx]PIs!G1'],
      ['error', '[health.xlsx]Health!B3'],
    ]);
  });

  it('lists the sources: file, sheet, table and last period', async () => {
    const { sources } = await json(...files);
    expect(sources?.map((s) => [s.file, s.sheet, s.range, s.lastPeriod])).toEqual([
      ['children.xlsx', 'PIs Q3', "[children.xlsx]'PIs Q3'!A1:H5", 'Q3 2006/07'],
      ['health.xlsx', 'Health', '[health.xlsx]Health!A1:H4', 'Q3 2006/07'],
      ['Youth service.xlsx', 'PIs', '[Youth service.xlsx]PIs!A1:G3', 'Q2 2006/07'],
    ]);
  });

  it('names each source and its table on stderr', async () => {
    const { stderr } = await cli(...files, '--json');
    expect(stderr).toBe(
      [
        'Read 3 sources:',
        "  children: [children.xlsx]'PIs Q3'!A1:H5, figures to Q3 2006/07.",
        '  health: [health.xlsx]Health!A1:H4, figures to Q3 2006/07.',
        '  Youth service: [Youth service.xlsx]PIs!A1:G3, figures to Q2 2006/07.',
        '',
      ].join('\n'),
    );
  });
});

describe('naming the inputs', () => {
  it('reads every .xlsx of a folder, sorted by name, without Excel’s lock files', async () => {
    const { sources } = await json(tmp.file('services'));
    expect(sources?.map((s) => s.file)).toEqual(['children.xlsx', 'health.xlsx', 'Youth service.xlsx']);
  });

  it('reads what a glob matches, sorted by name', async () => {
    const { sources } = await json(join(tmp.dir, 'services', '*h*.xlsx'));
    expect(sources?.map((s) => s.file)).toEqual(['children.xlsx', 'health.xlsx', 'Youth service.xlsx']);
  });

  it('reads a sheet named with its workbook, and each other workbook’s best table', async () => {
    const { sources } = await json(...files, '--sheet', 'health.xlsx:Health', '--sheet', 'Youth service:PIs');
    expect(sources?.map((s) => s.sheet)).toEqual(['PIs Q3', 'Health', 'PIs']);
  });

  it('refuses a folder without workbooks in one line', async () => {
    mkdirSync(tmp.file('empty'), { recursive: true });
    expectOneLineError(await cli(tmp.file('empty'), files[0]!), /folder .*empty has no \.xlsx workbooks/);
  });

  it('refuses a glob that matches nothing in one line', async () => {
    expectOneLineError(await cli(join(tmp.dir, 'nowhere', '*.xlsx')), /matches no \.xlsx workbook/);
  });

  it('refuses two inputs of the same file name, whose cells could not be told apart', async () => {
    mkdirSync(tmp.file('copy'), { recursive: true });
    await writeServiceFiles(tmp.file('copy'));
    expectOneLineError(
      await cli(files[0]!, tmp.file('copy/children.xlsx')),
      /Two inputs are both called children\.xlsx/,
    );
  });

  it('refuses a workbook named in --sheet that is not an input', async () => {
    expectOneLineError(await cli(...files, '--sheet', 'other.xlsx:PIs'), /no workbook called "other\.xlsx"/);
  });
});

describe('an input that cannot be read among several', () => {
  it('is left out with an error data issue naming it, and the rest are digested', async () => {
    const missing = tmp.file('services/gone.xlsx');
    const { code, stdout, stderr } = await cli(files[0]!, missing, files[1]!, '--json');
    const out = JSON.parse(stdout) as ContractJson;
    expect([code, out.sources?.length, out.issues[0]]).toEqual([
      0,
      2,
      {
        severity: 'error',
        cell: null,
        message: expect.stringMatching(/^gone\.xlsx is left out of this digest: .*does not exist/),
      },
    ]);
    expect(stderr).toMatch(/^Left out gone\.xlsx: /);
  });

  it('stops the run in one line when no input can be read', async () => {
    expectOneLineError(await cli(tmp.file('a.xlsx'), tmp.file('b.xlsx')), /a\.xlsx does not exist/);
  });
});

describe('perf-digest a.xlsx b.xlsx c.xlsx --out digest.xlsx', () => {
  /** The output's sheets, after running the three services into `out`. */
  async function written(out: string): Promise<SheetGrid[]> {
    const result = await cli(...files, '--out', out);
    expect([result.code, result.stdout]).toEqual([
      0,
      `Wrote ${out}: the digest "Digest Q3 2006-07" with "Charts Q3 2006-07", from 3 sources.\n`,
    ]);
    return (await readWorkbookFile(out)).grids;
  }

  const digestRows = async (out: string) => (await written(out))[0]!.values;
  const headerOf = (rows: CellValue[][]) => rows.findIndex((r) => r[0] === 'Ref' && r.includes('Data notes'));

  it('writes a new workbook holding the digest sheet and its charts only', async () => {
    expect((await written(tmp.file('out/new.xlsx'))).map((g) => g.name)).toEqual([
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
    ]);
  });

  it('lists the three sources in the title block, under the marker', async () => {
    const rows = await digestRows(tmp.file('out/title.xlsx'));
    expect(rows.slice(3, 6).map((r) => r[0])).toEqual([
      "children: [children.xlsx]'PIs Q3'!A1:H5, figures to Q3 2006/07.",
      'health: [health.xlsx]Health!A1:H4, figures to Q3 2006/07.',
      'Youth service: [Youth service.xlsx]PIs!A1:G3, figures to Q2 2006/07.',
    ]);
  });

  it('gives every indicator row a Source, under its outcome', async () => {
    const rows = await digestRows(tmp.file('out/source.xlsx'));
    const header = headerOf(rows);
    const source = rows[header]!.indexOf('Source');
    const below = rows.slice(header + 1);
    const table = below.slice(
      0,
      below.findIndex((r) => r.length === 0),
    );
    expect(table.map((r) => (r.length > 1 ? [r[0], r[source]] : r))).toEqual([
      ['Staying Safe'],
      ['CS1', 'children'],
      ['CS2', 'children'],
      ['YS2', 'Youth service'],
      ['Be Healthy'],
      ['NI 112', 'children, health'],
      ['NI 53', 'children'],
      ['NI 53', 'health'],
      ['HL1', 'health'],
      ['Enjoy and Achieve'],
      ['YS1', 'Youth service'],
    ]);
  });

  it('keeps commentary typed into the digest when it is made again into the same file', async () => {
    const out = tmp.file('out/again.xlsx');
    const rows = await digestRows(out);
    const header = headerOf(rows);
    const column = rows[header]!.indexOf('Commentary') + 1;
    const hl1 = rows.findIndex((r, i) => i > header && r[0] === 'HL1') + 1;
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    wb.worksheets[0]!.getCell(hl1, column).value = 'Dental checks up after the school visits.';
    await wb.xlsx.writeFile(out);
    const again = await digestRows(out);
    expect(again[hl1 - 1]?.[column - 1]).toBe('Dental checks up after the school visits.');
  });
});
