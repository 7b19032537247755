/** Issue 12 §1: 95% Wilson score intervals (no continuity correction), overlap and small numbers. */
import { Z_95, intervalsOverlap, smallNumbers, wilsonInterval } from '../../../src/engine/stats/wilson';

describe('wilsonInterval', () => {
  it('reproduces the public check: 65 of 100 is 0.5525444330 to 0.7363575176', () => {
    const interval = wilsonInterval(65, 100);
    expect(Math.abs((interval?.lower ?? 0) - 0.552544433)).toBeLessThan(1e-10);
    expect(Math.abs((interval?.upper ?? 0) - 0.7363575176)).toBeLessThan(1e-10);
  });

  it('uses z = 1.959963984540054, the 97.5th percentile of the standard normal', () => {
    expect(Z_95).toBe(1.959963984540054);
  });

  it('gives a lower bound of exactly 0 when there are no successes', () => {
    expect(wilsonInterval(0, 10)?.lower).toBe(0);
  });

  it('gives an upper bound of z² / (n + z²) when there are no successes', () => {
    const z2 = Z_95 * Z_95;
    expect(wilsonInterval(0, 10)?.upper).toBeCloseTo(z2 / (10 + z2), 12);
  });

  it('gives an upper bound of exactly 1 when every case is a success', () => {
    expect(wilsonInterval(10, 10)?.upper).toBe(1);
  });

  it('gives a lower bound of n / (n + z²) when every case is a success', () => {
    const z2 = Z_95 * Z_95;
    expect(wilsonInterval(10, 10)?.lower).toBeCloseTo(10 / (10 + z2), 12);
  });

  it('is symmetric: the interval for n − x of n mirrors the one for x of n', () => {
    const a = wilsonInterval(12, 40);
    const b = wilsonInterval(28, 40);
    expect(a?.lower).toBeCloseTo(1 - (b?.upper ?? 0), 12);
    expect(a?.upper).toBeCloseTo(1 - (b?.lower ?? 0), 12);
  });

  it('holds the observed proportion inside the interval', () => {
    const interval = wilsonInterval(7, 40);
    expect(interval?.lower).toBeLessThan(7 / 40);
    expect(interval?.upper).toBeGreaterThan(7 / 40);
  });

  it.each([
    [5, 0, 'a denominator of 0'],
    [1, -3, 'a negative denominator'],
    [-1, 10, 'a negative numerator'],
    [11, 10, 'a numerator above the denominator'],
    [Number.NaN, 10, 'a numerator that is not a number'],
    [5, Number.POSITIVE_INFINITY, 'an infinite denominator'],
  ])('gives null for %p of %p (%s)', (x, n) => {
    expect(wilsonInterval(x, n)).toBeNull();
  });
});

describe('intervalsOverlap', () => {
  it.each([
    [{ lower: 0.1, upper: 0.3 }, { lower: 0.4, upper: 0.6 }, false, 'apart, the first below'],
    [{ lower: 0.4, upper: 0.6 }, { lower: 0.1, upper: 0.3 }, false, 'apart, the first above'],
    [{ lower: 0.1, upper: 0.4 }, { lower: 0.3, upper: 0.6 }, true, 'crossing'],
    [{ lower: 0.1, upper: 0.9 }, { lower: 0.3, upper: 0.6 }, true, 'one inside the other'],
    [{ lower: 0.1, upper: 0.3 }, { lower: 0.3, upper: 0.6 }, true, 'touching at one bound'],
    [
      { lower: 0.1, upper: 0.1 + 0.2 },
      { lower: 0.3, upper: 0.6 },
      true,
      'touching once floating error is rounded',
    ],
  ])('says %p and %p overlap: %p (%s)', (a, b, overlap) => {
    expect(intervalsOverlap(a, b)).toBe(overlap);
  });
});

describe('smallNumbers', () => {
  it.each([
    [10, 29, true, 'a denominator under 30'],
    [10, 30, false, 'a denominator of exactly 30 and a numerator of 10'],
    [4, 100, true, 'a numerator under 5'],
    [5, 100, false, 'a numerator of exactly 5'],
    [0, 10, true, 'both small'],
  ])('says %p of %p is small numbers: %p (%s)', (x, n, small) => {
    expect(smallNumbers(x, n)).toBe(small);
  });
});
