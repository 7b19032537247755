/** Making Data Count's (MDC) two icons (variation from the last point, assurance from the target) with their colours and words. */
import { goodSide, type PointReading } from './classify';
import type { Polarity } from '../core/model';
import type { Assurance, PointClass, Side } from './spcTypes';
import { compare10 } from '../core/numbers';
import type { XmrSection } from './xmr';

/** MDC's icon colours, to be shown with the words, never alone. */
export const MDC_COLOURS: Readonly<Record<PointClass, string>> = {
  improvement: '#00B0F0',
  concern: '#E46C0A',
  neither: '#490092',
  common: '#A6A6A6',
};

/** The variation icon: the last point's class and side; null for a series without points. */
export function variationIcon(points: readonly PointReading[]): {
  variation: PointClass | null;
  side: Side | null;
} {
  const last = points[points.length - 1];
  return last ? { variation: last.class, side: last.side } : { variation: null, side: null };
}

/**
 * The assurance icon from the target against the latest section's process limits: strictly inside → hit-or-miss;
 * outside (on a limit counts as outside) where every point within the limits meets it → pass, else fail.
 * Null for a neutral or Goldilocks (`target`) indicator, without a target, or without limits.
 */
export function assuranceIcon(
  polarity: Polarity,
  target: number | null,
  latest: XmrSection | undefined,
): Assurance | null {
  const good = goodSide(polarity);
  if (good === null || target === null || !latest) return null;
  const { lowerLimit, upperLimit } = latest;
  if (lowerLimit === null || upperLimit === null) return null;
  if (!Number.isFinite(target)) throw new RangeError(`The target ${target} is not a finite number`);
  if (compare10(target, lowerLimit) <= 0) return good === 'high' ? 'pass' : 'fail';
  if (compare10(target, upperLimit) >= 0) return good === 'low' ? 'pass' : 'fail';
  return 'hit-or-miss';
}

/** The variation in words, e.g. "Special cause improvement, high", so the colour never stands alone. */
export function variationWords(variation: PointClass, side: Side | null): string {
  if (variation === 'common') return 'Common cause';
  return `Special cause ${variation}${side ? `, ${side}` : ''}`;
}

/** The assurance in words. */
export function assuranceWords(assurance: Assurance): string {
  return { pass: 'Pass', fail: 'Fail', 'hit-or-miss': 'Hit or miss' }[assurance];
}
