/** What the pane shows, derived from its state by the engine alone (rules §1–6): tables, columns, facts, periods, the digest Generate would write. */
import { DEFAULT_SETTINGS, markerText, runDigest, type SheetGrid } from '../../src/engine';
import { digestReducer, initialDigestState } from '../../src/taskpane/digestReducer';
import { previewFrom } from '../../src/taskpane/digestPreview';
import { NO_PREVIEW, SELECTION_ID } from '../../src/taskpane/panePreview';
import type { DigestState } from '../../src/taskpane/paneState';
import { sheet } from '../support/grids';
import { grid, notes, quarterly } from './fixtures';

/** The pane's state once the workbook is read, with the user's changes. */
const loaded = (sheets: SheetGrid[], change: Partial<DigestState> = {}): DigestState => ({
  ...digestReducer(initialDigestState, { type: 'workbookLoaded', sheets, saved: null }),
  ...change,
});

const preview = (sheets: SheetGrid[], change: Partial<DigestState> = {}) =>
  previewFrom(loaded(sheets, change));

describe('before the workbook is read', () => {
  it('shows nothing and offers nothing to write', () => {
    expect(previewFrom(initialDigestState)).toEqual(NO_PREVIEW);
    expect(NO_PREVIEW).toMatchObject({ options: [], outcome: null, settings: null });
  });
});

describe('the tables found (rules §1; docs/rules.md §8 reading 3)', () => {
  it('lists each sheet of indicators with its range, size and, in an officer’s words, how well it matched', () => {
    // Ref, Target, Polarity and several periods are all recognised.
    expect(preview([notes, quarterly]).options).toEqual([
      { id: 'PIs', label: 'PIs, A3:H9: 4 indicators, a good match' },
    ]);
  });

  it('asks for the columns to be checked of a table with only a name and one period', () => {
    const bare = sheet('Bare', [
      ['Indicator', 'Q1 2006/07'],
      ['Referrals', 175],
    ]);
    expect(preview([bare]).options).toEqual([
      { id: 'Bare', label: 'Bare, A1:B2: 1 indicators, a possible match: check the columns' },
    ]);
  });

  it('chooses the best table when the user has not chosen', () => {
    expect(preview([notes, quarterly]).selectedId).toBe('PIs');
  });

  it('never offers one of our own digest sheets', () => {
    const digest = grid('Digest Q3 2006-07', [[markerText('Q3 2006/07')], ...quarterly.values.slice(2)]);
    expect(preview([digest, quarterly]).options.map((o) => o.id)).toEqual(['PIs']);
  });

  it('chooses the sheet the user picked', () => {
    const other = grid('Other', quarterly.values.slice(2, 6));
    expect(preview([quarterly, other], { source: { kind: 'sheet', sheet: 'Other' } }).selectedId).toBe(
      'Other',
    );
  });

  it('adds the user’s selection to the list and chooses it', () => {
    const range = {
      address: 'PIs!A3:H6',
      grid: { ...grid('PIs', quarterly.values.slice(2, 6)), origin: { row: 2, col: 0 } },
    };
    const view = preview([quarterly], { source: { kind: 'selection', range } });
    expect([view.options.at(-1), view.selectedId]).toEqual([
      { id: SELECTION_ID, label: 'Your selection, PIs!A3:H6' },
      SELECTION_ID,
    ]);
  });
});

describe('the columns of the chosen table (rules §1)', () => {
  const view = preview([quarterly]);

  it('lists every column of the table with its letter, its header as the sheet shows it, and the role read', () => {
    expect(view.columns).toEqual([
      { col: 0, label: 'A: Ref', role: 'ref' },
      { col: 1, label: 'B: Indicator', role: 'name' },
      { col: 2, label: 'C: Polarity', role: 'polarity' },
      { col: 3, label: 'D: Target', role: 'target' },
      { col: 4, label: 'E: Goal', role: 'none' },
      { col: 5, label: 'F: Q1 2006/07', role: 'period' },
      { col: 6, label: 'G: Q2 2006/07', role: 'period' },
      { col: 7, label: 'H: Q3 2006/07', role: 'period' },
    ]);
  });

  it('shows a period header by its canonical label (rules §2)', () => {
    const spelt = grid('PIs', [
      ['Indicator', 'Apr-Jun 2006'],
      ['Referrals', 175],
    ]);
    expect(preview([spelt]).columns[1]?.label).toBe('B: Q1 2006/07');
  });

  it('shows the role the user chose over the one read', () => {
    expect(preview([quarterly], { roles: { 4: 'target' } }).columns[4]).toEqual({
      col: 4,
      label: 'E: Goal',
      role: 'target',
    });
  });

  it('names columns from their sheet letter when the table does not start in column A', () => {
    const moved = {
      ...grid('PIs', [
        ['Indicator', 'Q1 2006/07'],
        ['Referrals', 175],
      ]),
      origin: { row: 4, col: 2 },
    };
    expect(preview([moved]).columns.map((c) => c.label)).toEqual(['C: Indicator', 'D: Q1 2006/07']);
  });
});

describe('the facts about the chosen table', () => {
  it('says where the header is, the shape, the indicators and periods, and the outcomes', () => {
    expect(preview([quarterly]).facts).toEqual([
      'Header in row 3; one column per period.',
      '4 indicators over 3 periods (Q1 2006/07 to Q3 2006/07).',
      '2 outcomes: Staying Safe, Be Healthy.',
    ]);
  });

  it('describes a long table and a table without outcomes', () => {
    const long = grid('Data', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Q1 2006/07', 175],
    ]);
    expect(preview([long]).facts).toEqual([
      'Header in row 1; one row per indicator and period.',
      '1 indicators over 1 periods.',
      'No outcome column or section rows found.',
    ]);
  });

  it('counts the tables of a sheet that repeats its header under each outcome (docs/rules.md §8 reading 2)', () => {
    const repeated = grid('PIs', [
      ['Be Healthy'],
      ['Indicator', 'Q2 2006/07'],
      ['Conceptions', 50],
      ['Staying Safe'],
      ['Indicator', 'Q2 2006/07'],
      ['Referrals', 229],
    ]);
    expect(preview([repeated]).facts[0]).toBe('2 tables, headers in rows 2, 5; one column per period.');
  });
});

describe('the periods to choose from (rules §2)', () => {
  it("lists the chosen table's periods, latest first", () => {
    expect(preview([quarterly]).periods).toEqual(['Q3 2006/07', 'Q2 2006/07', 'Q1 2006/07']);
  });
});

describe('the digest Generate would write', () => {
  it('is the engine’s digest of the workbook with the rules as typed, as the CLI would make it', () => {
    const view = preview([notes, quarterly]);
    expect(view.outcome).toEqual(runDigest([notes, quarterly], { ...DEFAULT_SETTINGS, sheet: 'PIs' }));
  });

  it('saves the rules, the sheet and no column corrections when none were made', () => {
    expect(preview([quarterly]).settings).toEqual({ ...DEFAULT_SETTINGS, sheet: 'PIs' });
  });

  it('saves the user’s column corrections in sheet coordinates, and digests with them', () => {
    const view = preview([quarterly], { roles: { 4: 'target' } });
    expect(view.settings?.columns).toEqual({ headerRow: 2, roles: [{ col: 4, role: 'target' }] });
    // Core assessments, 71% against the 80% in the Goal column, is now Red rather than No target.
    expect(view.outcome?.ok && view.outcome.run.digest.summary.overall.red).toBe(2);
  });

  it('digests only the selection when the user chose it', () => {
    const range = {
      address: 'PIs!A3:H6',
      grid: { ...grid('PIs', quarterly.values.slice(2, 6)), origin: { row: 2, col: 0 } },
    };
    const view = preview([quarterly], { source: { kind: 'selection', range } });
    expect(view.outcome?.ok && view.outcome.run.indicators.map((i) => i.name)).toEqual([
      'Initial assessments within 7 working days',
      'Core assessments within 35 working days',
    ]);
  });

  it('is the engine’s own failure, in its words, when the workbook has no table', () => {
    const view = preview([notes]);
    expect([view.selectedId, view.outcome]).toEqual([null, runDigest([notes], DEFAULT_SETTINGS)]);
    expect(view.outcome).toMatchObject({ ok: false, error: { kind: 'no-table' } });
  });

  it('is the engine’s failure for a chosen sheet that has no table', () => {
    const view = preview([notes, quarterly], { source: { kind: 'sheet', sheet: 'Notes' } });
    expect(view.outcome).toMatchObject({
      ok: false,
      error: { kind: 'no-table', message: expect.stringContaining('on the sheet "Notes"') },
    });
  });
});

describe('rules and columns that stop a digest', () => {
  it('says what is wrong with a tolerance that is not a number, and offers nothing to write (rules §3)', () => {
    const view = preview([quarterly], { rules: { ...loaded([quarterly]).rules, tolerance: 'five' } });
    expect([view.rulesErrors, view.settings]).toEqual([
      { tolerance: '"five" is not a tolerance: type a percentage such as 5% or an amount such as 0.02.' },
      null,
    ]);
  });

  it('keeps previewing the last rules that could be read, and says the preview is not what would be written', () => {
    const view = preview([quarterly], { rules: { ...loaded([quarterly]).rules, tolerance: 'five' } });
    expect(view.stale).toMatch(/^This preview is for the last rules that could be read\./);
    expect(view.outcome).toMatchObject({ ok: true, run: { settings: { tolerance: { value: 0.05 } } } });
  });

  it('still shows the columns while the rules are wrong, so they can be checked', () => {
    const view = preview([quarterly], { rules: { ...loaded([quarterly]).rules, changeThreshold: '?' } });
    expect(view.columns).toHaveLength(8);
  });

  it('asks for a name column when the user takes the role away, and offers no digest (rules §1)', () => {
    const view = preview([quarterly], { roles: { 1: 'none' } });
    expect([view.mappingError, view.outcome]).toEqual([
      'Choose the column that holds the indicator names.',
      null,
    ]);
  });

  it('refuses a period role for a column whose header is not a period', () => {
    const view = preview([quarterly], { roles: { 4: 'period' } });
    expect(view.mappingError).toBe(
      'The header "Goal" is not a period, so its column cannot hold values for a period.',
    );
  });
});
