/** Rules §1: a person's corrections to the column roles, saved with the settings and applied by the engine. */
import { DEFAULT_SETTINGS, runDigest, type DigestSettings, type SheetGrid } from '../../../src/engine';
import { sheet } from '../../support/grids';

const rows = [
  ['Quarterly indicators'],
  [],
  ['Ref', 'Indicator', 'Polarity', 'Goal', 'Q2 2006/07', 'Q3 2006/07'],
  ['SS3', 'Core assessments within 35 working days', 'Higher', 0.8, 0.72, 0.71],
];

/** The same cells as Office.js reads them: the used range from A3, not A1. */
const fromA3 = sheet('PIs', rows.slice(2), { origin: 'A3' });

const goalIsTarget: DigestSettings = {
  ...DEFAULT_SETTINGS,
  sheet: 'PIs',
  columns: { headerRow: 2, roles: [{ col: 3, role: 'target' }] },
};

function rated(grid: SheetGrid, settings: DigestSettings) {
  const outcome = runDigest([grid], settings);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.run.indicators[0];
}

describe('column corrections in the settings (rules §1)', () => {
  it('reads a column the engine did not recognise ("Goal") as the target when a person says so', () => {
    expect(rated(sheet('PIs', rows), DEFAULT_SETTINGS)).toMatchObject({ target: null, rag: 'no target' });
    expect(rated(sheet('PIs', rows), goalIsTarget)).toMatchObject({ target: 0.8, rag: 'red' });
  });

  it('applies them by sheet position, so a grid that starts lower (Office.js used range) gives the same answer', () => {
    expect(rated(fromA3, goalIsTarget)).toEqual(rated(sheet('PIs', rows), goalIsTarget));
  });

  it('leaves the grid it was given unchanged', () => {
    const grid = sheet('PIs', rows);
    rated(grid, goalIsTarget);
    expect(grid.values[2]?.[3]).toBe('Goal');
  });

  it('says so, in words, when the saved header row is no longer a table header', () => {
    const moved = {
      ...goalIsTarget,
      columns: { headerRow: 5, roles: [{ col: 3, role: 'target' as const }] },
    };
    const outcome = runDigest([sheet('PIs', rows)], moved);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'columns-changed' } });
    expect(!outcome.ok && outcome.error.message).toMatch(/Row 6 of "PIs" is no longer the header/);
  });
});
