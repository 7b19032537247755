/** Rules §1–2: an indicator's values by period, each with the cell it came from, addressed only when asked. */
import {
  addressAt,
  addValue,
  emptyPeriodValues,
  filledFrom,
  gridCell,
  gridNaming,
  addressOf,
  hasValueCell,
  latestWithValue,
  inWorkbook,
  valueIn,
  cellIn,
  type PeriodValues,
} from '../../../src/engine/read/periodValues';
import { sheet } from '../../support/grids';
import { period, valueEntries } from '../../support/indicators';

const [Q1, Q2, Q3, Q4] = [
  period('Q1 2006/07'),
  period('Q2 2006/07'),
  period('Q3 2006/07'),
  period('Q4 2006/07'),
].map((p) => p.start) as [number, number, number, number];

/** Values read from the sheet PIs (its grid starting at A1), each period's cell in row 5 from column C on. */
function read(entries: [number, number | null, number][]): PeriodValues {
  const values = emptyPeriodValues(gridNaming(sheet('PIs', [])));
  for (const [start, value, col] of entries) addValue(values, start, value, gridCell(4, col));
  return values;
}

describe('PeriodValues', () => {
  it("gives each period's value and the address of the cell it came from", () => {
    const values = read([
      [Q1, 0.7, 2],
      [Q2, 0.65, 3],
    ]);
    expect([valueIn(values, Q2), cellIn(values, Q2)]).toEqual([0.65, 'PIs!D5']);
  });

  it('keeps an empty value cell: no value, but the period has its cell', () => {
    const values = read([[Q1, null, 2]]);
    expect([hasValueCell(values, Q1), valueIn(values, Q1), cellIn(values, Q1)]).toEqual([
      true,
      null,
      'PIs!C5',
    ]);
  });

  it('gives no value and no cell for a period it was not given', () => {
    const values = read([[Q1, 0.7, 2]]);
    expect([hasValueCell(values, Q2), valueIn(values, Q2), cellIn(values, Q2)]).toEqual([false, null, null]);
  });

  it('keeps the periods in the order given, as a long table gives them row by row', () => {
    const values = read([
      [Q3, 3, 2],
      [Q1, 1, 3],
      [Q2, 2, 4],
    ]);
    expect(valueEntries(values).map((v) => [v.start, v.value, v.cell])).toEqual([
      [Q3, 3, 'PIs!C5'],
      [Q1, 1, 'PIs!D5'],
      [Q2, 2, 'PIs!E5'],
    ]);
  });

  it('holds each cell as a number until its address is asked for', () => {
    const values = read([[Q1, 0.7, 2]]);
    expect([values.cells, cellIn(values, Q1)]).toEqual([[gridCell(4, 2)], 'PIs!C5']);
  });

  it.each([
    ['A1 of a grid from A1', { row: 0, col: 0 }, 0, 0, 'PIs!A1'],
    ["Excel's last cell", { row: 0, col: 0 }, 1_048_575, 16_383, 'PIs!XFD1048576'],
    ['a grid starting at C3', { row: 2, col: 2 }, 0, 0, 'PIs!C3'],
  ])('addresses a grid cell exactly: %s', (_, origin, r, c, expected) => {
    expect(addressOf(gridNaming({ ...sheet('PIs', []), origin }), gridCell(r, c))).toBe(expected);
  });

  it('finds periods in a long list, also those added after a lookup', () => {
    const months = Array.from({ length: 100 }, (_, i) => 24_000 + i);
    const values = read(months.slice(0, 60).map((m, i) => [m, i, 2]));
    valueIn(values, months[0]!);
    months.slice(60).forEach((m, i) => addValue(values, m, 60 + i, gridCell(4, 3)));
    expect([
      valueIn(values, months[59]!),
      valueIn(values, months[99]!),
      hasValueCell(values, 23_999),
    ]).toEqual([59, 99, false]);
  });

  it('gives the latest period with a value, not the latest given', () => {
    const values = read([
      [Q2, 2, 3],
      [Q4, null, 5],
      [Q1, 1, 2],
    ]);
    expect(latestWithValue(values)).toBe(Q2);
  });

  it('gives no latest period when no period has a value', () => {
    expect(latestWithValue(read([[Q1, null, 2]]))).toBeNull();
  });

  it('names the workbook in every address, and leaves the original as it was', () => {
    const values = read([[Q1, 0.7, 2]]);
    const named = inWorkbook(values, 'children.xlsx');
    expect([cellIn(named, Q1), valueIn(named, Q1), cellIn(values, Q1)]).toEqual([
      '[children.xlsx]PIs!C5',
      0.7,
      'PIs!C5',
    ]);
  });
});

describe('filledFrom: one indicator compiled from two sources', () => {
  const first = () =>
    read([
      [Q1, null, 2],
      [Q2, 0.45, 3],
    ]);
  const other = () => {
    const values = emptyPeriodValues(gridNaming(sheet('Health', [])));
    addValue(values, Q1, 0.41, gridCell(1, 5));
    addValue(values, Q2, 0.46, gridCell(1, 6));
    addValue(values, Q3, 0.52, gridCell(1, 7));
    addValue(values, Q4, null, gridCell(1, 8));
    return values;
  };

  it("takes the other's value, and its cell, where the first has an empty cell or none", () => {
    const { values } = filledFrom(first(), other());
    expect(valueEntries(values).map((v) => [v.start, v.value, v.cell])).toEqual([
      [Q1, 0.41, 'Health!F2'],
      [Q2, 0.45, 'PIs!D5'],
      [Q3, 0.52, 'Health!H2'],
    ]);
  });

  it('lists the periods it took from the other', () => {
    expect(filledFrom(first(), other()).filled).toEqual([Q1, Q3]);
  });

  it('gives the address of each value by its place in the list', () => {
    const { values } = filledFrom(first(), other());
    expect([addressAt(values, 0), addressAt(values, 1)]).toEqual(['Health!F2', 'PIs!D5']);
  });
});
