/** Settings persist per workbook in Office.context.document.settings (the real office.js settings object). */
import { DEFAULT_SETTINGS, type DigestSettings } from '../../src/engine';
import {
  loadKnownSheets,
  loadSettings,
  parseSettings,
  saveRun,
  saveSettings,
} from '../../src/excel/settingsStore';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import { FakeWorkbook } from '../support/fakeExcel/workbook';

let session: ExcelSession;
afterEach(() => session?.close());

const settings: DigestSettings = {
  ...DEFAULT_SETTINGS,
  sheet: 'PIs',
  period: 'Q3 2006/07',
  basis: 'year',
  tolerance: { kind: 'absolute', value: 0.02 },
};

it('are saved with the document and read back after the workbook is opened again', async () => {
  const store: Record<string, string> = {};
  session = await openInExcel(new FakeWorkbook(), { settings: store });
  expect(loadSettings()).toBeNull();
  expect(await saveSettings(settings)).toEqual({ ok: true, value: undefined });
  session.close();
  session = await openInExcel(new FakeWorkbook(), { settings: store });
  expect(loadSettings()).toEqual(settings);
});

it('remember the source and digest sheets by id beside the settings', async () => {
  const store: Record<string, string> = {};
  session = await openInExcel(new FakeWorkbook(), { settings: store });
  await saveRun(settings, { sourceSheetId: '{1}', digestSheetIds: ['{2}', '{3}'] });
  expect(loadKnownSheets()).toEqual({ sourceSheetId: '{1}', digestSheetIds: ['{2}', '{3}'] });
  expect(Object.keys(store).sort()).toEqual(['performanceDigest.settings', 'performanceDigest.sheets']);
});

it.each([
  ['not an object', 'Q3'],
  ['an unknown basis', { ...settings, basis: 'quarterly' }],
  ['a tolerance without a number', { ...settings, tolerance: { kind: 'relative', value: '5%' } }],
])('count as none saved when malformed (%s)', (_why, raw) => {
  expect(parseSettings(raw)).toBeNull();
});

it('drop empty optional fields', () => {
  expect(parseSettings({ ...DEFAULT_SETTINGS, sheet: ' ', period: '' })).toEqual(DEFAULT_SETTINGS);
});

it('keeps column corrections saved with the settings, and drops malformed ones (the columns found are used then)', () => {
  const columns = { headerRow: 2, roles: [{ col: 3, role: 'target' }] };
  expect(parseSettings({ ...DEFAULT_SETTINGS, sheet: 'PIs', columns })).toEqual({
    ...DEFAULT_SETTINGS,
    sheet: 'PIs',
    columns,
  });
  for (const bad of [
    { headerRow: -1, roles: columns.roles },
    { headerRow: 2, roles: [{ col: 3, role: 'boss' }] },
    { headerRow: 2, roles: [] },
  ])
    expect(parseSettings({ ...DEFAULT_SETTINGS, columns: bad })).toEqual(DEFAULT_SETTINGS);
});
