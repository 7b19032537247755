/** XmR sections as Making Data Count (MDC) draws them: each section's mean, mean moving range, process limits and two-sigma lines. */

/** Process limits sit 2.66 mean moving ranges from the mean (3σ, with σ estimated as MR̄ / 1.128). */
export const LIMIT_FACTOR = 2.66;
/** Two-sigma lines sit two thirds of the way from the mean to the process limits. */
export const TWO_SIGMA_FACTOR = (2 / 3) * LIMIT_FACTOR;
/** Fewer points than this (among those that set the lines) give no limits, and every point of the section is common cause. */
export const MIN_POINTS_FOR_LIMITS = 13;

/** A run of points drawn against one set of lines. Indices are positions in the series. */
export interface XmrSection {
  from: number;
  to: number;
  /** The last point whose value sets the lines: `to`, or the baseline's end. The lines start from `from`. */
  calculatedTo: number;
  mean: number;
  /** Null when only one point sets the lines. */
  meanMovingRange: number | null;
  /** The four lines are null when fewer than 13 points set them. */
  lowerLimit: number | null;
  upperLimit: number | null;
  lowerTwoSigma: number | null;
  upperTwoSigma: number | null;
}

/** Where sections start, or where the baseline ends; with both, only the baseline applies. */
export interface SectionOptions {
  /** Indices of points that start a new section with its own lines. */
  recalculateFrom?: readonly number[];
  /** The index of the last point that sets the lines; they carry on unchanged to the end. */
  baselineTo?: number | null;
}

/** Rejects an index that names no point, as a section boundary must be a point of the series. */
function checkIndex(index: number, count: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`${what} ${index} is not the index of one of the ${count} points`);
  }
}

/** The spans of the sections, before any line is computed. */
function sectionSpans(
  count: number,
  { recalculateFrom = [], baselineTo = null }: SectionOptions = {},
): { from: number; to: number; calculatedTo: number }[] {
  if (count === 0) return [];
  if (baselineTo !== null) {
    checkIndex(baselineTo, count, 'Baseline end');
    return [{ from: 0, to: count - 1, calculatedTo: baselineTo }];
  }
  // Most series are one section: no set of starts to make and sort for each.
  if (recalculateFrom.length === 0) return [{ from: 0, to: count - 1, calculatedTo: count - 1 }];
  recalculateFrom.forEach((i) => checkIndex(i, count, 'Recalculation'));
  const starts = [...new Set([0, ...recalculateFrom])].sort((a, b) => a - b);
  return starts.map((from, k) => {
    const to = (starts[k + 1] ?? count) - 1;
    return { from, to, calculatedTo: to };
  });
}

/** The mean of the moving ranges |x_i − x_{i−1}| between consecutive values; null for fewer than two. */
export function meanMovingRange(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  let total = 0;
  for (let i = 1; i < values.length; i++)
    total += Math.abs((values[i] as number) - (values[i - 1] as number));
  return total / (values.length - 1);
}

/** Mean, mean moving range and lines from the values that set them (the lines need 13 or more). */
export function xmrLines(values: readonly number[]): Omit<XmrSection, 'from' | 'to' | 'calculatedTo'> {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const mr = meanMovingRange(values);
  if (mr === null || values.length < MIN_POINTS_FOR_LIMITS) {
    return {
      mean,
      meanMovingRange: mr,
      lowerLimit: null,
      upperLimit: null,
      lowerTwoSigma: null,
      upperTwoSigma: null,
    };
  }
  return {
    mean,
    meanMovingRange: mr,
    lowerLimit: mean - LIMIT_FACTOR * mr,
    upperLimit: mean + LIMIT_FACTOR * mr,
    lowerTwoSigma: mean - TWO_SIGMA_FACTOR * mr,
    upperTwoSigma: mean + TWO_SIGMA_FACTOR * mr,
  };
}

/** The series' sections with their lines; moving ranges never span a section boundary. */
export function xmrSections(values: readonly number[], options: SectionOptions = {}): XmrSection[] {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`The value of point ${i} is not a finite number`);
  });
  return sectionSpans(values.length, options).map(({ from, to, calculatedTo }) => {
    // Written out, not spread: a section per indicator of every digest, and spreading two objects costs more.
    const lines = xmrLines(values.slice(from, calculatedTo + 1));
    return {
      from,
      to,
      calculatedTo,
      mean: lines.mean,
      meanMovingRange: lines.meanMovingRange,
      lowerLimit: lines.lowerLimit,
      upperLimit: lines.upperLimit,
      lowerTwoSigma: lines.lowerTwoSigma,
      upperTwoSigma: lines.upperTwoSigma,
    };
  });
}
