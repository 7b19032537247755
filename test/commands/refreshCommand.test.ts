/** The Refresh digest ribbon command, run in the real office.js against the fake host. */
import { DEFAULT_SETTINGS } from '../../src/engine';
import { refreshDigest } from '../../src/excel/refreshDigest';
import { OPEN_PANE_MESSAGE, runRefreshCommand } from '../../src/commands/refreshCommand';
import { runRestoreCommand } from '../../src/commands/restoreCommand';
import { NOTHING_TO_RESTORE } from '../../src/excel/restoreDigest';
import { renderMessage } from '../../src/commands/showMessage';
import { type ExcelSession, openInExcel } from '../support/excelSession';
import { indicatorWorkbook } from '../support/indicatorWorkbook';
import { sheetNames } from '../support/sheetSnapshot';

let session: ExcelSession;
afterEach(() => session?.close());

/** commands.html's address: the message dialog opens it with `?message=`. */
const PAGE = 'https://addin.test/commands.html?_host_Info=Excel';

/** Dialogs office.js asked the host for: it registers for the dialog's events with the dialog's details. */
function dialogsOpened(): { url: string }[] {
  const log = session.booted.hostLog() as { registerEvent?: number; target?: string }[];
  return log
    .filter((e) => e.target?.startsWith('{"url"'))
    .map((e) => JSON.parse(e.target ?? '{}') as { url: string });
}

async function open(...args: Parameters<typeof openInExcel>): Promise<void> {
  session = await openInExcel(...args);
}

it('re-runs the saved settings with no pane open', async () => {
  await open(indicatorWorkbook({ indicators: 10 }));
  await refreshDigest({ settings: DEFAULT_SETTINGS });
  session.host.workbook.deleteSheet(session.host.workbook.sheet('Digest Q4 2006-07')!);
  expect(await runRefreshCommand(PAGE)).toBe('refreshed');
  expect(sheetNames(session.host.workbook)).toEqual(['PIs', 'Digest Q4 2006-07', 'Charts Q4 2006-07']);
});

it('without saved settings asks the user to open the pane, in a dialog, where the host has no shared runtime', async () => {
  await open(indicatorWorkbook({ indicators: 10 }));
  expect(await runRefreshCommand(PAGE)).toBe('asked-to-open-pane');
  const url = new URL(dialogsOpened()[0]?.url ?? 'about:blank');
  expect(url.origin + url.pathname).toBe('https://addin.test/commands.html');
  expect(url.searchParams.get('message')).toBe(OPEN_PANE_MESSAGE);
  expect(sheetNames(session.host.workbook)).toEqual(['PIs']);
});

it('without saved settings tries to open the pane where SharedRuntime 1.1 is there', async () => {
  await open(indicatorWorkbook({ indicators: 10 }), { requirementSets: { SharedRuntime: '1.1' } });
  expect(await runRefreshCommand(PAGE)).toBe('opened-pane');
  expect(dialogsOpened()).toEqual([]);
  expect(sheetNames(session.host.workbook)).toEqual(['PIs']);
});

it('Restore previous digest puts back the digest the last refresh replaced, with no pane open', async () => {
  await open(indicatorWorkbook({ indicators: 10 }));
  await refreshDigest({ settings: DEFAULT_SETTINGS });
  await refreshDigest();
  expect(await runRestoreCommand(PAGE)).toBe('restored');
  // The restored digest is back in its place among the tabs; the newer one is kept hidden where it was.
  expect(sheetNames(session.host.workbook)).toEqual([
    'PIs',
    'Digest Q4 2006-07',
    '~Previous digest Q4 2006-07',
    'Charts Q4 2006-07',
  ]);
  expect(dialogsOpened()).toEqual([]);
});

it('Restore previous digest with nothing to restore says so in a dialog', async () => {
  await open(indicatorWorkbook({ indicators: 10 }));
  expect(await runRestoreCommand(PAGE)).toBe('failed');
  expect(new URL(dialogsOpened()[0]?.url ?? 'about:blank').searchParams.get('message')).toBe(
    NOTHING_TO_RESTORE,
  );
});

it('shows the message as text in the dialog page', () => {
  const message = { textContent: '' };
  const doc = { getElementById: (id: string) => (id === 'message' ? message : null) } as unknown as Document;
  expect(renderMessage(doc, '?message=%3Cb%3ENo%3C%2Fb%3E settings')).toBe(true);
  expect(message.textContent).toBe('<b>No</b> settings'); // textContent: shown as text, never parsed as HTML
  expect(renderMessage(doc, '')).toBe(false);
});
