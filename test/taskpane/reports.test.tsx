/**
 * @jest-environment jsdom
 *
 * Issue 11 in the pane: the Reports step (exceptions report, action-plan tracker, report date, due-soon days), the
 * projection setting, and their previews; a workbook holding only an action plan is written as its tracker.
 */
import './jsdomPolyfills';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { checkRules } from '../../src/taskpane/rulesForm';
import { digestReducer, initialDigestState } from '../../src/taskpane/digestReducer';
import { DEFAULT_RULES } from '../../src/taskpane/rulesForm';
import { memoryHost } from './memoryHost';
import { grid, quarterly } from './fixtures';

jest.setTimeout(20_000);

const plan = grid('Action plan', [
  ['DATE: 19.05.06'],
  ['Action', 'Owner', 'Due', 'Status'],
  ['Write a workforce strategy', 'Head of HR', '30/04/2006', 'Slipping'],
  ['Record all duty team contacts', 'Duty Team Manager', '31/05/2006', 'In progress'],
  ['Set criteria for child protection cases', 'Head of Safeguarding', '31/03/2006', 'Completed'],
]);

async function openPane(sheets = [quarterly, plan]) {
  const host = memoryHost(sheets);
  render(<App host={host} />);
  await screen.findByRole('button', { name: 'Generate digest' });
  return host;
}

const open = (section: RegExp) => fireEvent.click(screen.getByRole('button', { name: section }));

describe('the rules as typed, for the reports (issue 11)', () => {
  it('turns the choices into settings: projection, reports, report date, due-soon days', () => {
    const check = checkRules({
      ...DEFAULT_RULES,
      project: true,
      reports: { exceptions: true, actions: false },
      asOf: '2006-06-01',
      dueSoon: '14',
    });
    expect(check.ok && check.settings).toMatchObject({
      forecast: 'linear',
      reports: ['exceptions'],
      asOf: '2006-06-01',
      dueSoonDays: 14,
    });
  });

  it.each([
    ['asOf', '2006-02-30', /is not a date/],
    ['dueSoon', 'a month', /is not a number of days/],
    ['dueSoon', '-3', /is not a number of days/],
  ] as const)('refuses %s %p', (field, value, message) => {
    const check = checkRules({ ...DEFAULT_RULES, [field]: value });
    expect(check.ok ? null : check.errors[field]).toMatch(message);
  });

  it('remembers which settings were changed on purpose, so an older period’s recorded ones give way to them', () => {
    const state = digestReducer(initialDigestState, { type: 'rulesChanged', rules: { tolerance: '10%' } });
    const again = digestReducer(state, {
      type: 'rulesChanged',
      rules: { asOf: '2006-06-01', period: 'Q2 2006/07' },
    });
    expect(again.rules.onPurpose).toEqual(['tolerance', 'asOf']);
  });
});

describe('the Reports step and the previews (issue 11)', () => {
  it('previews the action plan’s Red and Amber actions with their questions, by default', async () => {
    await openPane();
    const flagged = screen.getByRole('list', { name: 'Red and Amber actions' });
    expect(
      within(flagged)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Due 30 April 2006, not complete: what is left, and the new date?'),
      expect.stringContaining('Due 31 May 2006, in 12 days, and not marked on track'),
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Actions by RAG' })).getByText('Completed 1'),
    ).toBeTruthy();
  });

  it('previews the exceptions report’s status lines when it is chosen', async () => {
    await openPane();
    expect(screen.queryByRole('list', { name: 'Status by outcome' })).toBeNull();
    open(/4\. Reports/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Exceptions report' }));
    const statuses = screen.getByRole('list', { name: 'Status by outcome' });
    expect(
      within(statuses)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Staying SafeRed', 'Be HealthyAmber']);
  });

  it('rates the actions on the report date chosen', async () => {
    await openPane();
    open(/4\. Reports/);
    expect(screen.getByText('Default: 19 May 2006, the date written above the action plan.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Report date'), { target: { value: '2006-06-01' } });
    const flagged = screen.getByRole('list', { name: 'Red and Amber actions' });
    expect(
      within(flagged).getByText('Due 31 May 2006, not complete: what is left, and the new date?'),
    ).toBeTruthy();
  });

  it('says there is no action plan, and offers no tracker, where there is none', async () => {
    await openPane([quarterly]);
    open(/4\. Reports/);
    const tracker = screen.getByRole('checkbox', { name: 'Action-plan tracker' }) as HTMLInputElement;
    expect([tracker.checked, tracker.disabled]).toEqual([false, true]);
    expect(screen.getByText(/No action plan in this workbook/)).toBeTruthy();
  });

  it('writes the digest and the reports chosen, and says so', async () => {
    const host = await openPane();
    open(/4\. Reports/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Exceptions report' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(host.sheets.map((s) => s.name)).toEqual([
      'PIs',
      'Action plan',
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
      'Exceptions Q3 2006-07',
      'Actions Q3 2006-07',
    ]);
    expect(screen.getByText(/Also written: "Exceptions Q3 2006-07", "Actions Q3 2006-07"\./)).toBeTruthy();
    // Saved for Refresh digest; the settings left at their defaults are not written out.
    expect(host.settings).toMatchObject({ reports: ['exceptions', 'actions'] });
    expect([host.settings?.forecast, host.settings?.dueSoonDays]).toEqual([undefined, undefined]);
  });

  it('writes a workbook holding only an action plan as its tracker', async () => {
    const host = await openPane([plan]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Generate digest' })));
    expect(host.sheets.map((s) => s.name)).toEqual(['Action plan', 'Actions Q1 2006-07']);
    expect(
      screen.getByText('The sheet "Actions Q1 2006-07" now holds the action-plan tracker.'),
    ).toBeTruthy();
  });
});
