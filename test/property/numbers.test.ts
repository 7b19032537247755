/**
 * Rules §3–4 as properties: round10 and compare10 take arithmetic shortcuts, and must answer exactly as rounding by
 * `toPrecision(10)` does, for any double, and most of all for those next to a rounding half.
 */
import fc from 'fast-check';
import { compare10, round10 } from '../../src/engine/core/numbers';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';

const byPrecision = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(10)) : x);

/** Doubles next to a half in the tenth significant figure: d.ddddddddd5 × 10^e, a few ulps either side. */
const nearHalf = fc
  .tuple(
    fc.integer({ min: 1e9, max: 1e10 - 1 }),
    fc.integer({ min: -30, max: 30 }),
    fc.integer({ min: -3, max: 3 }),
  )
  .map(([digits, exponent, ulps]) => {
    let x = Number(`${digits}5e${exponent - 10}`);
    for (let i = 0; i < Math.abs(ulps); i++) x = ulps > 0 ? nextUp(x) : -nextUp(-x);
    return x;
  });

function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + (x >= 0 ? 1n : -1n));
  return view.getFloat64(0);
}

const anyDouble = fc.oneof(
  fc.double({ noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  nearHalf,
  nearHalf.map((x) => -x),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100),
);

describe('10 significant figures (rules §3–4)', () => {
  const runs = fuzzParameters<unknown>(20_000);
  jest.setTimeout(fuzzTimeout(30_000));

  it('rounds every double as toPrecision(10) does', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        expect(round10(x) === byPrecision(x)).toBe(true);
      }),
      runs,
    );
  });

  it('compares every pair as their toPrecision(10) roundings compare', () => {
    const pair = fc.oneof(
      fc.tuple(anyDouble, anyDouble),
      // Pairs a rounding apart, where the shortcut must not answer.
      anyDouble
        .filter((x) => Math.abs(x) < 1e300)
        .chain((x) => {
          const [min, max] = [x * (1 - 2e-9), x * (1 + 2e-9)].sort((p, q) => p - q) as [number, number];
          return fc.tuple(fc.constant(x), fc.double({ min, max, noNaN: true }));
        }),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const [x, y] = [byPrecision(a), byPrecision(b)];
        expect(compare10(a, b)).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
      runs,
    );
  });
});
