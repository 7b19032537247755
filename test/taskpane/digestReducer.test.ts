import { digestReducer, initialDigestState } from '../../src/taskpane/digestReducer';
import type { DigestState } from '../../src/taskpane/paneState';
import { DEFAULT_SETTINGS } from '../../src/engine';
import { quarterly } from './fixtures';

const loaded: DigestState = digestReducer(initialDigestState, {
  type: 'workbookLoaded',
  sheets: [quarterly],
});
const WRITTEN = { place: 'top', intent: 'success', title: 'Digest written', text: 'The sheet…' } as const;
const written: DigestState = { ...loaded, message: WRITTEN, shown: 1 };

describe('digestReducer', () => {
  it('starts reading the workbook, with the best table and the default rules (rules §2–3)', () => {
    expect(initialDigestState).toMatchObject({
      workbook: { kind: 'loading' },
      source: { kind: 'best' },
      rules: { period: null, basis: 'previous', tolerance: '5%', changeThreshold: '0' },
    });
  });

  it('takes the source sheet and rules from the settings saved with the workbook', () => {
    const state = digestReducer(initialDigestState, {
      type: 'workbookLoaded',
      sheets: [quarterly],
      saved: {
        sheet: 'PIs',
        period: 'Q2 2006/07',
        basis: 'year',
        tolerance: { kind: 'relative', value: 0.1 },
        changeThreshold: { kind: 'absolute', value: 2 },
      },
    });
    expect(state.source).toEqual({ kind: 'sheet', sheet: 'PIs' });
    expect(state.rules).toMatchObject({
      period: 'Q2 2006/07',
      basis: 'year',
      tolerance: '10%',
      changeThreshold: '2',
      onPurpose: [],
    });
  });

  it('restores the column corrections saved with the workbook, as columns of the grid read (rules §1)', () => {
    const state = digestReducer(initialDigestState, {
      type: 'workbookLoaded',
      sheets: [{ ...quarterly, origin: { row: 0, col: 1 } }],
      saved: {
        ...DEFAULT_SETTINGS,
        sheet: 'PIs',
        columns: { headerRow: 2, roles: [{ col: 5, role: 'target' }] },
      },
    });
    expect(state.roles).toEqual({ 4: 'target' });
  });

  it('keeps what the user chose when the workbook is read again before writing', () => {
    const edited = digestReducer(loaded, { type: 'rulesChanged', rules: { tolerance: '2%' } });
    const reread = digestReducer(edited, { type: 'workbookLoaded', sheets: [quarterly] });
    expect(reread.rules.tolerance).toBe('2%');
  });

  it('forgets column corrections when another source is chosen: its columns are different', () => {
    const corrected = digestReducer(loaded, { type: 'roleChanged', col: 4, role: 'target' });
    expect(corrected.roles).toEqual({ 4: 'target' });
    const other = digestReducer(corrected, {
      type: 'sourceChosen',
      source: { kind: 'sheet', sheet: 'Other' },
    });
    expect(other.roles).toEqual({});
  });

  it.each([
    ['rulesChanged', { type: 'rulesChanged', rules: { basis: 'year' } }],
    ['roleChanged', { type: 'roleChanged', col: 4, role: 'target' }],
    ['sourceChosen', { type: 'sourceChosen', source: { kind: 'best' } }],
  ] as const)('makes the "written" message stale on %s', (_, action) => {
    expect(digestReducer(written, action).message).toBeNull();
  });

  it('says the corrections were undone, in the columns step', () => {
    const corrected = digestReducer(loaded, { type: 'roleChanged', col: 4, role: 'target' });
    expect(digestReducer(corrected, { type: 'rolesReset' })).toMatchObject({
      roles: {},
      message: { place: 'columns', title: 'Corrections undone' },
      shown: 1,
    });
  });

  it('keeps the last rules that could be read while a rule has an error (rules §3–4)', () => {
    const ten = digestReducer(loaded, { type: 'rulesChanged', rules: { tolerance: '10%' } });
    const bad = digestReducer(ten, { type: 'rulesChanged', rules: { tolerance: '-5%', basis: 'year' } });
    expect(bad.rules).toMatchObject({ tolerance: '-5%', basis: 'year' });
    expect(bad.goodRules).toMatchObject({ tolerance: '10%', basis: 'year' });
  });

  it('puts the rules back to their defaults, and says so in the rules step', () => {
    const ten = digestReducer(loaded, {
      type: 'rulesChanged',
      rules: { tolerance: '10%', period: 'Q2 2006/07' },
    });
    expect(digestReducer(ten, { type: 'rulesReset' })).toMatchObject({
      rules: { period: null, basis: 'previous', tolerance: '5%', changeThreshold: '0' },
      goodRules: { tolerance: '5%' },
      message: { place: 'rules', title: 'Rules back to the defaults' },
    });
  });

  it('goes through the write steps, asks before replacing typed text, then says what was written', () => {
    let state = digestReducer(loaded, { type: 'runStarted', step: 'reading' });
    expect(state.progress).toEqual({ kind: 'running', step: 'reading' });
    const carried = { period: 'Q3 2006/07', sheet: 'D', commentary: 2, beside: 0, listed: 1, removed: 0 };
    state = digestReducer(state, { type: 'confirmAsked', carried });
    expect(state.confirming).toEqual({ carried, open: true });
    state = digestReducer(state, { type: 'confirmAnswered' });
    state = digestReducer(state, { type: 'runProgressed', step: 'writing' });
    expect(state).toMatchObject({
      progress: { kind: 'running', step: 'writing' },
      confirming: { carried, open: false },
    });
    const sheets = [{ ...quarterly, name: 'PIs (read again)' }];
    state = digestReducer(state, { type: 'runFinished', result: { sheets, message: WRITTEN } });
    expect(state).toMatchObject({ progress: { kind: 'idle' }, message: WRITTEN, shown: 1 });
    expect(state.workbook).toEqual({ kind: 'loaded', sheets });
  });

  it('ignores a late progress report once nothing is running', () => {
    expect(digestReducer(loaded, { type: 'runProgressed', step: 'saving' }).progress).toEqual({
      kind: 'idle',
    });
  });

  it('stops running and shows the failure, keeping the workbook shown; a dismissed message is gone', () => {
    const failure = {
      place: 'top',
      intent: 'error',
      title: 'The digest was not written',
      text: 'Protected.',
    } as const;
    const running = digestReducer(loaded, { type: 'runStarted', step: 'reading' });
    const failed = digestReducer(running, {
      type: 'runFinished',
      result: { sheets: null, message: failure },
    });
    expect(failed).toMatchObject({ progress: { kind: 'idle' }, message: failure, workbook: loaded.workbook });
    expect(digestReducer(failed, { type: 'messageDismissed' }).message).toBeNull();
  });

  it('counts every message shown, so the same message shown again takes the focus again', () => {
    const once = digestReducer(loaded, { type: 'messageShown', message: WRITTEN });
    expect(digestReducer(once, { type: 'messageShown', message: WRITTEN }).shown).toBe(once.shown + 1);
  });
});
