/** Settings typed by people: `5%` is relative (a share of the target), a plain number is absolute (the indicator's units). */
import type { Threshold } from '../core/model';
import { parseNumberText } from '../read/values';

export function parseThreshold(text: string): Threshold | null {
  const trimmed = text.trim();
  const n = parseNumberText(trimmed);
  if (n === null || n < 0) return null;
  return trimmed.endsWith('%') ? { kind: 'relative', value: n } : { kind: 'absolute', value: n };
}

/** A threshold as a person would type it: `5%` or `0.02` (the inverse of parseThreshold). */
export function thresholdText(t: Threshold): string {
  return t.kind === 'relative' ? `${Number((t.value * 100).toPrecision(10))}%` : String(t.value);
}

export function describeThreshold(t: Threshold): string {
  return t.kind === 'relative'
    ? `${round2(t.value * 100)}% of target`
    : `${t.value} in each indicator's own units`;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
