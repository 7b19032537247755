/** rules §3–4: numbers are compared rounded to 10 significant figures. */
import { round10 } from '../../../src/engine/core/numbers';

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
