/** Issue 12 §1: a value is numerator ÷ denominator when its cell is empty; given both, they must agree beyond rounding. */
import { parsePeriod, type Period } from '../../../src/engine';
import { gridCell, gridNaming } from '../../../src/engine/read/periodValues';
import { agrees, settleProportion, type CountCells } from '../../../src/engine/read/proportions';
import { sheet } from '../../support/grids';

const Q3 = parsePeriod('Q3 2006/07') as Period;
/** The value, numerator and denominator cells D7, E7 and F7 of the sheet PIs. */
const [D7, E7, F7] = [gridCell(6, 3), gridCell(6, 4), gridCell(6, 5)];
const naming = gridNaming(sheet('PIs', []));
const counts = (x: number | null, n: number | null): CountCells => ({
  numerator: x === null ? null : { value: x, cell: E7 },
  denominator: n === null ? null : { value: n, cell: F7 },
});
const settle = (value: number | null, c: CountCells, bothRoles = true) =>
  settleProportion({
    name: 'Initial assessments',
    period: Q3,
    value: value === null ? null : { value, cell: D7 },
    valueCell: D7,
    counts: c,
    bothRoles,
    naming,
  });

describe('agrees', () => {
  it.each([
    [0.65, 65, 100, 'exactly'],
    [0.6667, 2, 3, 'to the 4 decimal places the value is written to'],
    [0.67, 2, 3, 'to 2 decimal places'],
    [0.7, 2, 3, 'to 1 decimal place'],
    [66.7, 2, 3, 'as a percentage to 1 decimal place'],
    [67, 2, 3, 'as a whole percentage'],
    [667, 2, 3, 'per 1,000'],
    [123.4, 1234567, 1e9, 'per 100,000 within 0.5%'],
    [0, 0, 40, 'at zero'],
  ])('accepts %p for %p of %p (%s)', (value, x, n) => {
    expect(agrees(value, x, n)).toBe(true);
  });

  it.each([
    [0.72, 65, 100, 'off by 0.07 at 2 decimal places'],
    [0.66, 2, 3, 'rounded the wrong way'],
    [0.6, 2, 3, 'off by more than half a step at 1 decimal place'],
    [50, 65, 100, 'a different percentage'],
    [0.0123, 65, 100, 'on no scale'],
  ])('rejects %p for %p of %p (%s)', (value, x, n) => {
    expect(agrees(value, x, n)).toBe(false);
  });
});

describe('settleProportion', () => {
  it('works the value out as numerator ÷ denominator when the value cell is empty', () => {
    expect(settle(null, counts(13, 20))).toMatchObject({
      value: 0.65,
      counts: { numerator: 13, denominator: 20 },
      derived: true,
      issue: null,
    });
  });

  it('keeps the value cell as the place of a worked-out value', () => {
    expect(settle(null, counts(13, 20)).cell).toBe(D7);
  });

  it('keeps a given value that agrees with the counts, and the counts with it', () => {
    expect(settle(0.65, counts(13, 20))).toMatchObject({
      value: 0.65,
      counts: { numerator: 13, denominator: 20 },
      derived: false,
      issue: null,
    });
  });

  it('keeps a given value that disagrees, drops the counts and warns at the value cell', () => {
    const settled = settle(0.72, counts(13, 20));
    expect(settled).toMatchObject({ value: 0.72, counts: null, derived: false });
    expect(settled.issue).toEqual({
      severity: 'warning',
      cell: 'PIs!D7',
      message:
        'Value 0.72 in D7 for "Initial assessments" in Q3 2006/07 does not match 13 ÷ 20 from E7 and F7; the value is used, with no confidence interval. Check the value or the counts.',
    });
  });

  it('warns at a numerator given without a denominator, and keeps the value', () => {
    const settled = settle(0.65, counts(13, null));
    expect(settled).toMatchObject({ value: 0.65, counts: null });
    expect(settled.issue).toMatchObject({ severity: 'warning', cell: 'PIs!E7' });
  });

  it('warns at a denominator given without a numerator', () => {
    expect(settle(null, counts(null, 20)).issue).toMatchObject({ severity: 'warning', cell: 'PIs!F7' });
  });

  it('says nothing of a lone count when the table has only one of the two columns', () => {
    expect(settle(0.65, counts(null, 20), false).issue).toBeNull();
  });

  it('gives no value and a warning for a denominator of 0', () => {
    const settled = settle(null, counts(0, 0));
    expect(settled).toMatchObject({ value: null, counts: null });
    expect(settled.issue).toMatchObject({ severity: 'warning', cell: 'PIs!F7' });
  });

  it('works out a numerator above its denominator as a value, with no counts and a warning', () => {
    const settled = settle(null, counts(30, 20));
    expect(settled).toMatchObject({ value: 1.5, counts: null, derived: true });
    expect(settled.issue).toMatchObject({ severity: 'warning', cell: 'PIs!E7' });
  });

  it('gives neither value nor place when the row has nothing for the period and no value cell', () => {
    const settled = settleProportion({
      name: 'X',
      period: Q3,
      value: null,
      valueCell: null,
      counts: counts(null, null),
      bothRoles: true,
      naming,
    });
    expect(settled).toEqual({ value: null, cell: null, counts: null, derived: false, issue: null });
  });
});
