/** The writer's view of a planned sheet: which cells exist, their values, and their looks shared between alike cells. */
import { NO_CELL, plannedCells } from '../../src/xlsx/write/plannedCells';

/** The look of the cell at (row, col), or undefined when the plan gives it nothing. */
function lookAt(cells: ReturnType<typeof plannedCells>, row: number, col: number) {
  const id = cells.lookIds[row * cells.cols + col];
  return id === undefined || id === NO_CELL ? undefined : cells.looks[id];
}

describe('planned cells', () => {
  const cells = plannedCells({
    name: 'Digest',
    replaces: null,
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ['Indicator', null, null],
          ['SS2', 0.65, null],
          ['SS3', 0.7, null],
        ],
        numberFormats: [
          ['General', 'General', 'General'],
          ['@', '0%', '0%'],
          ['@', '0%', 'General'],
        ],
      },
    ],
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 4 }, style: { bold: true } },
      { range: { row: 0, col: 3, rows: 1, cols: 1 }, style: { fill: '#C6EFCE' } },
    ],
    textRules: [],
    columnWidths: [],
    freezeRows: 0,
    print: { orientation: 'landscape', paperSize: 'A4', fitToPagesWide: 1 },
  });

  it('keeps each value where the plan puts it', () => {
    expect(cells.values[1 * cells.cols + 1]).toBe(0.65);
  });

  it('counts its cells and the characters of their text, which size the XML', () => {
    // Row 1: A1–D1 (styled); rows 2 and 3: A, B and C2 (a format); C3 has nothing.
    expect(cells.cellCount).toBe(4 + 3 + 2);
    expect(cells.textLength).toBe('Indicator'.length + 'SS2'.length + 'SS3'.length);
  });

  it('leaves out a cell with no value, no number format and no style', () => {
    expect(lookAt(cells, 2, 2)).toBeUndefined();
  });

  it('keeps a cell that has only a number format', () => {
    expect(lookAt(cells, 1, 2)).toEqual({ numberFormat: '0%' });
  });

  it('keeps a cell that has only a style, beyond the blocks', () => {
    expect(lookAt(cells, 0, 3)).toEqual({ numberFormat: 'General', bold: true, fill: '#C6EFCE' });
  });

  it('gives cells that look alike one shared look', () => {
    expect(cells.lookIds[1 * cells.cols + 0]).toBe(cells.lookIds[2 * cells.cols + 0]);
  });

  it('lists the looks in the order the cells first use them, row by row', () => {
    expect(cells.looks).toEqual([
      { numberFormat: 'General', bold: true },
      { numberFormat: 'General', bold: true, fill: '#C6EFCE' },
      { numberFormat: '@' },
      { numberFormat: '0%' },
    ]);
  });
});
