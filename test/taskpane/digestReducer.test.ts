import { digestReducer, initialDigestState } from '../../src/taskpane/digestReducer';
import type { DigestState } from '../../src/taskpane/paneState';
import { DEFAULT_SETTINGS } from '../../src/engine';
import { quarterly } from './fixtures';

const loaded: DigestState = digestReducer(initialDigestState, {
  type: 'workbookLoaded',
  sheets: [quarterly],
});
const written: DigestState = {
  ...loaded,
  progress: {
    kind: 'written',
    written: { sheets: [{ name: 'Digest Q3', id: 'id-3', replaced: null }] },
    indicators: 4,
    period: 'Q3 2006/07',
  },
};

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
    ['rolesReset', { type: 'rolesReset' }],
  ] as const)('makes the "written" message stale on %s', (_, action) => {
    expect(digestReducer(written, action).progress).toEqual({ kind: 'idle' });
  });

  it('goes through the write steps, then says what was written', () => {
    let state = digestReducer(loaded, { type: 'generateStarted' });
    expect(state.progress).toEqual({ kind: 'running', step: 'reading' });
    state = digestReducer(state, { type: 'generateProgressed', step: 'writing' });
    expect(state.progress).toEqual({ kind: 'running', step: 'writing' });
    const sheets = [{ ...quarterly, name: 'PIs (read again)' }];
    state = digestReducer(state, {
      type: 'generateFinished',
      result: {
        ok: true,
        sheets,
        written: { sheets: [{ name: 'D', id: 'id-4', replaced: 'D' }] },
        indicators: 4,
        period: 'Q3 2006/07',
        notice: null,
      },
    });
    expect(state.progress).toMatchObject({
      kind: 'written',
      indicators: 4,
      written: { sheets: [{ replaced: 'D' }] },
    });
    expect(state.workbook).toEqual({ kind: 'loaded', sheets });
  });

  it('ignores a late progress report once nothing is running', () => {
    expect(digestReducer(loaded, { type: 'generateProgressed', step: 'saving' }).progress).toEqual({
      kind: 'idle',
    });
  });

  it('stops running and shows the notice when writing fails; a later notice leaves progress alone', () => {
    const notice = { title: 'The digest was not written', message: 'The sheet is protected.' };
    const running = digestReducer(loaded, { type: 'generateStarted' });
    const failed = digestReducer(running, {
      type: 'generateFinished',
      result: { ok: false, notice, sheets: null },
    });
    expect(failed).toMatchObject({ progress: { kind: 'idle' }, notice, workbook: loaded.workbook });
    expect(digestReducer(written, { type: 'noticeShown', notice })).toMatchObject({
      progress: { kind: 'written' },
      notice,
    });
    expect(digestReducer({ ...loaded, notice }, { type: 'noticeDismissed' }).notice).toBeNull();
  });
});
