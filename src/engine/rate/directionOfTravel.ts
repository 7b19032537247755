/** Rules §4: direction of travel since the comparison period. */
import type { Direction, Polarity, Threshold } from '../core/model';
import { round10 } from '../core/numbers';

const WORDS: Record<Polarity, { up: Direction; down: Direction }> = {
  higher: { up: 'improving', down: 'worsening' },
  lower: { up: 'worsening', down: 'improving' },
  neutral: { up: 'increasing', down: 'decreasing' },
};

export function directionOfTravel(
  polarity: Polarity,
  current: number | null,
  comparison: number | null,
  changeThreshold: Threshold,
): Direction {
  if (current === null || comparison === null) return 'not comparable';
  const p = round10(comparison);
  const d = round10(round10(current) - p);
  const m = round10(
    changeThreshold.kind === 'relative' ? changeThreshold.value * Math.abs(p) : changeThreshold.value,
  );
  if (d > m) return WORDS[polarity].up;
  if (d < -m) return WORDS[polarity].down;
  return 'no change';
}

/** Which way the number moved (▲ up, ▼ down), whatever that means for performance; the word says whether it is good. */
export function arrowOf(polarity: Polarity, direction: Direction): string {
  if (direction === 'no change') return '►';
  if (direction === 'not comparable') return '';
  return WORDS[polarity].up === direction ? '▲' : '▼';
}
