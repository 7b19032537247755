/** The engine's input grid (rules §1): a cell's value and number format by grid position, and what counts as empty. */
import { cellAt, formatAt, isEmpty, type CellValue } from '../../../src/engine';
import { sheet } from '../../support/grids';

// A ragged grid, as hosts give it: the second row is shorter than the first.
const grid = sheet(
  'PIs',
  [
    ['Indicator', 'Q1 2006/07', 'Q2 2006/07'],
    ['Referrals', 0.65],
  ],
  { formats: { B2: '0%' } },
);

describe('cellAt', () => {
  it('gives the value at a grid row and column', () => {
    expect(cellAt(grid, 1, 1)).toBe(0.65);
  });

  it('gives null past the end of a short row', () => {
    expect(cellAt(grid, 1, 2)).toBeNull();
  });

  it('gives null below the last row', () => {
    expect(cellAt(grid, 5, 0)).toBeNull();
  });
});

describe('formatAt', () => {
  it("gives a cell's number format", () => {
    expect(formatAt(grid, 1, 1)).toBe('0%');
  });

  it('gives General where the grid has no format for the cell', () => {
    expect([formatAt(grid, 1, 2), formatAt(grid, 9, 9)]).toEqual(['General', 'General']);
  });
});

describe('isEmpty (rules §1: blank rows inside a table do not end it)', () => {
  it.each<[CellValue, boolean]>([
    [null, true],
    ['', true],
    ['   ', true],
    [0, false],
    [false, false],
    ['0', false],
    ['n/a', false],
  ])('takes %p as empty: %p', (cell, empty) => {
    expect(isEmpty(cell)).toBe(empty);
  });
});
