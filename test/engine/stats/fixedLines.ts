/**
 * A 14-point baseline, 48 and 52 in turn, that fixes the lines every rule test is read against:
 * mean 50, mean moving range 4, process limits 50 ± 2.66 × 4 = 39.36 and 60.64,
 * two-sigma lines 50 ± (2/3) × 10.64 = 42.9067 and 57.0933. The baseline's own points are all common cause
 * (they alternate sides and direction, and none is beyond a two-sigma line); its last point is 52.
 */
import type { PointClass, Polarity, Side } from '../../../src/engine';
import { readSpc } from './spcReading';

export const BASELINE = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? 48 : 52));
export const BASELINE_TO = BASELINE.length - 1;

/** The classes of `tail` when it follows the baseline and is judged against its frozen lines. */
export function classesAfterBaseline(tail: readonly number[], polarity: Polarity): PointClass[] {
  const values = [...BASELINE, ...tail];
  const reading = readSpc(
    values.map((value) => ({ value })),
    { polarity, baselineTo: BASELINE_TO },
  );
  return reading.points.slice(BASELINE.length).map((p) => p.class);
}

/** The rule restated: a high / rising cause is improvement for higher, concern for lower, neither for neutral. */
export function classFor(side: Side | null, polarity: Polarity): PointClass {
  if (side === null) return 'common';
  if (polarity === 'neutral') return 'neither';
  return (side === 'high') === (polarity === 'higher') ? 'improvement' : 'concern';
}

/** Expected classes for a tail: the listed positions special on `side`, every other point common. */
export function expected(
  length: number,
  special: readonly number[],
  side: Side,
  polarity: Polarity,
): PointClass[] {
  return Array.from({ length }, (_, i) => (special.includes(i) ? classFor(side, polarity) : 'common'));
}
