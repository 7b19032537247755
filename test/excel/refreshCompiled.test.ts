/**
 * Refresh digest on a compiled digest (issue 10; docs/rules.md §9 readings 2 and 6): the saved sources are the open
 * workbook's sheets and another workbook's, which Refresh cannot read from disk: it is left out, saying so, and the
 * sheets are digested.
 */
import { DEFAULT_SETTINGS } from '../../src/engine';
import { parseSettings } from '../../src/excel/settingsStore';
import { refreshDigest } from '../../src/excel/refreshDigest';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import { servicesWorkbook } from '../support/services';

let session: ExcelSession;
afterEach(() => session?.close());

const SOURCES = ['Children', 'Health', 'Youth service.xlsx:PIs'];

async function refreshed() {
  session = await openInExcel(
    servicesWorkbook([
      { service: 0, sheet: 'Children' },
      { service: 1, sheet: 'Health' },
    ]),
  );
  const result = await refreshDigest({ settings: { ...DEFAULT_SETTINGS, sources: SOURCES } });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

it('keeps the saved sources when it reads them back', () => {
  expect(parseSettings({ ...DEFAULT_SETTINGS, sources: SOURCES })?.sources).toEqual(SOURCES);
});

it('digests the sheets of the open workbook', async () => {
  expect((await refreshed()).run.sources.map((s) => s.sheet)).toEqual(['Children', 'Health']);
});

it('leaves out the workbook it cannot read with an error that says how to add it again', async () => {
  expect((await refreshed()).run.issues[0]).toEqual({
    severity: 'error',
    cell: null,
    message: expect.stringMatching(
      /^Youth service\.xlsx is left out of this digest: .*add Youth service\.xlsx again with Add workbooks…/,
    ),
  });
});

it('saves the sources as they were, not just the first sheet', async () => {
  await refreshed();
  expect(JSON.parse(session.settings['performanceDigest.settings'] ?? 'null')).toMatchObject({
    sources: SOURCES,
  });
});
