/** Issue 12: comparisons at 10 significant figures, so floating error never decides a rule. */
import { compare10, round10 } from '../../../src/engine/stats/sigFigs';

describe('round10', () => {
  it('rounds a mean with floating error to the number it should be', () => {
    expect(round10(23.200000000000003)).toBe(23.2);
  });

  it('keeps whole numbers as they are', () => {
    expect(round10(1234567)).toBe(1234567);
  });
});

describe('compare10', () => {
  it.each([
    [0.1 + 0.2, 0.3, 0],
    [23.2, 23.200000000000003, 0],
    [23.2, 23.21, -1],
    [8.77, 8.759999999999998, 1],
  ])('compares %p with %p as %p', (a, b, expectedSign) => {
    expect(compare10(a, b)).toBe(expectedSign);
  });
});
