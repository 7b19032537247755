/** Proportions with 95% Wilson score intervals, compared the way Fingertips (England's public health profiles) compares them. */
import { compare10 } from '../core/numbers';

/** A two-sided confidence interval for a proportion, both bounds in 0–1. */
export interface Interval {
  lower: number;
  upper: number;
}

/** The 97.5th percentile of the standard normal: the z that reproduces Fingertips' published 95% bounds. */
export const Z_95 = 1.959963984540054;

/** Below this denominator a proportion rests on too few cases to read alone (Fingertips' small-numbers note). */
export const SMALL_DENOMINATOR = 30;
/** Below this numerator a proportion rests on too few events to read alone. */
export const SMALL_NUMERATOR = 5;

/**
 * The 95% Wilson score interval (no continuity correction) for `x` successes of `n`;
 * null for a count that cannot be a proportion (n ≤ 0, x < 0, x > n, or not finite).
 * @example wilsonInterval(65, 100) // => { lower: 0.5525444330…, upper: 0.7363575176… }
 */
export function wilsonInterval(x: number, n: number): Interval | null {
  if (!Number.isFinite(x) || !Number.isFinite(n) || n <= 0 || x < 0 || x > n) return null;
  const p = x / n;
  const z2 = Z_95 * Z_95;
  const scale = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / scale;
  const halfWidth = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / scale;
  // At x = 0 and x = n the formula gives 0 and 1 only up to floating error; the rule says exactly.
  return {
    lower: x === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: x === n ? 1 : Math.min(1, centre + halfWidth),
  };
}

/** Whether two intervals share any value; touching bounds overlap. No overlap is what "significant" means here. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return compare10(a.lower, b.upper) <= 0 && compare10(b.lower, a.upper) <= 0;
}

/** Whether `x` of `n` is too few to read alone: a denominator under 30 or a numerator under 5. */
export function smallNumbers(x: number, n: number): boolean {
  return n < SMALL_DENOMINATOR || x < SMALL_NUMERATOR;
}
