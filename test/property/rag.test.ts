/**
 * Rules §3 as properties of rateRag: raising the value never makes a *higher* indicator's RAG worse, *lower* mirrors
 * it, flipping polarity (and the sign of every figure) mirrors the result, and tolerance 0 gives only Green or Red.
 */
import fc from 'fast-check';
import type { Polarity, Rag, Threshold } from '../../src/engine';
import { rateRag } from '../../src/engine/rate/rag';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';
import { figure, ratedPolarity, threshold, zeroThreshold } from './numbers';

const RANK: Partial<Record<Rag, number>> = { red: 0, amber: 1, green: 2 };

function rank(rag: Rag): number {
  const r = RANK[rag];
  if (r === undefined) throw new Error(`a value and a target gave the grey status "${rag}"`);
  return r;
}

const rate = (
  polarity: Polarity,
  value: number,
  target: number,
  amber: number | null,
  tolerance: Threshold,
) => rateRag({ polarity, value, target, amberThreshold: amber, tolerance }).rag;

const amberThreshold = fc.option(figure, { nil: null, freq: 2 });
const negate = (x: number | null) => (x === null ? null : -x);

describe('RAG properties (rules §3)', () => {
  const runs = fuzzParameters<unknown>(3000);
  jest.setTimeout(fuzzTimeout(30_000));

  // Ranks Red 0 < Amber 1 < Green 2: for higher polarity a larger value ranks at least as high, for lower no higher.
  it.each([
    ['higher', 'never makes the RAG worse', 1],
    ['lower', 'never makes the RAG better (the mirror)', -1],
  ] as const)('%s polarity: raising the value %s', (polarity, _says, direction) => {
    fc.assert(
      fc.property(figure, figure, figure, amberThreshold, threshold, (a, b, target, amber, tolerance) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const step =
          rank(rate(polarity, high, target, amber, tolerance)) -
          rank(rate(polarity, low, target, amber, tolerance));
        expect(step * direction).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it('flipping the polarity and the sign of value, target and amber threshold gives the same RAG', () => {
    fc.assert(
      fc.property(
        ratedPolarity,
        figure,
        figure,
        amberThreshold,
        threshold,
        (polarity, value, target, amber, tolerance) => {
          const flipped = polarity === 'higher' ? 'lower' : 'higher';
          const mirrored = rateRag({
            polarity: flipped,
            value: -value,
            target: -target,
            amberThreshold: negate(amber),
            tolerance,
          });
          const original = rateRag({ polarity, value, target, amberThreshold: amber, tolerance });
          expect(mirrored).toEqual(original);
        },
      ),
      runs,
    );
  });

  it('tolerance 0 (relative or absolute) and no amber threshold give only Green or Red', () => {
    fc.assert(
      fc.property(ratedPolarity, figure, figure, zeroThreshold, (polarity, value, target, tolerance) => {
        expect(['green', 'red']).toContain(rate(polarity, value, target, null, tolerance));
      }),
      runs,
    );
  });

  it('an amber threshold on the wrong side of the target gives only Green or Red, whatever the tolerance', () => {
    fc.assert(
      fc.property(
        ratedPolarity,
        figure,
        figure,
        fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
        threshold,
        (polarity, value, target, gap, tolerance) => {
          const wrongSide = polarity === 'higher' ? target + Math.abs(target) * 1e-6 + gap : target - gap;
          fc.pre(polarity === 'higher' ? wrongSide > target : wrongSide < target);
          const result = rateRag({ polarity, value, target, amberThreshold: wrongSide, tolerance });
          expect(result.thresholdWrongSide).toBe(true);
          expect(['green', 'red']).toContain(result.rag);
        },
      ),
      runs,
    );
  });

  it('a value at or beyond its target is Green for either polarity', () => {
    fc.assert(
      fc.property(
        ratedPolarity,
        figure,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        amberThreshold,
        threshold,
        (polarity, target, beyond, amber, tolerance) => {
          const value = polarity === 'higher' ? target + beyond : target - beyond;
          fc.pre(Number.isFinite(value));
          expect(rate(polarity, value, target, amber, tolerance)).toBe('green');
        },
      ),
      runs,
    );
  });
});
