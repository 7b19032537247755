/**
 * Generate digest from the pane, on an in-memory workbook: read again, plan what the preview shows, ask before
 * replacing typed text, write (keeping the digest replaced), save the settings; every way it can end is a message in
 * the user's words, and a failure changes nothing (rules §5–6).
 */
import { digestReducer, initialDigestState } from '../../src/taskpane/digestReducer';
import { generateDigest } from '../../src/taskpane/generateDigest';
import type { RunStep } from '../../src/taskpane/digestHost';
import type { DigestState } from '../../src/taskpane/paneState';
import type { CarriedOver, CellValue, SheetGrid } from '../../src/engine';
import { grid, notes, quarterly } from './fixtures';
import { memoryHost, type MemoryHost } from './memoryHost';

const NOW = new Date(Date.UTC(2007, 3, 20, 9));
const NOTHING_LOST = 'Nothing was lost: your sheets and any earlier digest are as they were.';

/** The pane's state once it has read these sheets. */
const stateOf = (sheets: SheetGrid[], change: Partial<DigestState> = {}): DigestState => ({
  ...digestReducer(initialDigestState, { type: 'workbookLoaded', sheets, saved: null }),
  ...change,
});

async function generate(host: MemoryHost, state = stateOf(host.sheets), answer = true) {
  const steps: RunStep[] = [];
  const asked: CarriedOver[] = [];
  const confirm = async (carried: CarriedOver) => asked.push(carried) > 0 && answer;
  const result = await generateDigest(host, state, { onStep: (step) => steps.push(step), confirm, now: NOW });
  return { result, steps, asked };
}

/** The workbook as it stands, to show later that nothing in it changed. */
const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const digestSheet = (host: MemoryHost) => host.sheets.find((s) => s.name.startsWith('Digest'));
const rowWith = (sheet: SheetGrid | undefined, text: string): CellValue[] =>
  [...(sheet?.values ?? [])].reverse().find((row) => row.includes(text)) ?? [];

describe('a digest written', () => {
  it('writes the digest sheet beside the user’s sheets and says what it wrote', async () => {
    const host = memoryHost([notes, quarterly]);
    const { result } = await generate(host);
    expect(host.sheets.map((s) => s.name)).toEqual([
      'Notes',
      'PIs',
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
    ]);
    expect(result.message).toEqual({
      place: 'top',
      intent: 'success',
      title: 'Digest written',
      text: 'The sheet "Digest Q3 2006-07" now holds the digest of 4 indicators for Q3 2006/07.',
    });
  });

  it('saves the settings the preview shows with the workbook, for Refresh digest', async () => {
    const host = memoryHost([quarterly]);
    await generate(host, stateOf([quarterly], { roles: { 4: 'target' } }));
    expect(host.settings).toEqual({
      basis: 'previous',
      tolerance: { kind: 'relative', value: 0.05 },
      changeThreshold: { kind: 'absolute', value: 0 },
      sheet: 'PIs',
      columns: { headerRow: 2, roles: [{ col: 4, role: 'target' }] },
    });
  });

  it('reports each step in order: writing, replacing, saving', async () => {
    expect((await generate(memoryHost([quarterly]))).steps).toEqual(['writing', 'replacing', 'saving']);
  });

  it('dates the digest with the time it was asked for', async () => {
    const host = memoryHost([quarterly]);
    await generate(host);
    expect(digestSheet(host)?.values[1]?.[0]).toContain('Generated 20 April 2007.');
  });

  it('reads the workbook again, so a figure changed since the pane opened is in the digest', async () => {
    const host = memoryHost([quarterly]);
    const opened = stateOf([quarterly]);
    const changed = copyOf(quarterly);
    changed.values[8]![7] = 7; // Adoptions in Q3 typed again: 7 against a target of 10.
    host.sheets = [changed];
    await generate(host, opened);
    expect(rowWith(digestSheet(host), 'Adoptions').slice(3, 6)).toEqual([7, 10, 'Red']);
  });

  it('asks before replacing the earlier digest of the period, then keeps the commentary typed into it (rules §6)', async () => {
    const host = memoryHost([quarterly]);
    await generate(host);
    const typed = copyOf(host.sheets);
    const row = rowWith(typed[1], 'Adoptions');
    row[9] = 'Two more matches in March.';
    host.sheets = typed;
    const { result, asked } = await generate(host);
    expect(asked).toEqual([
      { period: 'Q3 2006/07', sheet: 'Digest Q3 2006-07', commentary: 1, beside: 0, listed: 0, removed: 0 },
    ]);
    expect(result.message.text).toBe(
      'The sheet "Digest Q3 2006-07" now holds the digest of 4 indicators for Q3 2006/07. It replaced the earlier digest of this period, carrying over commentary for 1 indicator. The earlier digest is kept hidden: Restore previous digest puts it back.',
    );
    expect(host.sheets.map((s) => s.name)).toEqual([
      'PIs',
      '~Previous digest Q3 2006-07',
      'Digest Q3 2006-07',
      'Charts Q3 2006-07',
    ]);
    expect(rowWith(digestSheet(host), 'Adoptions')[9]).toBe('Two more matches in March.');
  });

  it('writes nothing when the question is answered no', async () => {
    const host = memoryHost([quarterly]);
    await generate(host);
    const typed = copyOf(host.sheets);
    rowWith(typed[1], 'Adoptions')[9] = 'Two more matches in March.';
    host.sheets = typed;
    const { result, steps } = await generate(host, stateOf(typed), false);
    expect(host.sheets).toBe(typed);
    expect([result.message.title, steps]).toEqual(['Nothing was written', []]);
  });

  it('does not ask when nothing was typed into the digest it replaces', async () => {
    const host = memoryHost([quarterly]);
    await generate(host);
    expect((await generate(host)).asked).toEqual([]);
  });

  it('says so, and that the digest was written, when the settings could not be saved', async () => {
    const host = memoryHost([quarterly]);
    host.failNext('saveSettings', { code: 'AccessDenied', message: 'The workbook is read-only.' });
    const { result } = await generate(host);
    expect(result.message).toMatchObject({
      intent: 'warning',
      title: 'Digest written; these settings were not saved with the workbook',
      text: expect.stringMatching(
        /^The sheet .* for Q3 2006\/07\. The workbook is read-only\. Refresh digest will ask you to open the pane once\.$/,
      ),
    });
    expect(host.sheets).toHaveLength(3);
  });
});

describe('a digest not written: the reason in the user’s words, and nothing lost', () => {
  it('when the workbook cannot be read again', async () => {
    const host = memoryHost([quarterly]);
    const before = copyOf(host.sheets);
    host.failNext('readWorkbook', {
      code: 'GeneralException',
      message: 'Excel could not read the workbook.',
    });
    const { result, steps } = await generate(host, stateOf([quarterly]));
    expect(result).toEqual({
      message: {
        place: 'top',
        intent: 'error',
        title: 'The digest was not written',
        text: `Excel could not read the workbook. ${NOTHING_LOST}`,
      },
      sheets: null,
    });
    expect([host.sheets, host.settings, steps]).toEqual([before, null, []]);
  });

  it('when the rules as typed are not usable', async () => {
    const host = memoryHost([quarterly]);
    const state = stateOf([quarterly]);
    const { result } = await generate(host, { ...state, rules: { ...state.rules, tolerance: 'five' } });
    expect(result.message).toMatchObject({
      intent: 'error',
      text: `The rules or the columns need correcting first. ${NOTHING_LOST}`,
    });
    expect(host.sheets).toHaveLength(1);
  });

  it('when the workbook no longer holds an indicator table, in the engine’s words', async () => {
    const host = memoryHost([quarterly]);
    const opened = stateOf([quarterly]);
    host.sheets = [notes];
    const { result } = await generate(host, opened);
    expect(result).toMatchObject({
      message: {
        text: expect.stringMatching(/^No indicator table found in this workbook\..* Nothing was lost/),
      },
      sheets: [notes],
    });
  });

  it('when the write fails: no sheet and no settings changed, the earlier digest kept', async () => {
    const host = memoryHost([quarterly]);
    await generate(host);
    const before = { sheets: copyOf(host.sheets), settings: copyOf(host.settings) };
    host.failNext('writeDigest', {
      code: 'InvalidOperationInCellEditMode',
      message: 'Excel is busy editing a cell.',
    });
    const { result, steps } = await generate(host);
    expect(result.message).toMatchObject({
      title: 'The digest was not written',
      text: `Excel is busy editing a cell. ${NOTHING_LOST}`,
    });
    expect([host.sheets, host.settings]).toEqual([before.sheets, before.settings]);
    expect(steps).not.toContain('saving');
  });
});

describe('the selection as the source', () => {
  it('digests only the selected range', async () => {
    const host = memoryHost([quarterly]);
    const range = {
      address: 'PIs!A3:H6',
      grid: { ...grid('PIs', quarterly.values.slice(2, 6)), origin: { row: 2, col: 0 } },
    };
    const { result } = await generate(host, stateOf([quarterly], { source: { kind: 'selection', range } }));
    expect(result.message.text).toContain('the digest of 2 indicators');
  });
});
