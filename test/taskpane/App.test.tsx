/** @jest-environment jsdom */
import './jsdomPolyfills';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { memoryHost, type MemoryHost } from './memoryHost';
import { grid, notes, quarterly } from './fixtures';

// Rendering the whole pane (and booting office.js) can take seconds on a loaded CI machine.
jest.setTimeout(20_000);

const checked = (el: HTMLElement) => (el as HTMLInputElement).checked;

async function openPane(host: MemoryHost) {
  render(<App host={host} />);
  await screen.findByRole('button', { name: 'Generate digest' });
}

const open = (section: RegExp) => fireEvent.click(screen.getByRole('button', { name: section }));

describe('the task pane', () => {
  it('chooses the best indicator table and lists it with its size and confidence (rules §1)', async () => {
    await openPane(memoryHost([notes, quarterly]));
    const radio = screen.getByRole('radio', { name: /^PIs, A3:H9: 4 indicators, \d+% sure$/ });
    expect(checked(radio)).toBe(true);
    expect(screen.queryByRole('radio', { name: /^Notes/ })).toBeNull();
  });

  it('previews the summary with badges that say their status, never colour alone (rules §6)', async () => {
    await openPane(memoryHost([quarterly]));
    const all = screen.getByRole('list', { name: 'All indicators' });
    for (const text of ['Red 1', 'Amber 1', 'Green 1', 'No target 1', 'Worsening 3', 'Improving 1']) {
      expect(within(all).getByText(text)).toBeTruthy();
    }
    expect(within(screen.getByRole('list', { name: 'Staying Safe' })).getByText('Red 1')).toBeTruthy();
  });

  it('lists the exceptions Red first, each with its commentary prompt (rules §6)', async () => {
    await openPane(memoryHost([quarterly]));
    const items = within(screen.getByRole('list', { name: 'Exceptions' })).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Initial assessments within 7 working days');
    expect(within(items[0]!).getByText('Red')).toBeTruthy();
    expect(items[0]!.textContent).toMatch(/65%.*75%/);
    expect(items[1]!.textContent).toContain('Referrals to social care');
    expect(within(items[1]!).getByText('Amber')).toBeTruthy();
  });

  it('selects an exception’s cell in the workbook with Go to', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Go to PIs!B5' })));
    expect(host.selected).toEqual(['PIs!B5']);
  });

  it('says in words when a cell cannot be selected, and that nothing was lost', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    host.failNext('selectCell', {
      code: 'ItemNotFound',
      message: 'The sheet "PIs" is no longer in the workbook.',
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Go to PIs!B5' })));
    expect(screen.getByText('PIs!B5 could not be selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('PIs!B5 could not be selected')).toBeNull();
  });

  it('lists each column with the role found, and a correction changes the result (rules §1)', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    open(/2\. Check the columns/);
    expect(screen.getByText('4 indicators over 3 periods (Q1 2006/07 to Q3 2006/07).')).toBeTruthy();
    expect(screen.getByText('2 outcomes: Staying Safe, Be Healthy.')).toBeTruthy();
    const goal = screen.getByRole('combobox', { name: 'E: Goal' }) as HTMLSelectElement;
    expect(goal.value).toBe('none');
    fireEvent.change(goal, { target: { value: 'target' } });
    // Core assessments, 71% against the 80% in the Goal column, is now Red rather than No target.
    const all = screen.getByRole('list', { name: 'All indicators' });
    expect(within(all).getByText('Red 2')).toBeTruthy();
    expect(within(all).queryByText(/No target/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(host.sheets).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Undo my corrections' }));
    expect(
      within(screen.getByRole('list', { name: 'All indicators' })).getByText('No target 1'),
    ).toBeTruthy();
  });

  it('will not write without a column of indicator names (rules §1)', async () => {
    await openPane(memoryHost([quarterly]));
    open(/2\. Check the columns/);
    fireEvent.change(screen.getByRole('combobox', { name: 'B: Indicator' }), { target: { value: 'none' } });
    expect(screen.getByText('Choose the column that holds the indicator names.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Generate digest' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('rejects a tolerance that is not a number, and will not write until it is corrected (rules §3)', async () => {
    await openPane(memoryHost([quarterly]));
    open(/3\. Rules/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tolerance' }), { target: { value: 'five' } });
    expect(screen.getByText(/"five" is not a tolerance/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Generate digest' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('rates again with the tolerance typed: at 0, Referrals (229 against 220) is Red, not Amber (rules §3)', async () => {
    await openPane(memoryHost([quarterly]));
    open(/3\. Rules/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tolerance' }), { target: { value: '0' } });
    expect(within(screen.getByRole('list', { name: 'All indicators' })).getByText('Red 2')).toBeTruthy();
  });

  it('writes the digest, saves the settings with the workbook and says what was written', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(host.sheets.map((s) => s.name)).toEqual(['PIs', expect.stringMatching(/Q3 2006-07|Digest/)]);
    expect(host.settings).toMatchObject({
      sheet: 'PIs',
      basis: 'previous',
      tolerance: { kind: 'relative', value: 0.05 },
    });
    expect(screen.getByText(/now holds the digest of 4 indicators for Q3 2006\/07/)).toBeTruthy();
  });

  it('replaces the earlier digest of the same period when written again', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(host.sheets).toHaveLength(2);
    expect(screen.getByText(/replaced the earlier digest of Q3 2006\/07/)).toBeTruthy();
  });

  it('explains a failed write in the user’s words and says nothing was lost', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    host.failNext('writeDigest', {
      code: 'InvalidOperationInCellEditMode',
      message: 'Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.',
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(screen.getByText('The digest was not written')).toBeTruthy();
    expect(screen.getByText(/Press Enter or Esc.*Nothing was lost/)).toBeTruthy();
    expect(host.sheets).toHaveLength(1);
    expect(host.settings).toBeNull();
  });

  it('says clearly when the workbook has no indicator table (rules §1)', async () => {
    await openPane(memoryHost([notes]));
    expect(screen.getByText(/No indicator table found in this workbook/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Generate digest' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('opens with the settings saved in the workbook', async () => {
    const saved = {
      sheet: 'PIs',
      period: 'Q2 2006/07',
      basis: 'previous' as const,
      tolerance: { kind: 'absolute' as const, value: 0.02 },
      changeThreshold: { kind: 'absolute' as const, value: 0 },
    };
    await openPane(memoryHost([quarterly], saved));
    open(/3\. Rules/);
    expect((screen.getByRole('textbox', { name: 'Tolerance' }) as HTMLInputElement).value).toBe('0.02');
    expect((screen.getByRole('combobox', { name: 'Current period' }) as HTMLSelectElement).value).toBe(
      'Q2 2006/07',
    );
  });

  it('uses the selected range instead of the tables found', async () => {
    const host = memoryHost([quarterly]);
    const selected = grid('PIs', quarterly.values.slice(2, 6));
    host.selection = { address: 'PIs!A3:H6', grid: { ...selected, origin: { row: 2, col: 0 } } };
    await openPane(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Use selection' })));
    expect(checked(screen.getByRole('radio', { name: 'Your selection, PIs!A3:H6' }))).toBe(true);
    expect(screen.getByText(/^2 indicators, Q3 2006\/07/)).toBeTruthy();
  });
});
