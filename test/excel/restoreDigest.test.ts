/**
 * Restore previous digest through the real Office.js client and the fake host (docs/rules.md, "The officer's quarter", Q4): the
 * digest a refresh replaced comes back exactly as it was, the one it replaces is kept in its place, three syncs.
 */
import { DEFAULT_SETTINGS } from '../../src/engine';
import { refreshDigest } from '../../src/excel/refreshDigest';
import { NOTHING_TO_RESTORE, restoreDigest } from '../../src/excel/restoreDigest';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import { indicatorWorkbook } from '../support/indicatorWorkbook';
import { sheetNames, sheetSnapshot, sheetText, visibleSheetNames } from '../support/sheetSnapshot';

let session: ExcelSession;
afterEach(() => session?.close());

const DIGEST = 'Digest Q4 2006-07';
const KEPT = '~Previous digest Q4 2006-07';
/** The digest's Charts sheet (issue 12): the last run's, restore or not. */
const CHARTS = 'Charts Q4 2006-07';

/** A first digest with commentary typed into it, then a second run that replaces it. */
async function replacedOnce(): Promise<string> {
  session = await openInExcel(indicatorWorkbook({ indicators: 12 }));
  expect((await refreshDigest({ settings: DEFAULT_SETTINGS, now: new Date(Date.UTC(2007, 3, 2)) })).ok).toBe(
    true,
  );
  const digest = session.host.workbook.sheet(DIGEST)!;
  session.host.workbook.cell(digest, 40, 12).value = 'A note typed after the first run';
  const before = sheetSnapshot(session.host.workbook, DIGEST)!;
  expect((await refreshDigest({ now: new Date(Date.UTC(2007, 3, 9)) })).ok).toBe(true);
  return before;
}

it('brings back the digest the last run replaced, exactly as it was', async () => {
  const before = await replacedOnce();
  const result = await restoreDigest();
  expect(result).toMatchObject({
    ok: true,
    value: { name: DIGEST, period: 'Q4 2006/07', generated: '2 April 2007', current: DIGEST },
  });
  expect(sheetSnapshot(session.host.workbook, DIGEST)).toBe(before);
  expect(session.host.active.sheetId).toBe(session.host.workbook.sheet(DIGEST)!.id);
});

it('keeps the digest it takes the place of, hidden, so restoring again undoes it', async () => {
  await replacedOnce();
  const newer = sheetText(session.host.workbook, DIGEST);
  expect((await restoreDigest()).ok).toBe(true);
  expect(visibleSheetNames(session.host.workbook)).toEqual(['PIs', DIGEST, CHARTS]);
  expect(session.host.workbook.sheet(KEPT)?.visibility).toBe('Hidden');
  expect(sheetText(session.host.workbook, KEPT)).toEqual(newer);
  expect((await restoreDigest()).ok).toBe(true);
  expect(sheetText(session.host.workbook, DIGEST)).toEqual(newer);
});

it('takes three syncs: the sheet list, the top of each sheet, the swap', async () => {
  await replacedOnce();
  const mark = session.host.recorder.trips.length;
  expect((await restoreDigest()).ok).toBe(true);
  expect(session.host.recorder.since(mark).syncs).toBe(3);
});

it('puts the digest back under its usual name when the newer one was deleted', async () => {
  const before = await replacedOnce();
  session.host.workbook.deleteSheet(session.host.workbook.sheet(DIGEST)!);
  expect(await restoreDigest()).toMatchObject({ ok: true, value: { name: DIGEST, current: null } });
  expect(sheetSnapshot(session.host.workbook, DIGEST)).toBe(before);
  expect(sheetNames(session.host.workbook)).toEqual(['PIs', DIGEST, CHARTS]);
});

it('says there is nothing to restore where no digest was replaced, and changes nothing', async () => {
  session = await openInExcel(indicatorWorkbook({ indicators: 12 }));
  expect((await refreshDigest({ settings: DEFAULT_SETTINGS })).ok).toBe(true);
  const before = sheetSnapshot(session.host.workbook, DIGEST);
  expect(await restoreDigest()).toEqual({
    ok: false,
    error: { code: 'NothingToRestore', message: NOTHING_TO_RESTORE },
  });
  expect(sheetSnapshot(session.host.workbook, DIGEST)).toBe(before);
});

it.each([1, 2, 3])('a failure at sync %i says so and leaves both digests as they were', async (atSync) => {
  await replacedOnce();
  const names = sheetNames(session.host.workbook);
  const digest = sheetSnapshot(session.host.workbook, DIGEST);
  session.host.failAt({ atSync });
  const result = await restoreDigest();
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.message).toMatch(/^While restoring the previous digest: /);
  expect(sheetNames(session.host.workbook)).toEqual(names);
  expect(sheetSnapshot(session.host.workbook, DIGEST)).toBe(digest);
});
