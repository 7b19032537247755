/** rules §3–4: numbers are compared rounded to 10 significant figures. */
import { compare10, round10 } from '../../../src/engine/core/numbers';

describe('round10 (rules §3–4)', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [0.7125000000000001, 0.7125],
    [1234.56789012, 1234.56789],
    [123456789012, 123456789000],
    [-0.30000000000000004, -0.3],
    [0, 0],
  ])('rounds %p to %p', (x, rounded) => {
    expect(round10(x)).toBe(rounded);
  });

  it('keeps 10 significant figures', () => {
    expect(round10(0.1234567891)).toBe(0.1234567891);
  });
});

describe('compare10 (issue 12: lines and points compared at 10 significant figures)', () => {
  it.each([
    [0.1 + 0.2, 0.3, 0],
    [23.2, 23.200000000000003, 0],
    [23.2, 23.21, -1],
    [8.77, 8.759999999999998, 1],
  ])('compares %p with %p as %p', (a, b, expectedSign) => {
    expect(compare10(a, b)).toBe(expectedSign);
  });
});
