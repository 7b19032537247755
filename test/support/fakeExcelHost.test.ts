/**
 * The fake host's Excel behaviours, each through the real client (docs/excel-host-behaviour.md lists them with
 * their sources), so that code passing against it meets the same answers in Excel.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { apiSetOf } from '../../scripts/checkApiSets';
import { MEMBER_API_SETS } from './fakeExcel/apiSets';
import { FakeWorkbook } from './fakeExcel/workbook';
import { type ExcelSession, openInExcel } from './excelSession';

let session: ExcelSession;
afterEach(() => session?.close());

async function open(excelApi = '1.7'): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook();
  const data = wb.addSheet('Data');
  wb.cell(data, 0, 0).value = 'Indicator';
  wb.cell(data, 1, 0).value = 'Referrals';
  wb.cell(data, 1, 1).value = 229;
  wb.cell(data, 5, 5).fill = '#FFFF00'; // formatted, empty
  session = await openInExcel(wb, { excelApi });
  return wb;
}

const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Excel.run(batch);

describe('errors Excel answers with', () => {
  it('ItemNotFound for a sheet that is not there', async () => {
    await open();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('ItemAlreadyExists for a sheet name in use, ignoring case', async () => {
    await open();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.add('DATA');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it.each(['Q3 2006/07', 'a:b', 'x'.repeat(32), "'quoted'", '', 'History'])(
    'InvalidArgument for the sheet name %j',
    async (name) => {
      await open();
      await expect(
        run(async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    },
  );

  it('InvalidArgument for a 2D array whose shape is not the range (the client sends it anyway)', async () => {
    await open();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [[1, 2, 3]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('ApiNotFound for a member above the claimed set (the client does not check)', async () => {
    await open('1.6');
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').freezePanes.freezeRows(1);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('PropertyNotLoaded, from the real client, for a property read without load', async () => {
    await open();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the point of the test
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

describe('sheet visibility (ExcelApi 1.1)', () => {
  /** Data, then a second sheet, Notes, in the workbook. */
  async function two(): Promise<FakeWorkbook> {
    const wb = await open();
    wb.addSheet('Notes');
    return wb;
  }
  const setVisibility = (name: string, visibility: string) =>
    run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).visibility = visibility as Excel.SheetVisibility;
      await ctx.sync();
    });

  it.each(['Hidden', 'VeryHidden'])('hides a sheet (%s) and reads it back', async (visibility) => {
    const wb = await two();
    await setVisibility('Notes', visibility);
    expect(wb.sheet('Notes')!.visibility).toBe(visibility);
    const read = await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Notes').load('visibility');
      await ctx.sync();
      return sheet.visibility;
    });
    expect(read).toBe(visibility);
  });

  it('refuses to hide the last visible sheet (InvalidOperation)', async () => {
    await two();
    await setVisibility('Notes', 'Hidden');
    await expect(setVisibility('Data', 'Hidden')).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses a visibility Excel does not have (InvalidArgument)', async () => {
    await two();
    await expect(setVisibility('Notes', 'Invisible')).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('shows the next visible sheet when the active one is hidden', async () => {
    const wb = await two();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').activate();
      ctx.workbook.worksheets.getItem('Data').visibility = Excel.SheetVisibility.hidden;
      await ctx.sync();
    });
    expect(session.host.active.sheetId).toBe(wb.sheet('Notes')!.id);
  });

  it('refuses to activate a hidden sheet (InvalidOperation)', async () => {
    await two();
    await setVisibility('Notes', 'Hidden');
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Notes').activate();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses to delete a very hidden sheet (GeneralException), but deletes a hidden one', async () => {
    const wb = await two();
    await setVisibility('Notes', 'VeryHidden');
    const remove = () =>
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Notes').delete();
        await ctx.sync();
      });
    await expect(remove()).rejects.toMatchObject({ code: 'GeneralException' });
    await setVisibility('Notes', 'Hidden');
    await remove();
    expect(wb.sheets.map((sheet) => sheet.name)).toEqual(['Data']);
  });

  it('refuses to delete the last visible sheet while others are hidden (InvalidOperation)', async () => {
    await two();
    await setVisibility('Notes', 'Hidden');
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('used range', () => {
  it('counts formatted empty cells unless valuesOnly, and is a null object on an empty sheet', async () => {
    await open();
    const [all, values, empty] = await run(async (ctx) => {
      const data = ctx.workbook.worksheets.getItem('Data');
      const a = data.getUsedRange().load('address');
      const v = data.getUsedRange(true).load('address');
      const e = ctx.workbook.worksheets.add('Blank').getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      return [a.address, v.address, e.isNullObject];
    });
    expect([all, values, empty]).toEqual(['Data!A1:F6', 'Data!A1:B2', true]);
  });
});

describe('values written through Range.values', () => {
  it.each<[string, unknown, string | null]>([
    ['=1+1', '#NAME?', '=1+1'],
    ['-5', -5, null],
    ['65%', 0.65, null],
    ['1,234', 1234, null],
    ['TRUE', true, null],
    ["'=1+1", '=1+1', null],
    ['Q3 2006/07', 'Q3 2006/07', null],
  ])('store %j as Excel would', async (written, value, formula) => {
    const wb = await open();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('C1').values = [[written]];
      await ctx.sync();
    });
    expect(wb.peek(wb.sheet('Data')!, 0, 2)).toMatchObject({ value, formula });
  });

  it('leave a cell unchanged where the array holds null', async () => {
    const wb = await open();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A2:B2').values = [[null, 5]];
      await ctx.sync();
    });
    expect([wb.peek(wb.sheet('Data')!, 1, 0).value, wb.peek(wb.sheet('Data')!, 1, 1).value]).toEqual([
      'Referrals',
      5,
    ]);
  });
});

describe('limits and faults', () => {
  it('refuses a request over the payload limit', async () => {
    session = await openInExcel(new FakeWorkbook(), { payloadLimitBytes: 5_000 });
    session.host.workbook.addSheet('S');
    const big = Array.from({ length: 200 }, (_, i) => [`row ${i} `.repeat(5)]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A200').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('fails the n-th sync from now, applying nothing of it, and counts syncs apart from clean-up trips', async () => {
    const wb = await open();
    session.host.failAt({ atSync: 2 });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.add('One');
        await ctx.sync();
        ctx.workbook.worksheets.add('Two');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data', 'One']);
    expect(session.host.recorder.trips.filter((t) => t.kind === 'sync').map((t) => t.errorCode)).toEqual([
      null,
      'GeneralException',
    ]);
  });
});

describe('gridlines (ExcelApi 1.8)', () => {
  it('hides them as the client sets them, and reads the setting back', async () => {
    const wb = await open('1.8');
    const shown = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').showGridlines = false;
      const read = ctx.workbook.worksheets.getItem('Data').load('showGridlines');
      await ctx.sync();
      return read.showGridlines;
    });
    expect([shown, wb.sheet('Data')!.showGridlines]).toEqual([false, false]);
  });

  it('answers ApiNotFound below ExcelApi 1.8', async () => {
    await open('1.7');
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').showGridlines = false;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('the requirement sets the fake enforces', () => {
  const dts = require.resolve('@types/office-js/index.d.ts');
  const source = ts.createSourceFile(dts, readFileSync(dts, 'utf8'), ts.ScriptTarget.Latest, true);
  /** `Excel.<Type>.<member>` declarations in @types/office-js (the runtime classes, not the *Data/*Load interfaces). */
  function declared(type: string, member: string): ts.Node | undefined {
    let found: ts.Node | undefined;
    const visit = (n: ts.Node, inExcel: boolean): void => {
      if (ts.isModuleDeclaration(n))
        return ts.forEachChild(n, (c) => visit(c, n.name.text === 'Excel' || inExcel));
      if (inExcel && ts.isClassDeclaration(n) && n.name?.text === type)
        found ??= n.members.find(
          (m) => m.name !== undefined && ts.isIdentifier(m.name) && m.name.text === member,
        );
      ts.forEachChild(n, (c) => visit(c, inExcel));
    };
    visit(source, false);
    return found;
  }

  it.each(Object.entries(MEMBER_API_SETS))(
    '%s is ExcelApi %s as @types/office-js documents it',
    (key, version) => {
      const [type = '', member = ''] = key.split('.');
      const node = declared(type, member);
      expect(node).toBeDefined();
      expect(apiSetOf(node as ts.Node)).toEqual({ name: 'ExcelApi', version });
    },
  );
});
