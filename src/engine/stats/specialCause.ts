/** Making Data Count's (MDC) special-cause rules, each point judged against its own section's lines. */
import type { Side } from './spcTypes';
import { compare10 } from '../core/numbers';
import type { XmrSection } from './xmr';

/** MDC's four rules: a point beyond a process limit, a shift, a trend, two of three beyond a two-sigma line. */
export type SpecialCauseRule = 'outside-limit' | 'shift' | 'trend' | 'two-of-three';

/** One rule that flagged a point, and which side (or which way, for a trend) it points. */
export interface SpecialCause {
  rule: SpecialCauseRule;
  side: Side;
}

/** A common-cause point's causes: one shared empty list, as most series have no limits to mark points against. */
const NO_CAUSES: readonly SpecialCause[] = Object.freeze([]);

/** A shift or a trend needs this many consecutive points. */
export const RUN_LENGTH = 6;

/** The lines a point is judged against: those of a section with limits. */
type Lines = XmrSection & {
  lowerLimit: number;
  upperLimit: number;
  lowerTwoSigma: number;
  upperTwoSigma: number;
};

/** Whether a section has limits, so its points are judged against them. */
function hasLimits(s: XmrSection): s is Lines {
  return (
    s.lowerLimit !== null && s.upperLimit !== null && s.lowerTwoSigma !== null && s.upperTwoSigma !== null
  );
}

/** Each point's section, and its lines where that section has limits (null where it has too few points). */
function byPoint(count: number, sections: readonly XmrSection[]) {
  const section = new Array<XmrSection | null>(count).fill(null);
  for (const s of sections) section.fill(s, s.from, s.to + 1);
  return { section, lines: section.map((s) => (s && hasLimits(s) ? s : null)) };
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

/** Runs of at least RUN_LENGTH points on one side of their own section's mean. */
function shifts(sideOfMean: readonly (Side | null)[]): { first: number; last: number; side: Side }[] {
  return runs(sideOfMean).filter((run) => run.last - run.first + 1 >= RUN_LENGTH);
}

/** Runs of at least RUN_LENGTH points each strictly above (or below) the one before. */
function trends(values: readonly number[]): { first: number; last: number; side: Side }[] {
  // steps[i] is the move from point i − 1 to point i: RUN_LENGTH points make RUN_LENGTH − 1 steps.
  const steps = values.map((v, i) => (i > 0 ? sideOf(v, values[i - 1] as number) : null));
  return runs(steps)
    .filter((run) => run.last - run.first + 2 >= RUN_LENGTH)
    .map((run) => ({ ...run, first: run.first - 1 }));
}

/** The points beyond a two-sigma line (not the limit) that make two or three of three on one side of the mean. */
function twoOfThree(
  sideOfMean: readonly (Side | null)[],
  nearLimit: readonly (Side | null)[],
): Map<number, Side> {
  const marked = new Map<number, Side>();
  for (let w = 0; w + 2 < sideOfMean.length; w++) {
    const side = sideOfMean[w];
    const window = [w, w + 1, w + 2];
    if (!side || !window.every((i) => sideOfMean[i] === side)) continue;
    const beyond = window.filter((i) => nearLimit[i] === side);
    if (beyond.length >= 2) beyond.forEach((i) => marked.set(i, side));
  }
  return marked;
}

/**
 * Every special cause of every point (an empty list: common cause). Shift, trend and two-of-three run across
 * section boundaries, each point judged against its own section's lines. A section with too few points for limits
 * still has its mean, so its points count in a shift or a trend, but they are never marked: they are common cause.
 */
export function findSpecialCauses(
  values: readonly number[],
  sections: readonly XmrSection[],
): (readonly SpecialCause[])[] {
  // Only points of sections with limits are ever marked: most quarterly series (under 13 points) have none.
  if (!sections.some(hasLimits)) return values.map(() => NO_CAUSES);
  const { section, lines } = byPoint(values.length, sections);
  const causes: SpecialCause[][] = values.map(() => []);
  const mark = (i: number, rule: SpecialCauseRule, side: Side) => {
    if (lines[i]) causes[i]?.push({ rule, side });
  };
  const markRun = (run: { first: number; last: number; side: Side }, rule: SpecialCauseRule) => {
    for (let i = run.first; i <= run.last; i++) mark(i, rule, run.side);
  };

  values.forEach((v, i) => {
    const l = lines[i];
    const side = l ? beyondLimit(v, l) : null;
    if (side) mark(i, 'outside-limit', side);
  });
  const sideOfMean = values.map((v, i) => {
    const s = section[i];
    return s ? sideOf(v, s.mean) : null;
  });
  shifts(sideOfMean).forEach((run) => markRun(run, 'shift'));
  trends(values).forEach((run) => markRun(run, 'trend'));
  const nearLimit = values.map((v, i) => {
    const l = lines[i];
    return l ? beyondTwoSigmaOnly(v, l) : null;
  });
  twoOfThree(sideOfMean, nearLimit).forEach((side, i) => mark(i, 'two-of-three', side));
  return causes;
}
