/** Issue 12 §2: XmR sections, means, moving ranges and lines; recalculation and baseline. */
import {
  LIMIT_FACTOR,
  MIN_POINTS_FOR_LIMITS,
  meanMovingRange,
  xmrLines,
  xmrSections,
} from '../../../src/engine/stats/xmr';
import { BASELINE } from './fixedLines';

const WORKED_EXAMPLE = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];
const twoDecimals = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

describe('xmrLines on the public worked example', () => {
  const lines = xmrLines(WORKED_EXAMPLE);

  it('gives a mean of 23.20', () => {
    expect(twoDecimals(lines.mean)).toBe(23.2);
  });

  it('gives a mean moving range of 5.43', () => {
    expect(twoDecimals(lines.meanMovingRange)).toBe(5.43);
  });

  it('gives process limits of 8.76 and 37.64', () => {
    expect([twoDecimals(lines.lowerLimit), twoDecimals(lines.upperLimit)]).toEqual([8.76, 37.64]);
  });

  it('puts the two-sigma lines two thirds of the way from the mean to the limits', () => {
    const { mean, lowerLimit, upperLimit, lowerTwoSigma, upperTwoSigma } = lines;
    expect(upperTwoSigma).toBeCloseTo(mean + ((upperLimit ?? 0) - mean) * (2 / 3), 12);
    expect(lowerTwoSigma).toBeCloseTo(mean - (mean - (lowerLimit ?? 0)) * (2 / 3), 12);
  });
});

describe('xmrLines: the minimum number of points', () => {
  it('needs at least 13 points', () => {
    expect(MIN_POINTS_FOR_LIMITS).toBe(13);
  });

  it('gives no limits and no two-sigma lines from 12 points', () => {
    const lines = xmrLines(BASELINE.slice(0, 12));
    expect([lines.lowerLimit, lines.upperLimit, lines.lowerTwoSigma, lines.upperTwoSigma]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('still gives the mean of 12 points', () => {
    expect(xmrLines(BASELINE.slice(0, 12)).mean).toBe(50);
  });

  it('gives limits from 13 points', () => {
    // Mean 650 / 13 = 50; moving ranges eleven 4s and one 2, so 46 / 12; limits 50 ± 2.66 × 46 / 12.
    const lines = xmrLines([...BASELINE.slice(0, 12), 50]);
    expect([twoDecimals(lines.lowerLimit), twoDecimals(lines.upperLimit)]).toEqual([39.8, 60.2]);
  });

  it('gives a single point its value as the mean and no moving range', () => {
    expect(xmrLines([7])).toMatchObject({ mean: 7, meanMovingRange: null, upperLimit: null });
  });
});

describe('meanMovingRange', () => {
  it('averages the absolute differences between consecutive values', () => {
    expect(meanMovingRange([10, 14, 11, 11])).toBeCloseTo((4 + 3 + 0) / 3, 12);
  });

  it('is null for fewer than two values', () => {
    expect(meanMovingRange([5])).toBeNull();
  });
});

describe('xmrSections', () => {
  const first = [...BASELINE]; // mean 50, mean moving range 4
  const second = Array.from({ length: 13 }, (_, i) => (i % 2 === 0 ? 95 : 105)); // mean 1295 / 13, MR 10

  it('reads a series without options as one section over every point', () => {
    expect(xmrSections(first)).toMatchObject([
      { from: 0, to: 13, calculatedTo: 13, mean: 50, meanMovingRange: 4 },
    ]);
  });

  it('puts the process limits 2.66 mean moving ranges from the mean', () => {
    const [section] = xmrSections(first);
    expect(LIMIT_FACTOR).toBe(2.66);
    expect(section?.lowerLimit).toBeCloseTo(39.36, 12);
    expect(section?.upperLimit).toBeCloseTo(60.64, 12);
  });

  it('starts a new section, with its own mean, at each recalculation', () => {
    const sections = xmrSections([...first, ...second], { recalculateFrom: [14] });
    expect(sections.map((s) => [s.from, s.to])).toEqual([
      [0, 13],
      [14, 26],
    ]);
    expect(sections[1]?.mean).toBeCloseTo((7 * 95 + 6 * 105) / 13, 12);
  });

  it('takes no moving range across a recalculation', () => {
    const sections = xmrSections([...first, ...second], { recalculateFrom: [14] });
    expect(sections[1]?.meanMovingRange).toBe(10);
  });

  it('gives limits to a section of 13 points and none to one of 12', () => {
    const sections = xmrSections([...first, ...second, ...second.slice(0, 12)], {
      recalculateFrom: [14, 27],
    });
    expect(sections.map((s) => s.upperLimit !== null)).toEqual([true, true, false]);
  });

  it('sorts recalculations, drops repeats and ignores one at the first point', () => {
    const sections = xmrSections([...first, ...second], { recalculateFrom: [20, 0, 14, 14] });
    expect(sections.map((s) => s.from)).toEqual([0, 14, 20]);
  });

  it('computes the mean and limits from the points up to and including the baseline end', () => {
    const [section] = xmrSections([...first, 90, 95, 99], { baselineTo: 13 });
    expect(section).toMatchObject({ from: 0, to: 16, calculatedTo: 13, mean: 50, meanMovingRange: 4 });
  });

  it('gives no limits when fewer than 13 points are up to the baseline end', () => {
    const [section] = xmrSections(first, { baselineTo: 11 });
    expect(section?.upperLimit).toBeNull();
  });

  it('applies only the baseline when there are recalculations too', () => {
    const sections = xmrSections([...first, ...second], { baselineTo: 13, recalculateFrom: [14] });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ from: 0, to: 26, calculatedTo: 13, mean: 50 });
  });

  it('gives no sections for no points', () => {
    expect(xmrSections([])).toEqual([]);
  });

  it.each([
    [{ recalculateFrom: [14] }, 'a recalculation past the last point'],
    [{ recalculateFrom: [-1] }, 'a negative recalculation'],
    [{ recalculateFrom: [2.5] }, 'a recalculation between points'],
    [{ baselineTo: 14 }, 'a baseline end past the last point'],
  ])('throws a RangeError for %p (%s)', (options, _what) => {
    expect(() => xmrSections(first, options)).toThrow(RangeError);
  });

  it('throws a RangeError for a value that is not finite', () => {
    expect(() => xmrSections([1, Number.NaN, 3])).toThrow(RangeError);
  });
});
