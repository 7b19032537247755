/**
 * Rules §4 as properties of directionOfTravel: swapping the current and comparison values flips Improving and
 * Worsening (Increasing and Decreasing for neutral), and equal values, or values equal to 10 significant figures,
 * give No change.
 */
import fc from 'fast-check';
import type { Direction, Threshold } from '../../src/engine';
import { directionOfTravel } from '../../src/engine/rate/directionOfTravel';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';
import { figure, polarity, threshold } from './numbers';

const OPPOSITE: Record<Direction, Direction> = {
  improving: 'worsening',
  worsening: 'improving',
  increasing: 'decreasing',
  decreasing: 'increasing',
  'no change': 'no change',
  'not comparable': 'not comparable',
};

const absolute: fc.Arbitrary<Threshold> = threshold.filter((t) => t.kind === 'absolute');

describe('direction of travel properties (rules §4)', () => {
  const runs = fuzzParameters<unknown>(3000);
  jest.setTimeout(fuzzTimeout(30_000));

  it('swapping current and comparison flips the direction (absolute change threshold)', () => {
    fc.assert(
      fc.property(polarity, figure, figure, absolute, (pol, v, p, m) => {
        expect(directionOfTravel(pol, p, v, m)).toBe(OPPOSITE[directionOfTravel(pol, v, p, m)]);
      }),
      runs,
    );
  });

  it('with a relative change threshold (a share of |comparison|), a swap never gives the same movement', () => {
    fc.assert(
      fc.property(polarity, figure, figure, threshold, (pol, v, p, m) => {
        const there = directionOfTravel(pol, v, p, m);
        const back = directionOfTravel(pol, p, v, m);
        if (there !== 'no change') expect(back).not.toBe(there);
      }),
      runs,
    );
  });

  it('equal values give No change, whatever the polarity and threshold', () => {
    fc.assert(
      fc.property(polarity, figure, threshold, (pol, v, m) => {
        expect(directionOfTravel(pol, v, v, m)).toBe('no change');
      }),
      runs,
    );
  });

  it('values equal to 10 significant figures give No change (0.1 + 0.2 against 0.3)', () => {
    fc.assert(
      fc.property(
        polarity,
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.double({ min: -1e-13, max: 1e-13, noNaN: true }),
        threshold,
        (pol, v, nudge, m) => {
          const nearly = v * (1 + nudge);
          fc.pre(Number(v.toPrecision(10)) === Number(nearly.toPrecision(10)));
          expect(directionOfTravel(pol, nearly, v, m)).toBe('no change');
        },
      ),
      runs,
    );
  });

  it('a missing value at either period is Not comparable', () => {
    fc.assert(
      fc.property(polarity, fc.option(figure, { nil: null }), threshold, (pol, v, m) => {
        expect(directionOfTravel(pol, v, null, m)).toBe('not comparable');
        expect(directionOfTravel(pol, null, v, m)).toBe('not comparable');
      }),
      runs,
    );
  });

  it('higher and lower polarity read the same movement oppositely; neutral only says which way', () => {
    fc.assert(
      fc.property(figure, figure, absolute, (v, p, m) => {
        const higher = directionOfTravel('higher', v, p, m);
        const lower = directionOfTravel('lower', v, p, m);
        const neutral = directionOfTravel('neutral', v, p, m);
        expect(lower).toBe(OPPOSITE[higher]);
        const up: Record<string, Direction> = { improving: 'increasing', worsening: 'decreasing' };
        expect(neutral).toBe(up[higher] ?? higher);
      }),
      runs,
    );
  });
});
