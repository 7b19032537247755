/** Issue 12: MDC's special-cause rules, each point judged against its own section's lines. */
import type { Side } from './model';
import { compare10 } from './sigFigs';
import type { XmrSection } from './xmr';

/** MDC's four rules: a point beyond a process limit, a shift, a trend, two of three beyond a two-sigma line. */
export type SpecialCauseRule = 'outside-limit' | 'shift' | 'trend' | 'two-of-three';

/** One rule that flagged a point, and which side (or which way, for a trend) it points. */
export interface SpecialCause {
  rule: SpecialCauseRule;
  side: Side;
}

/** A shift or a trend needs this many consecutive points. */
export const RUN_LENGTH = 6;

/** The lines a point is judged against: those of a section with limits. */
type Lines = XmrSection & {
  lowerLimit: number;
  upperLimit: number;
  lowerTwoSigma: number;
  upperTwoSigma: number;
};

/** Each point's lines; null in a section without limits, whose points are common cause and break every run. */
function linesByPoint(count: number, sections: readonly XmrSection[]): (Lines | null)[] {
  const lines: (Lines | null)[] = new Array<Lines | null>(count).fill(null);
  for (const s of sections) {
    if (s.lowerLimit === null) continue;
    for (let i = s.from; i <= s.to; i++) lines[i] = s as Lines;
  }
  return lines;
}

/** Which side of a line a value lies, strictly; null on it. */
function sideOf(value: number, line: number): Side | null {
  const c = compare10(value, line);
  return c > 0 ? 'high' : c < 0 ? 'low' : null;
}

/** The side of the process limit the value is beyond, if any (a value on the limit is not beyond it). */
function beyondLimit(value: number, l: Lines): Side | null {
  return compare10(value, l.upperLimit) > 0 ? 'high' : compare10(value, l.lowerLimit) < 0 ? 'low' : null;
}

/** The side of the two-sigma line the value is strictly beyond without being beyond the process limit, if any. */
function beyondTwoSigmaOnly(value: number, l: Lines): Side | null {
  if (beyondLimit(value, l) !== null) return null;
  return compare10(value, l.upperTwoSigma) > 0
    ? 'high'
    : compare10(value, l.lowerTwoSigma) < 0
      ? 'low'
      : null;
}

/** Maximal runs of equal, non-null keys, as [first, last] indices with their key. */
function runs(keys: readonly (Side | null)[]): { first: number; last: number; side: Side }[] {
  const found: { first: number; last: number; side: Side }[] = [];
  keys.forEach((side, i) => {
    const open = found[found.length - 1];
    if (side === null) return;
    if (open && open.last === i - 1 && open.side === side) open.last = i;
    else found.push({ first: i, last: i, side });
  });
  return found;
}

/**
 * Every special cause of every point (an empty list: common cause). Shift, trend and two-of-three run across
 * section boundaries, each point judged against its own section's lines.
 */
export function findSpecialCauses(
  values: readonly number[],
  sections: readonly XmrSection[],
): SpecialCause[][] {
  const lines = linesByPoint(values.length, sections);
  const causes: SpecialCause[][] = values.map(() => []);
  const mark = (i: number, rule: SpecialCauseRule, side: Side) => causes[i]?.push({ rule, side });
  const judged = values.map((v, i) => ({ v, l: lines[i] ?? null }));

  judged.forEach(({ v, l }, i) => {
    const side = l && beyondLimit(v, l);
    if (side) mark(i, 'outside-limit', side);
  });

  const sideOfMean = judged.map(({ v, l }) => (l ? sideOf(v, l.mean) : null));
  for (const run of runs(sideOfMean)) {
    if (run.last - run.first + 1 < RUN_LENGTH) continue;
    for (let i = run.first; i <= run.last; i++) mark(i, 'shift', run.side);
  }

  // A step is the move from point i − 1 to point i; RUN_LENGTH points make RUN_LENGTH − 1 steps.
  const steps = judged.map(({ v, l }, i) => {
    const before = judged[i - 1];
    return l && before?.l ? sideOf(v, before.v) : null;
  });
  for (const run of runs(steps)) {
    if (run.last - run.first + 2 < RUN_LENGTH) continue;
    for (let i = run.first - 1; i <= run.last; i++) mark(i, 'trend', run.side);
  }

  const nearLimit = judged.map(({ v, l }) => (l ? beyondTwoSigmaOnly(v, l) : null));
  const marked = new Set<number>();
  for (let w = 0; w + 2 < values.length; w++) {
    const window = [w, w + 1, w + 2];
    for (const side of ['high', 'low'] as const) {
      if (!window.every((i) => sideOfMean[i] === side)) continue;
      const beyond = window.filter((i) => nearLimit[i] === side);
      if (beyond.length >= 2) beyond.forEach((i) => marked.add(i));
    }
  }
  [...marked].sort((a, b) => a - b).forEach((i) => mark(i, 'two-of-three', nearLimit[i] as Side));
  return causes;
}
