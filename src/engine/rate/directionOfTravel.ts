/** Rules §4: direction of travel since the comparison period; for Goldilocks polarity, towards or away from the target. */
import type { Direction, Polarity, Threshold } from '../core/model';
import { round10 } from '../core/numbers';

const WORDS: Record<Exclude<Polarity, 'target'>, { up: Direction; down: Direction }> = {
  higher: { up: 'improving', down: 'worsening' },
  lower: { up: 'worsening', down: 'improving' },
  neutral: { up: 'increasing', down: 'decreasing' },
};

/**
 * `target`: the target the current period is rated against. A Goldilocks indicator improves when its distance from
 * the target shrinks by more than the change threshold and worsens when it grows; without a target it can only be
 * said to increase or decrease, like a neutral one (docs/rules.md §11).
 */
export function directionOfTravel(
  polarity: Polarity,
  current: number | null,
  comparison: number | null,
  changeThreshold: Threshold,
  target: number | null = null,
): Direction {
  if (current === null || comparison === null) return 'not comparable';
  const p = round10(comparison);
  const m = round10(
    changeThreshold.kind === 'relative' ? changeThreshold.value * Math.abs(p) : changeThreshold.value,
  );
  if (polarity === 'target' && target !== null) {
    const t = round10(target);
    const d = round10(round10(Math.abs(round10(current) - t)) - round10(Math.abs(p - t)));
    return d < -m ? 'improving' : d > m ? 'worsening' : 'no change';
  }
  const words = WORDS[polarity === 'target' ? 'neutral' : polarity];
  const d = round10(round10(current) - p);
  if (d > m) return words.up;
  if (d < -m) return words.down;
  return 'no change';
}

/**
 * Which way the number moved (▲ up, ▼ down), whatever that means for performance; the word says whether it is good.
 * A Goldilocks indicator improves whichever way it moves towards the target, so its arrow needs `change` (current less
 * comparison value).
 */
export function arrowOf(polarity: Polarity, direction: Direction, change: number | null = null): string {
  if (direction === 'no change') return '►';
  if (direction === 'not comparable') return '';
  if (direction === 'increasing') return '▲';
  if (direction === 'decreasing') return '▼';
  if (polarity === 'target') return change === null || change === 0 ? '' : change > 0 ? '▲' : '▼';
  return WORDS[polarity].up === direction ? '▲' : '▼';
}
