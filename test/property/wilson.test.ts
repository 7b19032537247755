/** Issue 12 as properties of wilsonInterval: bounds in 0–1 around the proportion, and mirrored for n − x of n. */
import fc from 'fast-check';
import { wilsonInterval } from '../../src/engine';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';

const count = fc
  .integer({ min: 1, max: 1_000_000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe('Wilson interval properties (issue 12)', () => {
  const runs = fuzzParameters<unknown>(2000);
  jest.setTimeout(fuzzTimeout(30_000));

  it('holds the proportion between bounds that lie in 0–1', () => {
    fc.assert(
      fc.property(count, ([x, n]) => {
        const interval = wilsonInterval(x, n);
        expect(interval).not.toBeNull();
        const { lower, upper } = interval ?? { lower: Number.NaN, upper: Number.NaN };
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(lower).toBeLessThanOrEqual(x / n);
        expect(upper).toBeGreaterThanOrEqual(x / n);
        expect(upper).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it('mirrors the interval for n − x of n', () => {
    fc.assert(
      fc.property(count, ([x, n]) => {
        const a = wilsonInterval(x, n);
        const b = wilsonInterval(n - x, n);
        expect(a?.lower).toBeCloseTo(1 - (b?.upper ?? Number.NaN), 9);
        expect(a?.upper).toBeCloseTo(1 - (b?.lower ?? Number.NaN), 9);
      }),
      runs,
    );
  });
});
