/** Issue 12 §2: MDC's special-cause rules, read against the fixed lines of fixedLines.ts (mean 50, limits 39.36–60.64, two-sigma 42.91–57.09). */
import type { Side } from '../../../src/engine';
import { RUN_LENGTH, findSpecialCauses, type SpecialCauseRule } from '../../../src/engine/stats/specialCause';
import { xmrSections } from '../../../src/engine/stats/xmr';
import { BASELINE, BASELINE_TO } from './fixedLines';

/** The causes of each point of `tail`, as "rule side" strings, judged after the baseline. */
function causesAfterBaseline(tail: readonly number[]): string[][] {
  const values = [...BASELINE, ...tail];
  const causes = findSpecialCauses(values, xmrSections(values, { baselineTo: BASELINE_TO }));
  return causes.slice(BASELINE.length).map((list) => list.map((c) => `${c.rule} ${c.side}`));
}

/** Positions of `tail` flagged by `rule`, with the side each was flagged on. */
function flagged(tail: readonly number[], rule: SpecialCauseRule): [number, Side][] {
  return causesAfterBaseline(tail).flatMap((list, i) =>
    list.filter((c) => c.startsWith(`${rule} `)).map((c) => [i, c.split(' ')[1] as Side] as [number, Side]),
  );
}

it('flags nothing in the baseline itself', () => {
  const causes = findSpecialCauses(BASELINE, xmrSections(BASELINE));
  expect(causes.flat()).toEqual([]);
});

describe('a point outside a process limit', () => {
  it.each([
    [61, 'high'],
    [39, 'low'],
  ])('flags %p as outside the limit on the %s side', (value, side) => {
    expect(causesAfterBaseline([value])).toEqual([[`outside-limit ${side}`]]);
  });

  it.each([60.64, 39.36])('does not flag a point exactly on a process limit (%p)', (value) => {
    expect(flagged([value], 'outside-limit')).toEqual([]);
  });
});

describe('a shift', () => {
  it('needs 6 points', () => {
    expect(RUN_LENGTH).toBe(6);
  });

  it.each([
    [[50, 51, 51, 51, 51, 51, 51], 'high'],
    [[50, 49, 49, 49, 49, 49, 49], 'low'],
  ])('flags all of 6 consecutive points on one side of the mean: %p', (tail, side) => {
    expect(flagged(tail, 'shift')).toEqual([1, 2, 3, 4, 5, 6].map((i) => [i, side]));
  });

  it('flags all of a run longer than 6', () => {
    expect(flagged([50, 55, 51, 56, 52, 57, 53, 54], 'shift').map(([i]) => i)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([
    [[50, 51, 51, 51, 51, 51], 'above'],
    [[50, 49, 49, 49, 49, 49], 'below'],
  ])('does not flag only 5 consecutive points %p (%s the mean)', (tail) => {
    expect(flagged(tail, 'shift')).toEqual([]);
  });

  it('is broken by a point exactly on the mean', () => {
    expect(flagged([50, 51, 51, 51, 50, 51, 51, 51], 'shift')).toEqual([]);
  });
});

describe('a trend', () => {
  it.each([
    [[49, 49.5, 50.5, 51, 51.5, 52], 'high', 'rising'],
    [[48, 51, 50.5, 49.5, 49, 48.5, 48], 'low', 'falling'],
  ])('flags all of 6 points each beyond the one before: %p (%s, %s)', (tail, side) => {
    const first = tail.length - 6;
    expect(flagged(tail, 'trend')).toEqual([0, 1, 2, 3, 4, 5].map((i) => [first + i, side]));
  });

  it.each([
    [[49, 49.5, 50.5, 51, 51.5], 'rising'],
    [[48, 51, 50.5, 49.5, 49, 48.5], 'falling'],
  ])('does not flag only 5 points: %p (%s)', (tail) => {
    expect(flagged(tail, 'trend')).toEqual([]);
  });

  it('is broken by an equal value', () => {
    expect(flagged([49, 49.5, 50.5, 50.5, 51, 51.5, 52], 'trend')).toEqual([]);
  });

  it('may cross the mean, which alone is no shift', () => {
    const tail = [49, 49.5, 50.5, 51, 51.5, 52];
    expect(flagged(tail, 'trend')).toHaveLength(6);
    expect(flagged(tail, 'shift')).toEqual([]);
  });
});

describe('two of three beyond a two-sigma line', () => {
  it.each([
    [[50, 58, 51, 58], [1, 3], 'high', 'two of three above the upper line'],
    [[50, 58, 59, 58], [1, 2, 3], 'high', 'three of three above the upper line'],
    [[50, 42, 49, 42], [1, 3], 'low', 'two of three below the lower line'],
    [[50, 42, 41, 42], [1, 2, 3], 'low', 'three of three below the lower line'],
  ])('flags only the points beyond the line in %p: %p (%s, %s)', (tail, positions, side) => {
    expect(flagged(tail, 'two-of-three')).toEqual(positions.map((i) => [i, side]));
  });

  it('does not flag two beyond the upper line when the middle point is below the mean', () => {
    expect(flagged([50, 58, 49, 58, 50], 'two-of-three')).toEqual([]);
  });

  it('does not flag one point beyond each two-sigma line', () => {
    expect(flagged([50, 58, 42, 50], 'two-of-three')).toEqual([]);
  });

  it('does not count a point beyond the process limit as one of the two', () => {
    expect(flagged([50, 58, 61, 51, 50], 'two-of-three')).toEqual([]);
  });

  it('counts a point exactly on the process limit as beyond the two-sigma line', () => {
    expect(flagged([50, 58, 60.64, 51], 'two-of-three')).toEqual([
      [1, 'high'],
      [2, 'high'],
    ]);
  });

  it('does not count a point exactly on the two-sigma line', () => {
    const upperTwoSigma = 50 + (2 / 3) * 2.66 * 4;
    expect(flagged([50, 58, upperTwoSigma, 50], 'two-of-three')).toEqual([]);
  });
});

describe('sections', () => {
  it('flags nothing in a section without limits, even a shift of 12', () => {
    const values = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 100];
    expect(findSpecialCauses(values, xmrSections(values)).flat()).toEqual([]);
  });

  it('counts the points of a short section in a shift running into it, but marks only those of the full section', () => {
    // Four points above the first section's mean (954 / 19), then two above the short last section's (161 / 3):
    // six in a row, each on the high side of its own section's mean.
    const values = [...BASELINE, 50, 51, 51, 51, 51, 55, 56, 50];
    const causes = findSpecialCauses(values, xmrSections(values, { recalculateFrom: [19] }));
    const shift = causes.map((list) => list.some((c) => c.rule === 'shift' && c.side === 'high'));
    expect(shift.map((s, i) => (s ? i : -1)).filter((i) => i >= 0)).toEqual([15, 16, 17, 18]);
    expect(causes.slice(19).flat()).toEqual([]);
  });

  it('counts the points of a short section in a trend running into it, but marks only those of the full section', () => {
    // Three rising points end the first section; three more rising points make up a short last section.
    const values = [...BASELINE, 49, 49.5, 50.5, 51, 51.5, 52];
    const causes = findSpecialCauses(values, xmrSections(values, { recalculateFrom: [17] }));
    const trend = causes.map((list) => list.some((c) => c.rule === 'trend' && c.side === 'high'));
    expect(trend.map((t, i) => (t ? i : -1)).filter((i) => i >= 0)).toEqual([14, 15, 16]);
    expect(causes.slice(17).flat()).toEqual([]);
  });
});
