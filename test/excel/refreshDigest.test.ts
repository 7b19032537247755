/**
 * A whole refresh through the real Office.js client and the fake Excel host (issue 4; rules §6 for what a digest
 * keeps): sync counts, operations, the user's sheets, commentary, safe replacement under injected faults.
 */
import { DEFAULT_SETTINGS } from '../../src/engine';
import { refreshDigest } from '../../src/excel/refreshDigest';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import { indicatorWorkbook } from '../support/indicatorWorkbook';
import { sheetNames, sheetSnapshot, sheetText, visibleSheetNames } from '../support/sheetSnapshot';

let session: ExcelSession;
afterEach(() => session?.close());

const DIGEST = 'Digest Q4 2006-07';
/** Issue 12: the digest's Charts sheet, written and replaced with it. */
const CHARTS = 'Charts Q4 2006-07';
const KEPT = '~Previous digest Q4 2006-07';

async function firstRefresh(options: Parameters<typeof indicatorWorkbook>[0]): Promise<void> {
  session = await openInExcel(indicatorWorkbook(options));
  const first = await refreshDigest({ settings: DEFAULT_SETTINGS });
  if (!first.ok) throw new Error(first.error.message);
}

/** Totals of the refresh run by `run`, from the trip recorder. */
async function measured<T>(run: () => Promise<T>): Promise<{ result: T; syncs: number; operations: number }> {
  const mark = session.host.recorder.trips.length;
  const result = await run();
  const { syncs, operations } = session.host.recorder.since(mark);
  return { result, syncs, operations };
}

function typeCommentary(sheet: string, indicatorName: string, text: string): void {
  const s = session.host.workbook.sheet(sheet);
  const rows = sheetText(session.host.workbook, sheet);
  const commentaryCol = rows.findIndex((r) => r.includes('Commentary') && r.includes('Indicator'));
  const col = rows[commentaryCol]?.indexOf('Commentary') ?? -1;
  const lastRow = rows
    .map((r, i) => (r[1] === indicatorName ? i : -1))
    .filter((i) => i > commentaryCol)
    .pop();
  if (!s || col < 0 || lastRow === undefined) throw new Error(`no row for ${indicatorName}`);
  session.host.workbook.cell(s, lastRow, col).value = text;
}

describe('a refresh from saved settings', () => {
  it.each([10, 100, 1_000, 10_000])(
    'takes at most 3 syncs with %i indicators',
    async (indicators) => {
      await firstRefresh({ indicators, outcomes: 6 });
      const { result, syncs } = await measured(() => refreshDigest());
      expect(result.ok).toBe(true);
      expect(syncs).toBeLessThanOrEqual(3);
      expect(session.host.internalErrors).toEqual([]);
    },
    30_000,
  );

  it('queues operations that grow with sections (outcomes), not with indicators', async () => {
    const ops = async (indicators: number, outcomes: number) => {
      await firstRefresh({ indicators, outcomes });
      const { operations } = await measured(() => refreshDigest());
      session.close();
      return operations;
    };
    const six = await ops(600, 6);
    expect(await ops(3_000, 6)).toBe(six); // five times the cells, same operations
    const twelve = await ops(600, 12);
    expect(twelve).toBeGreaterThan(six);
    expect(await ops(600, 18)).toBe(twelve + (twelve - six)); // a fixed cost per section
  }, 30_000);

  it('needs one more sync to find the table in a workbook seen for the first time', async () => {
    session = await openInExcel(indicatorWorkbook({ indicators: 20 }));
    const { result, syncs } = await measured(() => refreshDigest({ settings: DEFAULT_SETTINGS }));
    expect(result.ok).toBe(true);
    expect(syncs).toBe(4);
    expect(sheetNames(session.host.workbook)).toEqual(['PIs', DIGEST, CHARTS]);
  });

  it('leaves no settings and writes nothing when none are saved', async () => {
    session = await openInExcel(indicatorWorkbook({ indicators: 5 }));
    const result = await refreshDigest();
    expect(result).toMatchObject({ ok: false, error: { code: 'NoSettings' } });
    expect(sheetNames(session.host.workbook)).toEqual(['PIs']);
  });
});

describe("the user's sheets", () => {
  it('are unchanged cell for cell after a refresh, a re-refresh and a failed refresh', async () => {
    session = await openInExcel(indicatorWorkbook({ indicators: 30, userSheets: ['Notes', 'Digest notes'] }));
    const before = ['PIs', 'Notes', 'Digest notes'].map((n) => sheetSnapshot(session.host.workbook, n));
    expect((await refreshDigest({ settings: DEFAULT_SETTINGS })).ok).toBe(true);
    expect((await refreshDigest()).ok).toBe(true);
    session.host.failAt({ atSync: 2 });
    expect((await refreshDigest()).ok).toBe(false);
    expect(['PIs', 'Notes', 'Digest notes'].map((n) => sheetSnapshot(session.host.workbook, n))).toEqual(
      before,
    );
  });

  it('keep their names: a user sheet named like the digest makes the digest take another name', async () => {
    session = await openInExcel(indicatorWorkbook({ indicators: 10, userSheets: [DIGEST] }));
    const mine = sheetSnapshot(session.host.workbook, DIGEST);
    const result = await refreshDigest({ settings: DEFAULT_SETTINGS });
    expect(result).toMatchObject({
      ok: true,
      value: {
        sheets: [
          { name: `${DIGEST} (2)`, replaced: null },
          { name: CHARTS, replaced: null },
        ],
      },
    });
    expect(sheetSnapshot(session.host.workbook, DIGEST)).toBe(mine);
  });
});

describe('commentary (rules §6)', () => {
  it('typed into a digest survives a re-run for the same period', async () => {
    await firstRefresh({ indicators: 12 });
    typeCommentary(DIGEST, 'Indicator number 4', 'Recovered after the staffing gap in Q3.');
    const result = await refreshDigest();
    expect(result).toMatchObject({
      ok: true,
      value: {
        sheets: [
          { name: DIGEST, replaced: DIGEST },
          { name: CHARTS, replaced: CHARTS },
        ],
      },
    });
    const rows = sheetText(session.host.workbook, DIGEST);
    expect(
      rows.some(
        (r) => r[1] === 'Indicator number 4' && r.includes('Recovered after the staffing gap in Q3.'),
      ),
    ).toBe(true);
    expect(visibleSheetNames(session.host.workbook)).toEqual(['PIs', DIGEST, CHARTS]);
  });

  it('keeps the digest it replaces, hidden and exactly as it was, and only one such digest', async () => {
    await firstRefresh({ indicators: 12 });
    typeCommentary(DIGEST, 'Indicator number 4', 'First answer.');
    const first = sheetSnapshot(session.host.workbook, DIGEST)!.replace(
      `"${DIGEST}","visibility":"Visible"`,
      '',
    );
    expect((await refreshDigest()).ok).toBe(true);
    const kept = session.host.workbook.sheet(KEPT)!;
    expect(kept.visibility).toBe('Hidden');
    expect(sheetSnapshot(session.host.workbook, KEPT)!.replace(`"${KEPT}","visibility":"Hidden"`, '')).toBe(
      first,
    );
    expect((await refreshDigest()).ok).toBe(true);
    expect(sheetNames(session.host.workbook)).toEqual(['PIs', KEPT, DIGEST, CHARTS]);
  });

  it('of an indicator removed from the source is kept under Removed indicators', async () => {
    await firstRefresh({ indicators: 12 });
    typeCommentary(DIGEST, 'Indicator number 12', 'Owner: J. Smith. Data from the new system.');
    const pis = session.host.workbook.sheet('PIs');
    if (!pis) throw new Error('no PIs sheet');
    for (let c = 0; c < 9; c++) pis.cells.delete(`${3 + 11},${c}`); // the row of indicator 12
    expect((await refreshDigest()).ok).toBe(true);
    const rows = sheetText(session.host.workbook, DIGEST);
    const removed = rows.findIndex((r) => r[0] === 'Removed indicators');
    expect(removed).toBeGreaterThan(0);
    expect(rows.slice(removed).some((r) => r.includes('Owner: J. Smith. Data from the new system.'))).toBe(
      true,
    );
  });
});

describe('a failure at any sync', () => {
  it.each([1, 2, 3])(
    'at sync %i leaves the previous digest complete and no half-written sheet',
    async (atSync) => {
      await firstRefresh({ indicators: 25 });
      typeCommentary(DIGEST, 'Indicator number 2', 'Kept through a failed refresh.');
      const previous = sheetSnapshot(session.host.workbook, DIGEST);
      session.host.failAt({ atSync });
      const result = await refreshDigest();
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toMatch(/^While (reading the workbook|writing the digest): /);
      expect(sheetNames(session.host.workbook)).toEqual(['PIs', DIGEST, CHARTS]);
      expect(sheetSnapshot(session.host.workbook, DIGEST)).toBe(previous);
    },
  );

  it.each([1, 2, 3, 4, 5, 6])(
    'half-way through the swap (%i actions done) leaves a complete digest under its name and the earlier one kept',
    async (afterActions) => {
      await firstRefresh({ indicators: 25 });
      const earlier = sheetText(session.host.workbook, DIGEST);
      session.host.failAt({ atSync: 3, afterActions });
      const result = await refreshDigest();
      expect(result.ok).toBe(false);
      const names = sheetNames(session.host.workbook);
      // Either nothing changed, or the new digest is complete and the earlier one kept under its kept name.
      expect(names).toContain(DIGEST);
      expect(names.filter((n) => n !== KEPT && n !== CHARTS)).toEqual(['PIs', DIGEST]);
      expect(sheetText(session.host.workbook, DIGEST)[0]?.[0]).toBe('Performance digest: Q4 2006/07');
      expect(sheetText(session.host.workbook, names.includes(KEPT) ? KEPT : DIGEST)).toEqual(earlier);
    },
  );

  it('that left a temporary sheet behind is cleaned up by the next write', async () => {
    await firstRefresh({ indicators: 8 });
    session.host.workbook.addSheet('~Digest being written 00abcd');
    expect((await refreshDigest()).ok).toBe(true);
    expect(sheetNames(session.host.workbook)).toEqual(['PIs', KEPT, DIGEST, CHARTS]);
  });
});

describe('remembered sheets', () => {
  it('follow a renamed source sheet, by id', async () => {
    await firstRefresh({ indicators: 8 });
    session.host.workbook.rename(session.host.workbook.sheet('PIs')!, 'Council Plan PIs');
    const { result, syncs } = await measured(() => refreshDigest());
    expect(result).toMatchObject({ ok: true, value: { run: { sheet: 'Council Plan PIs' } } });
    expect(syncs).toBe(3);
  });

  it('deleted by the user make the refresh read every sheet again', async () => {
    await firstRefresh({ indicators: 8 });
    session.host.workbook.deleteSheet(session.host.workbook.sheet(DIGEST)!);
    const { result, syncs } = await measured(() => refreshDigest());
    expect(result).toMatchObject({
      ok: true,
      value: {
        sheets: [
          { name: DIGEST, replaced: null },
          { name: CHARTS, replaced: CHARTS },
        ],
      },
    });
    expect(syncs).toBe(5);
  });
});

describe('an action plan on a sheet of its own (issue 11)', () => {
  it('is read by a refresh from saved settings too, which rewrites its tracker in 3 syncs', async () => {
    const wb = indicatorWorkbook({ indicators: 8 });
    const plan = wb.addWorksheet('Action plan');
    plan.addRow(['DATE: 19.05.06']);
    plan.addRow(['Action', 'Owner', 'Due', 'Status']);
    plan.addRow(['Write a workforce strategy', 'Head of HR', '30/04/2006', 'Slipping']);
    session = await openInExcel(wb);
    const first = await refreshDigest({ settings: DEFAULT_SETTINGS });
    expect(first.ok && first.value.sheets.map((s) => s.name)).toEqual([
      DIGEST,
      'Charts Q4 2006-07',
      'Actions Q4 2006-07',
    ]);
    const { result, syncs } = await measured(() => refreshDigest());
    expect(result.ok && result.value.run.actions?.actions.map((a) => a.rag)).toEqual(['red']);
    expect(result.ok && result.value.sheets.map((s) => [s.name, s.replaced])).toEqual([
      [DIGEST, DIGEST],
      ['Charts Q4 2006-07', 'Charts Q4 2006-07'],
      ['Actions Q4 2006-07', 'Actions Q4 2006-07'],
    ]);
    expect(syncs).toBe(3);
  });
});
