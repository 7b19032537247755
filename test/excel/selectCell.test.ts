/** Go to cell and Use selection through the real Office.js client on the fake host (ExcelApi 1.7, as the manifest asks). */
import { Workbook } from 'exceljs';
import { readSelection } from '../../src/excel/readSelection';
import { selectCell, splitAddress } from '../../src/excel/selectCell';
import { openInExcel, type ExcelSession } from '../support/excelSession';
import { selectArea, selectionOf } from '../support/fakeExcel/selectionModel';

function workbook(): Workbook {
  const wb = new Workbook();
  wb.addWorksheet('Notes').addRow(['Provisional figures']);
  const pis = wb.addWorksheet("Bob's PIs Q3");
  pis.addRow(['Ref', 'Indicator', 'Target', 'Q3 2006/07']);
  pis.addRow(['PAF C64', 'Initial assessments', 0.75, 0.65]);
  pis.getCell('C2').numFmt = '0%';
  pis.getCell('D2').numFmt = '0%';
  return wb;
}

let session: ExcelSession;
beforeEach(async () => {
  session = await openInExcel(workbook());
});
afterEach(() => session.close());

describe('splitAddress', () => {
  it.each([
    ['PIs!D7', 'PIs', 'D7'],
    ["'PIs Q3'!B5", 'PIs Q3', 'B5'],
    ["'Bob''s PIs'!A1", "Bob's PIs", 'A1'],
  ])('reads %s as sheet %s, cell %s', (address, sheet, cell) => {
    expect(splitAddress(address)).toEqual({ sheet, cell });
  });
});

describe('selectCell', () => {
  it('brings the sheet to the front and selects the cell, in one sync', async () => {
    const before = session.host.recorder.syncCount;
    expect(await selectCell("'Bob''s PIs Q3'!D2")).toEqual({ ok: true, value: undefined });
    const selection = selectionOf(session.host.workbook);
    expect(selection?.sheet.name).toBe("Bob's PIs Q3");
    expect(selection?.area).toEqual({ r0: 1, c0: 3, r1: 1, c1: 3 });
    expect(session.host.active.sheetId).toBe(selection?.sheet.id);
    expect(session.host.recorder.syncCount - before).toBe(1);
  });

  it('says in words when the sheet has gone', async () => {
    const result = await selectCell('Gone!A1');
    expect(result).toMatchObject({ ok: false, error: { code: 'ItemNotFound' } });
    expect(!result.ok && result.error.message).toMatch(
      /^While going to Gone!A1: .*no longer in this workbook/,
    );
  });
});

describe('readSelection', () => {
  it('reads the selected range like a sheet: values, number formats and where it starts', async () => {
    const sheet = session.host.workbook.sheet("Bob's PIs Q3")!;
    selectArea(
      { workbook: session.host.workbook, active: session.host.active },
      { sheet, area: { r0: 0, c0: 1, r1: 1, c1: 3 } },
    );
    const result = await readSelection();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.address).toBe("'Bob''s PIs Q3'!B1:D2");
    expect(result.value.grid).toEqual({
      name: "Bob's PIs Q3",
      origin: { row: 0, col: 1 },
      values: [
        ['Indicator', 'Target', 'Q3 2006/07'],
        ['Initial assessments', 0.75, 0.65],
      ],
      formats: [
        ['General', 'General', 'General'],
        ['General', '0%', '0%'],
      ],
    });
  });
});
