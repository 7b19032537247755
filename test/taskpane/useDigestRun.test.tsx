/** @jest-environment jsdom */
import './jsdomPolyfills';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useDigestRun } from '../../src/taskpane/useDigestRun';
import { memoryHost } from './memoryHost';
import { quarterly } from './fixtures';

function renderRun(host = memoryHost([quarterly])) {
  return { ...renderHook(() => useDigestRun(host)), host };
}

describe('useDigestRun', () => {
  it('reads the workbook on opening and previews the digest of the latest period (rules §2)', async () => {
    const { result } = renderRun();
    await waitFor(() => expect(result.current.state.workbook.kind).toBe('loaded'));
    expect(result.current.preview.outcome).toMatchObject({
      ok: true,
      run: { period: { label: 'Q3 2006/07' } },
    });
    expect(result.current.preview.settings).toMatchObject({ sheet: 'PIs', basis: 'previous' });
  });

  it('shows the step being written while Excel works, then what was written', async () => {
    const host = memoryHost([quarterly]);
    let finish: () => void = () => undefined;
    const write = host.writeDigest;
    host.writeDigest = async (plan, onStep) => {
      onStep('writing');
      await new Promise<void>((resolve) => (finish = resolve)); // Excel is busy with the sync
      return write(plan, onStep);
    };
    const { result } = renderRun(host);
    await waitFor(() => expect(result.current.state.workbook.kind).toBe('loaded'));
    let generating: Promise<void> = Promise.resolve();
    act(() => void (generating = result.current.actions.generate()));
    await waitFor(() => expect(result.current.state.progress).toEqual({ kind: 'running', step: 'writing' }));
    await act(async () => {
      finish();
      await generating;
    });
    expect(result.current.state.progress).toMatchObject({
      kind: 'written',
      indicators: 4,
      period: 'Q3 2006/07',
    });
  });

  it('writes what the workbook holds now, not what it held when the pane opened', async () => {
    const { result, host } = renderRun();
    await waitFor(() => expect(result.current.state.workbook.kind).toBe('loaded'));
    host.sheets = [{ ...quarterly, values: quarterly.values.slice(0, 5) }]; // someone deleted rows meanwhile
    await act(() => result.current.actions.generate());
    expect(result.current.state.progress).toMatchObject({ kind: 'written', indicators: 1 });
  });

  it('keeps the digest written but says so when the settings could not be saved', async () => {
    const { result, host } = renderRun();
    await waitFor(() => expect(result.current.state.workbook.kind).toBe('loaded'));
    host.failNext('saveSettings', {
      code: 'SettingsNotSaved',
      message: 'Excel could not save the settings.',
    });
    await act(() => result.current.actions.generate());
    expect(result.current.state.progress.kind).toBe('written');
    expect(result.current.state.notice?.title).toBe('These settings were not saved with the workbook');
  });

  it('says the workbook could not be read, and can try again', async () => {
    const host = memoryHost([quarterly]);
    host.failNext('readWorkbook', { code: 'GeneralException', message: 'Excel did not answer.' });
    const { result } = renderRun(host);
    await waitFor(() => expect(result.current.state.workbook.kind).toBe('failed'));
    await act(() => result.current.actions.reload());
    expect(result.current.state.workbook.kind).toBe('loaded');
  });
});
