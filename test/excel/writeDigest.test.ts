/**
 * writeDigest executes a hand-made plan exactly (planTypes.ts): text stays text, formats and styles land per range,
 * the optional print setup follows the host's API set, and the plan's name is used as it is.
 */
import type { DigestPlan, PlannedSheet } from '../../src/engine';
import { DigestWriteError, recoverDigest, writeDigest } from '../../src/excel/writeDigest';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import { FakeWorkbook } from '../support/fakeExcel/workbook';
import { sheetNames } from '../support/sheetSnapshot';

let session: ExcelSession;
afterEach(() => session?.close());

const TRICKY = [
  '=SUM(A1:A2)',
  '+44 1432 260000',
  '-',
  '- 5%',
  '@risk',
  "'tis",
  '2006/07',
  'Jun-06',
  'TRUE',
  '1,234',
  '65%',
  '(12)',
  '12/03/2006',
  '3:30',
];

function sheet(overrides: Partial<PlannedSheet> = {}): PlannedSheet {
  return {
    name: 'Digest Q3 2006-07',
    replaces: null,
    blocks: [],
    styles: [],
    textRules: [],
    columnWidths: [],
    freezeRows: 0,
    print: { orientation: 'landscape', paperSize: 'A4', fitToPagesWide: 1 },
    ...overrides,
  };
}

async function write(plan: DigestPlan, excelApi = '1.7'): Promise<FakeWorkbook> {
  const workbook = new FakeWorkbook();
  workbook.addSheet('PIs');
  session = await openInExcel(workbook, { excelApi });
  await Excel.run((ctx) => writeDigest(ctx, plan));
  return workbook;
}

const cellOf = (wb: FakeWorkbook, r: number, c: number) => wb.peek(wb.sheet('Digest Q3 2006-07')!, r, c);

describe('values', () => {
  it('keeps text that Excel would read as a formula, number, date or boolean as the same text', async () => {
    const values = TRICKY.map((t) => [t]);
    const wb = await write({
      sheets: [sheet({ blocks: [{ row: 0, col: 0, values, numberFormats: values.map(() => ['General']) }] })],
    });
    expect(TRICKY.map((_, r) => cellOf(wb, r, 0).value)).toEqual(TRICKY);
    expect(TRICKY.map((_, r) => cellOf(wb, r, 0).formula)).toEqual(TRICKY.map(() => null));
  });

  it('writes numbers, booleans and empty cells as they are, at the block position', async () => {
    const block = {
      row: 2,
      col: 1,
      values: [[1.5, null, true]],
      numberFormats: [['0.0', 'General', 'General']],
    };
    const wb = await write({ sheets: [sheet({ blocks: [block] })] });
    expect([cellOf(wb, 2, 1).value, cellOf(wb, 2, 2).value, cellOf(wb, 2, 3).value]).toEqual([1.5, '', true]);
    expect(cellOf(wb, 2, 1).numberFormat).toBe('0.0');
    expect(session.host.workbook.usedArea(session.host.workbook.sheet('Digest Q3 2006-07')!, true)).toEqual({
      r0: 2,
      c0: 1,
      r1: 2,
      c1: 3,
    });
  });

  it('sends number formats for the columns that have one, in one operation per block', async () => {
    const values = Array.from({ length: 40 }, (_, i) => [`PI ${i}`, i / 100, 'note']);
    const numberFormats = values.map(() => ['@', '0%', 'General']);
    await write({ sheets: [sheet({ blocks: [{ row: 0, col: 0, values, numberFormats }] })] });
    const write2 = session.host.recorder.trips.filter((t) => t.kind === 'sync')[0];
    expect(cellOf(session.host.workbook, 39, 1).numberFormat).toBe('0%');
    expect(cellOf(session.host.workbook, 39, 2).numberFormat).toBe('General');
    expect(write2?.operations).toBeLessThan(10);
  });
});

describe('styles, rules and layout', () => {
  const styled = sheet({
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ['Title', 'Red'],
          ['x', 'Green'],
        ],
        numberFormats: [
          ['General', 'General'],
          ['General', 'General'],
        ],
      },
    ],
    styles: [
      {
        range: { row: 0, col: 0, rows: 1, cols: 2 },
        style: { bold: true, fontSize: 16, fontColor: '#1F3864', fill: '#DDEBF7', borderBottom: '#1F3864' },
      },
      {
        range: { row: 1, col: 0, rows: 1, cols: 2 },
        style: { italic: true, wrap: true, horizontal: 'center', vertical: 'top' },
      },
    ],
    textRules: [
      {
        range: { row: 0, col: 1, rows: 2, cols: 1 },
        beginsWith: 'Red',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
      },
    ],
    columnWidths: [10, 46, 46],
    freezeRows: 1,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      repeatRows: { first: 0, last: 0 },
    },
  });

  it('applies each style to its range', async () => {
    const wb = await write({ sheets: [styled] });
    expect(cellOf(wb, 0, 1)).toMatchObject({
      bold: true,
      fontSize: 16,
      fontColor: '#1F3864',
      fill: '#DDEBF7',
      borderBottom: '#1F3864',
    });
    expect(cellOf(wb, 1, 0)).toMatchObject({
      italic: true,
      wrap: true,
      horizontal: 'Center',
      vertical: 'Top',
      bold: false,
    });
  });

  it('turns text rules into "begins with" conditional formats, widths into points, and freezes the header', async () => {
    const wb = await write({ sheets: [styled] });
    const digest = wb.sheet('Digest Q3 2006-07')!;
    expect(digest.textRules).toEqual([
      {
        area: { r0: 0, c0: 1, r1: 1, c1: 1 },
        operator: 'BeginsWith',
        text: 'Red',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
      },
    ]);
    expect([...digest.columnWidths.entries()]).toEqual([
      [0, 52.5],
      [1, 241.5],
      [2, 241.5],
    ]);
    expect(digest.frozenRows).toBe(1);
  });

  it('leaves print setup to Excel on a host with ExcelApi 1.7, without calling PageLayout', async () => {
    const wb = await write({ sheets: [styled] }, '1.7');
    expect(wb.sheet('Digest Q3 2006-07')!.page).toMatchObject({
      orientation: 'Portrait',
      printTitleRows: null,
    });
    expect(session.host.recorder.trips.every((t) => t.errorCode === null)).toBe(true);
  });

  it('sets landscape A4, one page wide, with repeated header rows where ExcelApi 1.9 is there', async () => {
    const wb = await write({ sheets: [styled] }, '1.9');
    expect(wb.sheet('Digest Q3 2006-07')!.page).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      printTitleRows: '$1:$1',
    });
  });
});

describe('a report sheet: portrait, no gridlines (issue 11)', () => {
  const report = sheet({
    print: { orientation: 'portrait', paperSize: 'A4', fitToPagesWide: 1 },
    showGridlines: false,
  });

  it('sets portrait where ExcelApi 1.9 is there', async () => {
    const wb = await write({ sheets: [report] }, '1.9');
    expect(wb.sheet('Digest Q3 2006-07')!.page.orientation).toBe('Portrait');
  });

  it('hides the gridlines where ExcelApi 1.8 is there', async () => {
    const wb = await write({ sheets: [report] }, '1.8');
    expect(wb.sheet('Digest Q3 2006-07')!.showGridlines).toBe(false);
  });

  it('keeps them on a host with ExcelApi 1.7, without asking for showGridlines', async () => {
    const wb = await write({ sheets: [report] }, '1.7');
    expect(wb.sheet('Digest Q3 2006-07')!.showGridlines).toBe(true);
    expect(session.host.recorder.trips.every((t) => t.errorCode === null)).toBe(true);
  });

  it('leaves the gridlines of a sheet whose plan does not hide them', async () => {
    const wb = await write({ sheets: [sheet()] }, '1.9');
    expect(wb.sheet('Digest Q3 2006-07')!.showGridlines).toBe(true);
  });
});

describe('names', () => {
  it('uses the plan name, up to 31 characters, and activates the new sheet', async () => {
    const name = 'Digest Q3 2006-07 Childrens Svc'; // 31 characters
    const wb = await write({ sheets: [sheet({ name })] });
    expect(sheetNames(wb)).toEqual(['PIs', name]);
    expect(session.host.active.sheetId).toBe(wb.sheet(name)?.id);
  });

  it.each(['Q3 2006/07', 'x'.repeat(32), 'Digest [draft]'])(
    'fails on an illegal name (%s); recovery leaves no sheet',
    async (name) => {
      const workbook = new FakeWorkbook();
      workbook.addSheet('PIs');
      session = await openInExcel(workbook);
      const plan = { sheets: [sheet({ name })] };
      const failed = await Excel.run((ctx) => writeDigest(ctx, plan)).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(DigestWriteError);
      expect((failed as DigestWriteError).written).toBe(true); // the rename in the swap is what Excel refused
      await recoverDigest(failed as DigestWriteError, plan);
      expect(sheetNames(workbook)).toEqual(['PIs']);
    },
  );
});

describe('several planned sheets (the digest and its reports)', () => {
  const cellsOf = (text: string) => ({
    row: 0,
    col: 0,
    values: [[text]],
    numberFormats: [['@']],
  });

  it('writes every sheet in the same two syncs, replaces only the named earlier ones and activates the digest', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('PIs');
    workbook.addSheet('Exceptions Q3 2006-07');
    session = await openInExcel(workbook);
    const plan: DigestPlan = {
      sheets: [
        sheet({ blocks: [cellsOf('the digest')] }),
        sheet({
          name: 'Exceptions Q3 2006-07',
          replaces: 'Exceptions Q3 2006-07',
          blocks: [cellsOf('the report')],
        }),
      ],
    };
    const mark = session.host.recorder.trips.length;
    const written = await Excel.run((ctx) => writeDigest(ctx, plan));
    expect(session.host.recorder.trips.slice(mark).filter((t) => t.kind === 'sync')).toHaveLength(2);
    expect(sheetNames(workbook)).toEqual(['PIs', 'Digest Q3 2006-07', 'Exceptions Q3 2006-07']);
    expect(workbook.peek(workbook.sheet('Exceptions Q3 2006-07')!, 0, 0).value).toBe('the report');
    expect(written.sheets.map((s) => [s.name, s.replaced])).toEqual([
      ['Digest Q3 2006-07', null],
      ['Exceptions Q3 2006-07', 'Exceptions Q3 2006-07'],
    ]);
    expect(session.host.active.sheetId).toBe(workbook.sheet('Digest Q3 2006-07')?.id);
  });

  it('after a failure naming one report, keeps only complete sheets: the new digest, no temporary sheet', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('PIs');
    workbook.addSheet('Digest Q3 2006-07');
    session = await openInExcel(workbook);
    const plan: DigestPlan = {
      sheets: [
        sheet({ replaces: 'Digest Q3 2006-07', blocks: [cellsOf('the new digest')] }),
        sheet({ name: 'Exceptions [draft]', blocks: [cellsOf('the report')] }),
      ],
    };
    const failed = await Excel.run((ctx) => writeDigest(ctx, plan)).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(DigestWriteError);
    await recoverDigest(failed as DigestWriteError, plan);
    expect(sheetNames(workbook)).toEqual(['PIs', 'Digest Q3 2006-07']);
    // Excel applies a batch up to the failing operation: the digest's swap had completed before the report's name failed.
    expect(workbook.peek(workbook.sheet('Digest Q3 2006-07')!, 0, 0).value).toBe('the new digest');
  });
});
