/** Rules §1: a person's corrections to the column roles, saved with the settings and applied by the engine. */
import {
  DEFAULT_SETTINGS,
  findTables,
  rolesOf,
  runDigest,
  type DigestSettings,
  type SheetGrid,
} from '../../../src/engine';
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

describe('column corrections to the roles of issue 12', () => {
  const counts = sheet('Data', [
    ['Indicator', 'Polarity', 'Period', 'Done', 'Due', 'Value'],
    ['Reviews on time', 'Higher', 'Jan 2020', 65, 100, null],
  ]);
  const settings = (roles: { col: number; role: 'numerator' | 'denominator' }[]): DigestSettings => ({
    ...DEFAULT_SETTINGS,
    sheet: 'Data',
    columns: { headerRow: 0, roles },
  });

  it('reads columns a person calls the numerator and denominator as the counts behind a long table’s values', () => {
    const ind = rated(
      counts,
      settings([
        { col: 3, role: 'numerator' },
        { col: 4, role: 'denominator' },
      ]),
    );
    expect(ind).toMatchObject({ current: 0.65, stats: { counts: { numerator: 65, denominator: 100 } } });
  });

  it('lists count and SPC columns by their roles', () => {
    const [table] = findTables(
      sheet('Data', [['Indicator', 'Period', 'Value', 'Cases', 'Cohort', 'Rebase from', 'Baseline end']]),
    );
    expect([...rolesOf(table!.mapping)].slice(-4)).toEqual([
      [3, 'numerator'],
      [4, 'denominator'],
      [5, 'spcRecalculateFrom'],
      [6, 'spcBaselineTo'],
    ]);
  });
});
