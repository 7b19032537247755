/** @jest-environment jsdom */
import './jsdomPolyfills';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { typed } from '../support/plannedGrid';
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

/** The badges of a summary list (rules §6: each says its word and count), in the order shown. */
const badges = (list: string) =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** The quarterly fixture's summary: Adoptions Green, Referrals Amber, Initial assessments Red, Core assessments No target. */
const QUARTERLY_BADGES = ['Red 1', 'Amber 1', 'Green 1', 'No target 1', 'Worsening 3', 'Improving 1'];

/** What a message bar says, found by its title (Fluent labels the bar's group with it). */
const messageOf = (title: string) => screen.getByRole('group', { name: title }).textContent;

/** Every message bar's text, for bars without a title. */
const messageBars = () => screen.queryAllByRole('group').map((bar) => bar.textContent);

const generateButton = () => screen.getByRole('button', { name: 'Generate digest' }) as HTMLButtonElement;

/** Generate is refused (focusable, so the focus stays on it, but disabled to press). */
const generateBlocked = () => generateButton().getAttribute('aria-disabled') === 'true';

/** A deep copy of the workbook as it stands, to show later that nothing in it changed. */
const copyOf = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The accessible name of the Go to button of Initial assessments (PIs!H5 holds its Q3 2006/07 figure). */
const GO_TO_SS1 = 'Go to the Q3 2006/07 figure of Initial assessments within 7 working days, PIs!H5';

describe('the task pane', () => {
  it('chooses the best indicator table and lists it with its size and confidence (rules §1)', async () => {
    await openPane(memoryHost([notes, quarterly]));
    const radio = screen.getByRole('radio', { name: 'PIs, A3:H9: 4 indicators, a good match' });
    expect(checked(radio)).toBe(true);
    expect(screen.queryByRole('radio', { name: /^Notes/ })).toBeNull();
  });

  it('previews the summary with badges that say their status, never colour alone (rules §6)', async () => {
    await openPane(memoryHost([quarterly]));
    expect(badges('All indicators')).toEqual(QUARTERLY_BADGES);
    // Initial assessments is Red and Worsening; Core assessments, with no target, is Worsening too.
    expect(badges('Staying Safe')).toEqual(['Red 1', 'No target 1', 'Worsening 2']);
  });

  it('lists the exceptions Red first, each with its commentary prompt (rules §6)', async () => {
    await openPane(memoryHost([quarterly]));
    const items = within(screen.getByRole('list', { name: 'Exceptions' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^PAF C64 Initial assessments within 7 working daysRedWorsening ▼.*65%.*75%/),
      expect.stringMatching(/^LAC 1 Referrals to social careAmberWorsening ▲/),
      expect.stringMatching(/^PAF C65 Core assessments within 35 working daysNo targetWorsening ▼/),
    ]);
  });

  it('selects an exception’s figure with Go to, a button named by the indicator and the figure', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    const goTo = screen.getByRole('button', { name: GO_TO_SS1 });
    expect(goTo.textContent).toBe('Go to the Q3 2006/07 figure, PIs!H5');
    await act(async () => fireEvent.click(goTo));
    expect(host.selected).toEqual(['PIs!H5']);
  });

  it('says in words when a cell cannot be selected, and changes nothing in the workbook', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    const before = copyOf(host.sheets);
    host.failNext('selectCell', {
      code: 'ItemNotFound',
      message: 'The sheet "PIs" is no longer in the workbook.',
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: GO_TO_SS1 })));
    expect(messageOf('PIs!H5 could not be selected')).toBe(
      'PIs!H5 could not be selectedThe sheet "PIs" is no longer in the workbook.Dismiss',
    );
    expect(host.sheets).toEqual(before);
    expect(host.selected).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group', { name: 'PIs!H5 could not be selected' })).toBeNull();
  });

  it('lists each column with the role found, and a correction changes the result (rules §1)', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    open(/2\. Check the columns/);
    const facts = screen.getByText(/^Header in row/).closest('ul') as HTMLElement;
    expect(
      within(facts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Header in row 3; one column per period.',
      '4 indicators over 3 periods (Q1 2006/07 to Q3 2006/07).',
      '2 outcomes: Staying Safe, Be Healthy.',
    ]);
    const goal = screen.getByRole('combobox', { name: 'E: Goal' }) as HTMLSelectElement;
    expect(goal.value).toBe('none');
    fireEvent.change(goal, { target: { value: 'target' } });
    // Core assessments, 71% against the 80% in the Goal column, is now Red rather than No target.
    expect(badges('All indicators')).toEqual(['Red 2', 'Amber 1', 'Green 1', 'Worsening 3', 'Improving 1']);
    await act(async () => fireEvent.click(generateButton()));
    // The digest and its Charts sheet (issue 12) beside the user's sheet.
    expect(host.sheets).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Undo my corrections' }));
    expect(badges('All indicators')).toEqual(QUARTERLY_BADGES);
    expect(document.activeElement?.textContent).toContain('Corrections undone');
  });

  it('will not write without a column of indicator names (rules §1)', async () => {
    await openPane(memoryHost([quarterly]));
    open(/2\. Check the columns/);
    fireEvent.change(screen.getByRole('combobox', { name: 'B: Indicator' }), { target: { value: 'none' } });
    expect(messageBars()).toContain('Choose the column that holds the indicator names.');
    expect(generateBlocked()).toBe(true);
  });

  it('rejects a tolerance that is not a number, and will not write until it is corrected (rules §3)', async () => {
    await openPane(memoryHost([quarterly]));
    open(/3\. Rules/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tolerance' }), { target: { value: 'five' } });
    const tolerance = screen.getByRole('textbox', { name: 'Tolerance' });
    expect(tolerance.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { description: /^"five" is not a tolerance/ })).toBe(tolerance);
    expect(generateBlocked()).toBe(true);
  });

  it('rates again with the tolerance typed: at 0, Referrals (229 against 220) is Red, not Amber (rules §3)', async () => {
    await openPane(memoryHost([quarterly]));
    open(/3\. Rules/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tolerance' }), { target: { value: '0' } });
    expect(badges('All indicators')).toEqual([
      'Red 2',
      'Green 1',
      'No target 1',
      'Worsening 3',
      'Improving 1',
    ]);
  });

  it('writes the digest, saves the settings with the workbook and says what was written', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(host.sheets.map((s) => s.name)).toEqual(['PIs', 'Digest Q3 2006-07', 'Charts Q3 2006-07']);
    expect(host.settings).toMatchObject({
      sheet: 'PIs',
      basis: 'previous',
      tolerance: { kind: 'relative', value: 0.05 },
    });
    expect(messageOf('Digest written')).toBe(
      'Digest writtenThe sheet "Digest Q3 2006-07" now holds the digest of 4 indicators for Q3 2006/07.Dismiss',
    );
  });

  it('replaces the earlier digest of the same period when written again', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(host.sheets.map((s) => s.name)).toEqual([
      'PIs',
      '~Previous digest Q3 2006-07',
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
    ]);
    expect(messageOf('Digest written')).toMatch(
      /now holds the digest of 4 indicators for Q3 2006\/07\. It replaced the earlier digest of this period\. The earlier digest is kept hidden: Restore previous digest puts it back\.Dismiss$/,
    );
  });

  it('explains a failed write in the user’s words, and nothing was lost: no sheet, settings or earlier digest changed', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    await act(async () => fireEvent.click(generateButton()));
    const before = { sheets: copyOf(host.sheets), settings: copyOf(host.settings) };
    host.failNext('writeDigest', {
      code: 'InvalidOperationInCellEditMode',
      message: 'Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.',
    });
    await act(async () => fireEvent.click(generateButton()));
    expect(messageOf('The digest was not written')).toBe(
      'The digest was not writtenExcel is busy editing a cell. Press Enter or Esc in the sheet, then try again. Nothing was lost: your sheets and any earlier digest are as they were.Dismiss',
    );
    expect(host.sheets).toEqual(before.sheets);
    expect(host.settings).toEqual(before.settings);
  });

  it('saves no settings when the first write fails', async () => {
    const host = memoryHost([quarterly]);
    await openPane(host);
    host.failNext('writeDigest', { code: 'GeneralException', message: 'Excel could not write the sheet.' });
    await act(async () => fireEvent.click(generateButton()));
    expect(host.sheets.map((s) => s.name)).toEqual(['PIs']);
    expect(host.settings).toBeNull();
  });

  it('says clearly when the workbook has no indicator table (rules §1)', async () => {
    await openPane(memoryHost([notes]));
    expect(messageOf('No digest yet')).toMatch(/^No digest yetNo indicator table found in this workbook\./);
    expect(generateBlocked()).toBe(true);
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
    // Saved rules that are not the defaults open the rules step, and the preview says which they are.
    expect(screen.getByRole('button', { name: /3\. Rules/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/^\d+ indicators, /).textContent).toMatch(
      /Rules not the defaults: period Q2 2006\/07 \(default: the latest with data\); tolerance 0\.02 \(default 5%\)\.$/,
    );
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
    expect(screen.getByText(/^2 indicators, /).textContent).toBe(
      '2 indicators, Q3 2006/07 compared with Q2 2006/07, from PIs!A3:H6.',
    );
    expect(document.activeElement?.textContent).toContain('Using your selection');
  });
});

describe('replacing a digest that holds typed text (rules §6)', () => {
  /** The pane on a workbook whose digest of Q3 2006/07 has a note typed into it. */
  async function withTypedDigest(): Promise<MemoryHost> {
    const host = memoryHost([quarterly]);
    await openPane(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    const at = host.sheets.findIndex((s) => s.name === 'Digest Q3 2006-07');
    host.sheets[at] = typed(host.sheets[at]!, 'C4', 'A note for the board');
    return host;
  }

  it('asks first in a dialog that says what is carried over; Cancel writes nothing', async () => {
    const host = await withTypedDigest();
    const before = host.sheets;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('holds text typed into it: 1 note in the list of notes kept');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' })));
    expect(host.sheets).toBe(before);
    expect(screen.getByText('Nothing was written')).toBeTruthy();
  });

  it('writes when told to carry it over, and offers the way back', async () => {
    const host = await withTypedDigest();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    const dialog = await screen.findByRole('alertdialog');
    await act(async () =>
      fireEvent.click(within(dialog).getByRole('button', { name: 'Generate and carry over' })),
    );
    expect(host.sheets.map((s) => s.name)).toContain('~Previous digest Q3 2006-07');
    expect(screen.getByRole('button', { name: 'Restore previous digest' })).toBeTruthy();
  });
});

describe('the focus after each action', () => {
  it('goes to the message saying what Generate did, and back to the pane title when it is dismissed', async () => {
    await openPane(memoryHost([quarterly]));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(document.activeElement?.textContent).toMatch(/^Digest written/);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Performance Digest' }));
  });

  it('goes to the message when the rules are reset, and to the rules step when it is dismissed', async () => {
    await openPane(memoryHost([quarterly]));
    open(/3\. Rules/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tolerance' }), { target: { value: '10%' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(document.activeElement?.textContent).toContain('Rules back to the defaults');
    expect((screen.getByRole('textbox', { name: 'Tolerance' }) as HTMLInputElement).value).toBe('5%');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /3\. Rules/ }));
  });
});

describe('rules that cannot be read (rules §3–4)', () => {
  it('keep the last good preview, greyed, with the reason above it', async () => {
    await openPane(memoryHost([quarterly]));
    open(/3\. Rules/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tolerance' }), { target: { value: '-5%' } });
    expect(screen.getByText(/^A tolerance cannot be negative \("-5%"\)/)).toBeTruthy();
    expect(screen.getByText(/^This preview is for the last rules that could be read/)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Exceptions' })).toBeTruthy();
    expect(generateBlocked()).toBe(true);
  });

  it('question a tolerance above 100% without refusing it', async () => {
    await openPane(memoryHost([quarterly]));
    open(/3\. Rules/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tolerance' }), { target: { value: '150%' } });
    expect(screen.getByText(/^150% is more than the whole target/)).toBeTruthy();
    expect(generateBlocked()).toBe(false);
  });
});
