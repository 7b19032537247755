/**
 * Issue 12 as properties of readSpc: limits symmetric about the mean; reversing polarity swaps improvement and
 * concern (a point flagged both ways stays improvement); mirroring the values reads like reversing the polarity;
 * neutral is never improvement or concern; every point is read, in order.
 */
import fc from 'fast-check';
import type { SpcOptions } from '../../src/engine';
import { readSpc } from '../engine/stats/spcReading';
import { fuzzParameters, fuzzTimeout } from './fuzzConfig';

/** Small whole numbers (ties, runs and points on the mean are common) or 2-decimal rates, with sections. */
const series = fc
  .oneof(
    fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 40 }),
    fc.array(
      fc.integer({ min: -5000, max: 5000 }).map((n) => n / 100),
      { maxLength: 40 },
    ),
  )
  .chain((values) => {
    const index = fc.integer({ min: 0, max: Math.max(0, values.length - 1) });
    const sections: fc.Arbitrary<Omit<SpcOptions, 'polarity'>> =
      values.length === 0
        ? fc.constant({})
        : fc.record(
            {
              recalculateFrom: fc.array(index, { maxLength: 3 }),
              baselineTo: fc.option(index, { nil: null }),
            },
            { requiredKeys: [] },
          );
    return fc.tuple(fc.constant(values.map((value) => ({ value }))), sections);
  });

describe('SPC properties (issue 12)', () => {
  const runs = fuzzParameters<unknown>(1000);
  jest.setTimeout(fuzzTimeout(30_000));

  it('puts the limits and two-sigma lines symmetrically about the mean', () => {
    fc.assert(
      fc.property(series, ([points, options]) => {
        for (const s of readSpc(points, { polarity: 'higher', ...options }).sections) {
          if (s.upperLimit === null || s.lowerLimit === null) continue;
          expect(s.upperLimit - s.mean).toBeCloseTo(s.mean - s.lowerLimit, 9);
          expect((s.upperTwoSigma ?? 0) - s.mean).toBeCloseTo(s.mean - (s.lowerTwoSigma ?? 0), 9);
        }
      }),
      runs,
    );
  });

  it('swaps improvement and concern when the polarity is reversed, keeping a both-ways point improvement', () => {
    fc.assert(
      fc.property(series, ([points, options]) => {
        const higher = readSpc(points, { polarity: 'higher', ...options }).points;
        const lower = readSpc(points, { polarity: 'lower', ...options }).points;
        higher.forEach((h, i) => {
          const l = lower[i];
          if (h.class === 'common') expect(l?.class).toBe('common');
          if (h.class === 'concern') expect(l?.class).toBe('improvement');
          if (l?.class === 'concern') expect(h.class).toBe('improvement');
        });
      }),
      runs,
    );
  });

  it('reads mirrored values with higher polarity as the values themselves with lower polarity', () => {
    fc.assert(
      fc.property(series, ([points, options]) => {
        const mirrored = points.map((p) => ({ value: -p.value }));
        const a = readSpc(mirrored, { polarity: 'higher', ...options });
        const b = readSpc(points, { polarity: 'lower', ...options });
        expect(a.points.map((p) => p.class)).toEqual(b.points.map((p) => p.class));
      }),
      runs,
    );
  });

  it('never reads a neutral point as improvement or concern, and flags the same points as higher', () => {
    fc.assert(
      fc.property(series, ([points, options]) => {
        const neutral = readSpc(points, { polarity: 'neutral', ...options }).points;
        const higher = readSpc(points, { polarity: 'higher', ...options }).points;
        expect(neutral.map((p) => p.class !== 'common')).toEqual(higher.map((p) => p.class !== 'common'));
        expect(neutral.filter((p) => p.class === 'improvement' || p.class === 'concern')).toEqual([]);
      }),
      runs,
    );
  });

  it('reads every point, in order, and covers them with sections end to end', () => {
    fc.assert(
      fc.property(series, ([points, options]) => {
        const reading = readSpc(points, { polarity: 'higher', ...options });
        expect(reading.points.map((p) => p.index)).toEqual(points.map((_, i) => i));
        const covered = reading.sections.flatMap((s) =>
          Array.from({ length: s.to - s.from + 1 }, (_, k) => s.from + k),
        );
        expect(covered).toEqual(points.map((_, i) => i));
      }),
      runs,
    );
  });
});
