/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The pane bound to the Office.js adapter (excelHost), through the real Office.js client on the fake host: what the
 * pane shows and writes is what lands in the workbook. (Node export conditions: ExcelJS's uuid has no browser CJS.)
 */
import './jsdomPolyfills';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { excelHost } from '../../src/taskpane/excelHost';
import { openInExcel, type ExcelSession } from '../support/excelSession';
import { selectionOf } from '../support/fakeExcel/selectionModel';
import { indicatorWorkbook } from '../support/indicatorWorkbook';

// Rendering the whole pane (and booting office.js) can take seconds on a loaded CI machine.
jest.setTimeout(20_000);

let session: ExcelSession;
beforeEach(async () => {
  session = await openInExcel(indicatorWorkbook({ indicators: 12, userSheets: ['Notes'] }));
});
afterEach(() => session.close());

/** What a message bar says, found by its title (Fluent labels the bar's group with it). */
const messageOf = (title: string) => screen.getByRole('group', { name: title }).textContent;

const generate = () =>
  act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));

describe('the task pane in Excel', () => {
  it('writes the previewed digest as a new sheet and saves the settings with the workbook', async () => {
    render(<App host={excelHost} />);
    await screen.findByRole('radio', { name: /^PIs, A3:I15: 12 indicators/ });
    await generate();
    const names = session.host.workbook.sheets.map((s) => s.name);
    expect(names).toEqual(['PIs', 'Notes', 'Digest Q4 2006-07', 'Charts Q4 2006-07']);
    expect(messageOf('Digest written')).toBe(
      'Digest writtenThe sheet "Digest Q4 2006-07" now holds the digest of 12 indicators for Q4 2006/07.Dismiss',
    );
    expect(JSON.parse(session.settings['performanceDigest.settings'] ?? 'null')).toMatchObject({
      sheet: 'PIs',
      basis: 'previous',
    });
  });

  it('replaces its own digest and charts when generated again, leaving one of each', async () => {
    render(<App host={excelHost} />);
    await screen.findByRole('button', { name: 'Generate digest' });
    await generate();
    await generate();
    expect(session.host.workbook.visibleSheets().map((s) => s.name)).toEqual([
      'PIs',
      'Notes',
      'Digest Q4 2006-07',
      'Charts Q4 2006-07',
    ]);
    expect(session.host.workbook.sheet('~Previous digest Q4 2006-07')?.visibility).toBe('Hidden');
    expect(messageOf('Digest written')).toMatch(/\. It replaced the earlier digest of this period\./);
  });

  it('selects an exception’s figure for the current period in the workbook', async () => {
    render(<App host={excelHost} />);
    const exceptions = await screen.findByRole('list', { name: 'Exceptions' });
    const goTo = within(exceptions).getAllByRole('button', { name: /^Go to the Q4 2006\/07 figure of / })[0]!;
    await act(async () => fireEvent.click(goTo));
    const selection = selectionOf(session.host.workbook);
    const { r0 = 0, c0 = 0 } = selection?.area ?? {};
    expect(`${selection?.sheet.name}!${String.fromCharCode(65 + c0)}${r0 + 1}`).toBe(
      goTo.textContent?.replace('Go to the Q4 2006/07 figure, ', ''),
    );
    expect(session.host.workbook.peek(selection!.sheet, r0, c0).value).toEqual(expect.any(Number));
  });

  it('restores the digest the last Generate replaced, exactly as it was', async () => {
    render(<App host={excelHost} />);
    await screen.findByRole('button', { name: 'Generate digest' });
    await generate();
    const first = JSON.stringify([...session.host.workbook.sheet('Digest Q4 2006-07')!.cells]);
    await generate();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore previous digest' })));
    expect(screen.getByText('Previous digest restored')).toBeTruthy();
    expect(JSON.stringify([...session.host.workbook.sheet('Digest Q4 2006-07')!.cells])).toBe(first);
  });

  it('says the digest was not written, and that nothing was lost, when Excel refuses the write', async () => {
    render(<App host={excelHost} />);
    await screen.findByRole('button', { name: 'Generate digest' });
    // Syncs 1–2 read the workbook again; sync 3 writes the new digest sheet.
    session.host.failAt({ atSync: 3, code: 'InvalidOperationInCellEditMode' });
    await generate();
    expect(messageOf('The digest was not written')).toMatch(
      /^The digest was not writtenWhile writing the digest: .*Press Enter or Esc.* Nothing was lost: your sheets and any earlier digest are as they were\.Dismiss$/,
    );
    expect(session.host.workbook.sheets.map((s) => s.name)).toEqual(['PIs', 'Notes']);
  });
});
