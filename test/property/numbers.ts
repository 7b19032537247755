/** Figures as officers' sheets hold them: whole counts, 2-decimal rates, fractions (0.65 = 65%), and any finite double. */
import fc from 'fast-check';
import type { Polarity, Threshold } from '../../src/engine';

export const figure: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.1 + 0.2, 0.3, 1e-300, -1e-300, 1e300, Number.MAX_VALUE, -Number.MAX_VALUE),
);

export const ratedPolarity: fc.Arbitrary<'higher' | 'lower'> = fc.constantFrom('higher', 'lower');
export const polarity: fc.Arbitrary<Polarity> = fc.constantFrom('higher', 'lower', 'neutral');

/** Tolerances and change thresholds as a user may set them: a share (5%) or an amount in the indicator's units. */
export const threshold: fc.Arbitrary<Threshold> = fc.oneof(
  fc.record({ kind: fc.constant('relative' as const), value: fc.double({ min: 0, max: 2, noNaN: true }) }),
  fc.record({ kind: fc.constant('absolute' as const), value: fc.double({ min: 0, max: 1e6, noNaN: true }) }),
  fc.constantFrom<Threshold>({ kind: 'relative', value: 0.05 }, { kind: 'absolute', value: 0 }),
);

export const zeroThreshold: fc.Arbitrary<Threshold> = fc.constantFrom<Threshold>(
  { kind: 'relative', value: 0 },
  { kind: 'absolute', value: 0 },
);
