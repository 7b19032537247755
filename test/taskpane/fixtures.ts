/** Small workbooks for pane tests, laid out as officers do (rules §1): a title above, section rows, percentages. */
import type { CellValue, SheetGrid } from '../../src/engine';

export function grid(name: string, values: CellValue[][], percentRows: number[] = []): SheetGrid {
  const formats = values.map((row, r) => row.map(() => (percentRows.includes(r) ? '0%' : 'General')));
  return { name, origin: { row: 0, col: 0 }, values, formats };
}

/**
 * Four indicators over three quarters. Initial assessments is Red (65% against 75%, down from 70%); Referrals is
 * Amber against 220 within 5%; Adoptions Green; Core assessments has its target in a column headed "Goal".
 */
export const quarterly = grid(
  'PIs',
  [
    ['Children and young people: quarterly indicators', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null],
    ['Ref', 'Indicator', 'Polarity', 'Target', 'Goal', 'Q1 2006/07', 'Q2 2006/07', 'Q3 2006/07'],
    ['Staying Safe', null, null, null, null, null, null, null],
    ['PAF C64', 'Initial assessments within 7 working days', 'Higher', 0.75, null, 0.68, 0.7, 0.65],
    ['PAF C65', 'Core assessments within 35 working days', 'Higher', null, 0.8, 0.7, 0.72, 0.71],
    ['Be Healthy', null, null, null, null, null, null, null],
    ['LAC 1', 'Referrals to social care', 'Lower', 220, null, 175, 200, 229],
    ['LAC 2', 'Adoptions', 'Higher', 10, null, 8, 9, 12],
  ],
  [4, 5],
);

export const notes = grid('Notes', [['These figures are provisional.'], ['Ask the performance team.']]);
