/**
 * Issue 12 end to end through runDigest: each indicator's Wilson interval, significance and small numbers for the
 * current period, and its SPC reading over every period with a value (long monthly tables, as the held-out pack).
 */
import type { CellValue, RatedIndicator } from '../../../src/engine';
import { digestOf, issueAt, sheet } from '../../support/grids';
import { month, WORKED_EXAMPLE } from '../../support/monthly';

interface Extra {
  recalculate?: Record<number, string>;
  baseline?: Record<number, string>;
  target?: number;
  polarity?: string;
}

/** A long monthly table of one indicator (Indicator, Polarity, Period, Value, SPC columns, Target). */
function series(
  values: (number | null)[],
  { recalculate = {}, baseline = {}, target, polarity = 'Higher' }: Extra = {},
) {
  const rows: CellValue[][] = values.map((v, i) => [
    'Referrals seen',
    polarity,
    month(i),
    v,
    recalculate[i] ?? null,
    baseline[i] ?? null,
    target ?? null,
  ]);
  return sheet('Data', [
    ['Indicator', 'Polarity', 'Period', 'Value', 'SPC recalculate from', 'SPC baseline to', 'Target'],
    ...rows,
  ]);
}

const statsOf = (grid: ReturnType<typeof sheet>, period?: string): RatedIndicator['stats'] =>
  digestOf(grid, period ? { period } : {}).indicators[0]!.stats;

describe('the SPC reading of an indicator', () => {
  const spc = statsOf(series(WORKED_EXAMPLE)).spc!;

  it('reads the worked example as one section: mean 23.20, limits 8.76 and 37.64', () => {
    const [s] = spc.sections;
    const twoDp = (x: number | null | undefined) => Math.round((x ?? Number.NaN) * 100) / 100;
    expect([s?.from.label, s?.to.label, twoDp(s?.mean), twoDp(s?.lowerLimit), twoDp(s?.upperLimit)]).toEqual([
      'Jan 2020',
      'Mar 2021',
      23.2,
      8.76,
      37.64,
    ]);
  });

  it('lists every period with a value, in time order, with its value and class', () => {
    expect(spc.points.map((p) => [p.period.label, p.value, p.class])).toEqual(
      WORKED_EXAMPLE.map((v, i) => [month(i), v, 'common']),
    );
  });

  it('skips periods without a value', () => {
    const points = statsOf(series([20, null, 24])).spc!.points;
    expect(points.map((p) => p.period.label)).toEqual(['Jan 2020', 'Mar 2020']);
  });

  it('reads fewer than 13 points with a mean, no limits, and every point common cause', () => {
    const reading = statsOf(series([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 100])).spc!;
    expect(reading.sections).toMatchObject([{ mean: 17.5, lowerLimit: null, upperLimit: null }]);
    expect(new Set(reading.points.map((p) => p.class))).toEqual(new Set(['common']));
  });

  it('is null for an indicator without a value', () => {
    const grid = sheet('Data', [
      ['Indicator', 'Polarity', 'Period', 'Value'],
      ['Referrals seen', 'Higher', 'Jan 2020', 5],
      ['Complaints', 'Lower', 'Jan 2020', null],
    ]);
    expect(digestOf(grid).indicators[1]?.stats.spc).toBeNull();
  });

  it('stops at the current period when an earlier one is chosen', () => {
    const points = statsOf(series(WORKED_EXAMPLE), 'Jun 2020').spc!.points;
    expect(points.map((p) => p.period.label)).toEqual(WORKED_EXAMPLE.slice(0, 6).map((_, i) => month(i)));
  });

  it('takes the variation icon from the last point: 13 points ending far above the limits', () => {
    const reading = statsOf(series([10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 40])).spc!;
    expect([reading.variation, reading.variationSide]).toEqual(['improvement', 'high']);
  });

  it('reads a lower-is-better series ending far above its limits as concern', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 40];
    expect(statsOf(series(values, { polarity: 'Lower' })).spc?.variation).toBe('concern');
  });

  it('reads a neutral series ending far above its limits as neither, with no assurance', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 40];
    const reading = statsOf(series(values, { polarity: 'Neutral', target: 5 })).spc!;
    expect([reading.variation, reading.assurance]).toEqual(['neither', null]);
  });

  it('reads the assurance from the current target: 5 is below the lower limit of 8.76, so pass', () => {
    expect(statsOf(series(WORKED_EXAMPLE, { target: 5 })).spc?.assurance).toBe('pass');
  });

  it('reads a target strictly inside the limits as hit or miss', () => {
    expect(statsOf(series(WORKED_EXAMPLE, { target: 25 })).spc?.assurance).toBe('hit-or-miss');
  });
});

describe('recalculation and baseline from the sheet', () => {
  const twice = [...WORKED_EXAMPLE, ...WORKED_EXAMPLE.map((v) => v + 100)];

  it('starts a new section at each recalculation, named by its first and last periods', () => {
    const reading = statsOf(series(twice, { recalculate: { 0: 'Apr 2021' } })).spc!;
    expect(reading.sections.map((s) => [s.from.label, s.to.label, Math.round(s.mean * 100) / 100])).toEqual([
      ['Jan 2020', 'Mar 2021', 23.2],
      ['Apr 2021', 'Jun 2022', 123.2],
    ]);
  });

  it('starts the section at the first value on or after a recalculation that falls on a gap', () => {
    const values = [...WORKED_EXAMPLE, null, ...WORKED_EXAMPLE];
    const reading = statsOf(series(values, { recalculate: { 0: 'Apr 2021' } })).spc!;
    expect(reading.sections.map((s) => s.from.label)).toEqual(['Jan 2020', 'May 2021']);
  });

  it('warns at a recalculation after the last value, and starts no section there', () => {
    const run = digestOf(series(WORKED_EXAMPLE, { recalculate: { 0: 'Jan 2030' } }));
    expect(run.indicators[0]?.stats.spc?.sections).toHaveLength(1);
    expect(run.issues).toContainEqual(issueAt('warning', 'Data!E2', 'after the last value'));
  });

  it('freezes the mean and limits at the baseline end and carries them to the last point', () => {
    const reading = statsOf(series(twice, { baseline: { 3: 'Mar 2021' } })).spc!;
    expect(reading.sections).toHaveLength(1);
    expect(reading.sections[0]).toMatchObject({ from: { label: 'Jan 2020' }, to: { label: 'Jun 2022' } });
    expect(reading.sections[0]?.mean).toBeCloseTo(23.2, 12);
    expect(reading.points.slice(15).every((p) => p.class === 'improvement')).toBe(true);
  });

  it('ends a baseline named by a year at its last value', () => {
    const reading = statsOf(series(twice, { baseline: { 0: '2020' } })).spc!;
    expect(reading.sections[0]?.mean).toBeCloseTo(
      WORKED_EXAMPLE.slice(0, 12).reduce((a, b) => a + b) / 12,
      12,
    );
  });

  it('applies only the baseline when both are given, with a warning at the recalculation', () => {
    const run = digestOf(series(twice, { baseline: { 0: 'Mar 2021' }, recalculate: { 0: 'Apr 2021' } }));
    expect(run.indicators[0]?.stats.spc?.sections).toHaveLength(1);
    expect(run.issues).toContainEqual(issueAt('warning', 'Data!E2', 'only the baseline applies'));
  });

  it('warns at a baseline end before the first value, and reads the series without one', () => {
    const run = digestOf(series(WORKED_EXAMPLE, { baseline: { 0: 'Dec 2019' } }));
    expect(run.indicators[0]?.stats.spc?.sections[0]?.to.label).toBe('Mar 2021');
    expect(run.issues).toContainEqual(issueAt('warning', 'Data!F2', 'before the first value'));
  });
});

describe('intervals, significance and small numbers', () => {
  /** Two months of counts for one indicator. */
  const counts = (a: [number, number] | null, b: [number, number] | null) =>
    sheet('Data', [
      ['Indicator', 'Polarity', 'Period', 'Numerator', 'Denominator'],
      ['Reviews on time', 'Higher', 'Jan 2020', ...(a ?? [null, null])],
      ['Reviews on time', 'Higher', 'Feb 2020', ...(b ?? [null, null])],
    ]);

  it('gives the current period the public check: 65 of 100 is 0.5525444330 to 0.7363575176', () => {
    const { interval } = statsOf(counts([60, 100], [65, 100]));
    expect(interval?.lower).toBeCloseTo(0.552544433, 10);
    expect(interval?.upper).toBeCloseTo(0.7363575176, 10);
  });

  it('reads a change whose intervals do not overlap as significant: 40 to 65 of 100', () => {
    expect(statsOf(counts([40, 100], [65, 100])).significant).toBe(true);
  });

  it('reads a change whose intervals overlap as not significant: 70% to 65% of 40 (seed 002)', () => {
    expect(statsOf(counts([28, 40], [26, 40])).significant).toBe(false);
  });

  it('has no significance without counts for the comparison period', () => {
    expect(statsOf(counts(null, [65, 100])).significant).toBeNull();
  });

  it.each([
    [[26, 29], true, 'a denominator under 30'],
    [[4, 100], true, 'a numerator under 5'],
    [[5, 30], false, 'a numerator of 5 of 30'],
  ] as const)('reads %p as small numbers: %p (%s)', (current, small, _why) => {
    expect(statsOf(counts(null, [...current])).smallNumbers).toBe(small);
  });

  it('has no interval or small-numbers note without counts', () => {
    const { interval, smallNumbers } = statsOf(series([1, 2]));
    expect([interval, smallNumbers]).toEqual([null, null]);
  });
});
