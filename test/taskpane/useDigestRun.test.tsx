/** @jest-environment jsdom */
import './jsdomPolyfills';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useDigestRun } from '../../src/taskpane/useDigestRun';
import { typed } from '../support/plannedGrid';
import { memoryHost, type MemoryHost } from './memoryHost';
import { grid, quarterly } from './fixtures';

function renderRun(host = memoryHost([quarterly])) {
  return { ...renderHook(() => useDigestRun(host)), host };
}

async function opened(host = memoryHost([quarterly])) {
  const run = renderRun(host);
  await waitFor(() => expect(run.result.current.state.workbook.kind).toBe('loaded'));
  return run;
}

/** The workbook after one Generate, with `text` typed into a spare cell of the digest. */
async function digestWithTyping(text: string): Promise<MemoryHost> {
  const { result, host } = await opened();
  await act(() => result.current.actions.generate());
  const digest = host.sheets.findIndex((s) => s.name === 'Digest Q3 2006-07');
  host.sheets[digest] = typed(host.sheets[digest]!, 'C4', text);
  return host;
}

type Run = Awaited<ReturnType<typeof opened>>['result'];

/** Generate, answering the question about what it carries over. */
async function generateAnswering(result: Run, yes: boolean): Promise<void> {
  let generating: Promise<void> = Promise.resolve();
  act(() => void (generating = result.current.actions.generate()));
  await waitFor(() => expect(result.current.state.confirming?.open).toBe(true));
  await act(async () => {
    result.current.actions.answerConfirm(yes);
    await generating;
  });
}

describe('useDigestRun', () => {
  it('reads the workbook on opening and previews the digest of the latest period (rules §2)', async () => {
    const { result } = await opened();
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
    const { result } = await opened(host);
    let generating: Promise<void> = Promise.resolve();
    act(() => void (generating = result.current.actions.generate()));
    await waitFor(() => expect(result.current.state.progress).toEqual({ kind: 'running', step: 'writing' }));
    await act(async () => {
      finish();
      await generating;
    });
    expect(result.current.state.progress).toEqual({ kind: 'idle' });
    expect(result.current.state.message).toMatchObject({
      intent: 'success',
      title: 'Digest written',
      text: 'The sheet "Digest Q3 2006-07" now holds the digest of 4 indicators for Q3 2006/07.',
    });
  });

  it('writes what the workbook holds now, not what it held when the pane opened', async () => {
    const { result, host } = await opened();
    host.sheets = [{ ...quarterly, values: quarterly.values.slice(0, 5) }]; // someone deleted rows meanwhile
    await act(() => result.current.actions.generate());
    expect(result.current.state.message?.text).toContain('the digest of 1 indicators');
  });

  it('keeps the digest written but says so when the settings could not be saved', async () => {
    const { result, host } = await opened();
    host.failNext('saveSettings', {
      code: 'SettingsNotSaved',
      message: 'Excel could not save the settings.',
    });
    await act(() => result.current.actions.generate());
    expect(result.current.state.message).toMatchObject({
      intent: 'warning',
      title: 'Digest written; these settings were not saved with the workbook',
    });
    expect(host.sheets.map((s) => s.name)).toContain('Digest Q3 2006-07');
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

describe('Use selection', () => {
  const selectOne = (host: MemoryHost, address: string, row: number, col: number) =>
    (host.selection = {
      address,
      grid: { name: 'PIs', origin: { row, col }, values: [[null]], formats: [] },
    });

  it('takes one selected cell for the indicator table around it, and says so', async () => {
    const { result, host } = await opened();
    selectOne(host, 'PIs!B6', 5, 1);
    await act(() => result.current.actions.takeSelection());
    expect(result.current.state.source).toMatchObject({ kind: 'selection', range: { address: 'PIs!A3:H9' } });
    expect(result.current.state.message).toMatchObject({ place: 'source', intent: 'info' });
    expect(result.current.preview.outcome).toMatchObject({ ok: true, run: { indicators: { length: 4 } } });
  });

  it('says to select the table when the selected cell is in none, and keeps the source', async () => {
    const { result, host } = await opened();
    selectOne(host, 'PIs!A1', 0, 0);
    await act(() => result.current.actions.takeSelection());
    expect(result.current.state.source).toEqual({ kind: 'best' });
    expect(result.current.state.message).toMatchObject({
      intent: 'warning',
      text: 'There is no indicator table around PIs!A1. Select the table on its sheet, header row included, then press Use selection again.',
    });
  });

  it('refuses a range without a table in it, never previewing the whole sheet instead', async () => {
    const { result, host } = await opened();
    host.selection = {
      address: 'PIs!A1:B2',
      grid: grid('PIs', [
        ['Children', null],
        [null, null],
      ]),
    };
    await act(() => result.current.actions.takeSelection());
    expect(result.current.state.source).toEqual({ kind: 'best' });
    expect(result.current.state.message?.text).toMatch(/^There is no indicator table in PIs!A1:B2\./);
  });
});

describe('rules (rules §3–4)', () => {
  it('keeps the last good preview, marked as such, while a rule has an error, and blocks Generate', async () => {
    const { result } = await opened();
    act(() => result.current.actions.setRules({ tolerance: '10%' }));
    act(() => result.current.actions.setRules({ tolerance: '-5%' }));
    const { preview } = result.current;
    expect(preview.stale).toMatch(/^This preview is for the last rules that could be read/);
    expect(preview.rulesErrors.tolerance).toMatch(/^A tolerance cannot be negative/);
    expect(preview.outcome).toMatchObject({ ok: true, run: { settings: { tolerance: { value: 0.1 } } } });
    expect(preview.settings).toBeNull();
  });

  it('says which rules are not the defaults, and puts them back', async () => {
    const { result } = await opened();
    act(() => result.current.actions.setRules({ tolerance: '10%', basis: 'year' }));
    expect(result.current.preview.rulesChanged).toEqual([
      'compared with the same period last year',
      'tolerance 10% (default 5%)',
    ]);
    act(() => result.current.actions.resetRules());
    expect(result.current.preview.rulesChanged).toEqual([]);
  });
});

describe('replacing a digest that holds typed text (rules §6)', () => {
  it('asks first, saying what it carries over; Cancel writes nothing', async () => {
    const host = await digestWithTyping('A note typed into the digest');
    const { result } = await opened(host);
    const before = host.sheets;
    let generating: Promise<void> = Promise.resolve();
    act(() => void (generating = result.current.actions.generate()));
    await waitFor(() =>
      expect(result.current.state.confirming).toMatchObject({ carried: { listed: 1 }, open: true }),
    );
    await act(async () => {
      result.current.actions.answerConfirm(false);
      await generating;
    });
    expect(host.sheets).toBe(before);
    expect(result.current.state.message).toMatchObject({ intent: 'info', title: 'Nothing was written' });
  });

  it('writes when confirmed, keeping the earlier digest for Restore previous digest', async () => {
    const host = await digestWithTyping('A note typed into the digest');
    const { result } = await opened(host);
    await generateAnswering(result, true);
    expect(result.current.state.message?.text).toContain(
      'It replaced the earlier digest of this period, carrying over 1 note in the list of notes kept.',
    );
    expect(host.sheets.map((s) => s.name)).toEqual([
      'PIs',
      '~Previous digest Q3 2006-07',
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
    ]);
    expect(result.current.preview.restorable).toMatchObject({
      period: 'Q3 2006/07',
      current: 'Digest Q3 2006-07',
    });
  });

  it('does not ask when nothing was typed into the digest it replaces', async () => {
    const { result, host } = await opened();
    await act(() => result.current.actions.generate());
    await act(() => result.current.actions.generate());
    expect(result.current.state.confirming).toBeNull();
    expect(host.sheets.map((s) => s.name)).toEqual([
      'PIs',
      '~Previous digest Q3 2006-07',
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
    ]);
  });
});

describe('Restore previous digest', () => {
  it('puts back the digest the last run replaced, reads the workbook again and says so', async () => {
    const host = await digestWithTyping('Typed before the second run');
    const { result } = await opened(host);
    await generateAnswering(result, true);
    await act(() => result.current.actions.restore());
    expect(result.current.state.message).toMatchObject({
      intent: 'success',
      title: 'Previous digest restored',
    });
    const restored = host.sheets.find((s) => s.name === 'Digest Q3 2006-07')!;
    expect(restored.values[3]?.[2]).toBe('Typed before the second run');
  });

  it('says why when there is nothing to restore', async () => {
    const { result } = await opened();
    await act(() => result.current.actions.restore());
    expect(result.current.state.message).toMatchObject({
      intent: 'error',
      title: 'The previous digest was not restored',
    });
  });
});
