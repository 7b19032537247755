/** A point's class in NHS England's Making Data Count (MDC) method, from its special causes and the polarity. */
import type { Polarity } from '../core/model';
import type { PointClass, Side } from './spcTypes';
import type { SpecialCause } from './specialCause';

/** A point's class and the side that gave it; the side is null for common cause. */
export interface PointReading {
  class: PointClass;
  side: Side | null;
}

/**
 * The side that is good for a polarity: high for higher, low for lower; none for neutral, and none for a Goldilocks
 * (`target`) indicator, whose special causes may be good or bad on either side (away from or towards its target),
 * so they read as neither and its assurance icon is not given (docs/rules.md §11).
 */
export function goodSide(polarity: Polarity): Side | null {
  return polarity === 'higher' ? 'high' : polarity === 'lower' ? 'low' : null;
}

/** Most points are common cause: one reading shared by them all (readers copy its fields). */
const COMMON: PointReading = Object.freeze({ class: 'common', side: null });

/**
 * Improvement when any cause points the good way (so a point flagged both ways is improvement), else concern;
 * neither for a neutral or Goldilocks indicator, whose side is null when its causes point both ways.
 */
export function classifyPoint(causes: readonly SpecialCause[], polarity: Polarity): PointReading {
  if (causes.length === 0) return COMMON;
  const sides = new Set(causes.map((c) => c.side));
  const good = goodSide(polarity);
  if (good === null) return { class: 'neither', side: sides.size === 1 ? (causes[0]?.side ?? null) : null };
  if (sides.has(good)) return { class: 'improvement', side: good };
  return { class: 'concern', side: good === 'high' ? 'low' : 'high' };
}
