/** Issue 12 §2: the whole MDC reading through readSpc: rules by polarity, minimum points, sections, baseline, icons. */
import type { Polarity, Side } from '../../../src/engine';
import { readSpc } from './spcReading';
import { BASELINE, BASELINE_TO, classesAfterBaseline, expected } from './fixedLines';

const POLARITIES: Polarity[] = ['higher', 'lower', 'neutral'];
const asPoints = (values: readonly number[]) => values.map((value) => ({ value }));

/** [rule, tail after the baseline, positions special, side]: the rule tables of specialCause.test.ts, end to end. */
const RULES: [string, number[], number[], Side][] = [
  ['a point above the upper limit', [61], [0], 'high'],
  ['a point below the lower limit', [39], [0], 'low'],
  ['a shift of 6 above the mean', [50, 51, 51, 51, 51, 51, 51], [1, 2, 3, 4, 5, 6], 'high'],
  ['a shift of 6 below the mean', [50, 49, 49, 49, 49, 49, 49], [1, 2, 3, 4, 5, 6], 'low'],
  ['a rising trend of 6', [49, 49.5, 50.5, 51, 51.5, 52], [0, 1, 2, 3, 4, 5], 'high'],
  ['a falling trend of 6', [48, 51, 50.5, 49.5, 49, 48.5, 48], [1, 2, 3, 4, 5, 6], 'low'],
  ['two of three above the upper two-sigma line', [50, 58, 51, 58], [1, 3], 'high'],
  ['three of three below the lower two-sigma line', [50, 42, 41, 42], [1, 2, 3], 'low'],
  ['a shift of only 5', [50, 51, 51, 51, 51, 51], [], 'high'],
  ['a trend of only 5', [49, 49.5, 50.5, 51, 51.5], [], 'high'],
  [
    'two beyond the upper two-sigma line with the middle point below the mean',
    [50, 58, 49, 58, 50],
    [],
    'high',
  ],
];

describe('readSpc: each rule for each polarity', () => {
  it.each(
    POLARITIES.flatMap((polarity) =>
      RULES.map(([rule, tail, special, side]) => [polarity, rule, tail, special, side] as const),
    ),
  )('reads %s polarity, %s, as the rule says', (polarity, _rule, tail, special, side) => {
    expect(classesAfterBaseline(tail, polarity)).toEqual(expected(tail.length, special, side, polarity));
  });
});

describe('readSpc on the public worked example', () => {
  const reading = readSpc(asPoints([20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18]), {
    polarity: 'higher',
  });

  it('gives one section: mean 23.20, mean moving range 5.43, limits 8.76 and 37.64', () => {
    const [s] = reading.sections;
    const twoDp = (x: number | null | undefined) => Math.round((x ?? Number.NaN) * 100) / 100;
    expect([s?.mean, s?.meanMovingRange, s?.lowerLimit, s?.upperLimit].map(twoDp)).toEqual([
      23.2, 5.43, 8.76, 37.64,
    ]);
  });

  it('reads every point as common cause', () => {
    expect(new Set(reading.points.map((p) => p.class))).toEqual(new Set(['common']));
  });

  it('gives the variation icon common cause, with no side', () => {
    expect([reading.variation, reading.variationSide]).toEqual(['common', null]);
  });

  it('lists every point in order with its index and value', () => {
    expect(reading.points.slice(0, 2)).toEqual([
      { index: 0, value: 20, class: 'common', side: null },
      { index: 1, value: 24, class: 'common', side: null },
    ]);
  });
});

describe('readSpc: the minimum number of points', () => {
  const twelve = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 100];

  it('reads all of 12 points as common cause, even a far-off last point after a run of 11', () => {
    expect(readSpc(asPoints(twelve), { polarity: 'higher' }).points.map((p) => p.class)).toEqual(
      Array(12).fill('common'),
    );
  });

  it('reports the mean of 12 points, with no limits', () => {
    const [section] = readSpc(asPoints(twelve), { polarity: 'higher' }).sections;
    expect(section).toMatchObject({ mean: 17.5, lowerLimit: null, upperLimit: null });
  });

  it('reads the far-off last of 13 points as special cause', () => {
    const reading = readSpc(asPoints([10, ...twelve]), { polarity: 'higher' });
    expect(reading.points[12]).toMatchObject({ class: 'improvement', side: 'high' });
  });
});

describe('readSpc: recalculation', () => {
  // Section 1 (14 points, mean 50) ends with three points above 50; section 2 (14 points, mean 100) starts with three
  // above 100. Judged each against its own section's mean, they make one shift of 6 across the boundary.
  const first = [52, 48, 52, 48, 52, 48, 52, 48, 52, 48, 47, 51, 51, 51];
  const second = [101, 101, 101, 97, 103, 97, 103, 97, 103, 97, 103, 97, 103, 97];
  const reading = readSpc(asPoints([...first, ...second]), {
    polarity: 'higher',
    recalculateFrom: [14],
    target: 75,
  });

  it('gives each section its own mean', () => {
    expect(reading.sections.map((s) => [s.from, s.to, s.mean])).toEqual([
      [0, 13, 50],
      [14, 27, 100],
    ]);
  });

  it('marks a shift that runs across the boundary, each point on the same side of its own mean', () => {
    const special = reading.points.filter((p) => p.class !== 'common').map((p) => p.index);
    expect(special).toEqual([11, 12, 13, 14, 15, 16]);
  });

  it('judges a point against its own section: 97 is below the second mean though far above the first', () => {
    expect(reading.points[17]?.class).toBe('common');
  });

  it('reads the assurance against the latest section: a target of 75 is below its lower limit, so pass', () => {
    expect(reading.assurance).toBe('pass');
  });
});

describe('readSpc: baseline', () => {
  it('freezes the lines at the baseline: 62 after it is beyond the frozen upper limit of 60.64', () => {
    const reading = readSpc(asPoints([...BASELINE, 62]), { polarity: 'higher', baselineTo: BASELINE_TO });
    expect(reading.points[14]).toMatchObject({ class: 'improvement', side: 'high' });
  });

  it('carries the baseline mean and limits to the last point', () => {
    const reading = readSpc(asPoints([...BASELINE, 62, 59, 61]), {
      polarity: 'higher',
      baselineTo: BASELINE_TO,
    });
    expect(reading.sections).toHaveLength(1);
    expect(reading.sections[0]).toMatchObject({ from: 0, to: 16, mean: 50, meanMovingRange: 4 });
    expect(reading.sections[0]?.upperLimit).toBeCloseTo(60.64, 12);
  });

  it('applies only the baseline when recalculations are given too', () => {
    const reading = readSpc(asPoints([...BASELINE, ...BASELINE]), {
      polarity: 'higher',
      baselineTo: BASELINE_TO,
      recalculateFrom: [14],
    });
    expect(reading.sections.map((s) => [s.from, s.to, s.calculatedTo])).toEqual([[0, 27, 13]]);
  });
});

describe('readSpc: a point flagged both ways', () => {
  // Rising 47 → 53 (6 points) then falling 53 → 47 (6 points): the peak ends one trend and starts the other.
  const peak = [47, 48, 49, 51, 52, 53, 52, 51, 49, 48, 47];

  it.each(['higher', 'lower'] as const)('reads the peak as improvement for %s polarity', (polarity) => {
    expect(classesAfterBaseline(peak, polarity)[5]).toBe('improvement');
  });

  it('reads the rest as the trends say for higher polarity', () => {
    expect(classesAfterBaseline(peak, 'higher')).toEqual([
      ...Array(6).fill('improvement'),
      ...Array(5).fill('concern'),
    ]);
  });

  it('reads the peak as neither, with no side, for neutral polarity', () => {
    const reading = readSpc(asPoints([...BASELINE, ...peak]), {
      polarity: 'neutral',
      baselineTo: BASELINE_TO,
    });
    expect(reading.points[BASELINE.length + 5]).toMatchObject({ class: 'neither', side: null });
  });
});

describe('readSpc: icons', () => {
  it('takes the variation from the last point, with its side', () => {
    const reading = readSpc(asPoints([...BASELINE, 39]), { polarity: 'higher', baselineTo: BASELINE_TO });
    expect([reading.variation, reading.variationSide]).toEqual(['concern', 'low']);
  });

  it('reads a target strictly inside the limits as hit or miss', () => {
    expect(readSpc(asPoints(BASELINE), { polarity: 'lower', target: 55 }).assurance).toBe('hit-or-miss');
  });

  it('gives no assurance for a neutral indicator', () => {
    expect(readSpc(asPoints(BASELINE), { polarity: 'neutral', target: 30 }).assurance).toBeNull();
  });

  it('gives no assurance without a target', () => {
    expect(readSpc(asPoints(BASELINE), { polarity: 'higher' }).assurance).toBeNull();
  });

  it('gives no assurance when the latest section has no limits', () => {
    expect(readSpc(asPoints(BASELINE.slice(0, 12)), { polarity: 'higher', target: 30 }).assurance).toBeNull();
  });

  it('gives no variation, sections or points for an empty series', () => {
    expect(readSpc([], { polarity: 'higher', target: 30 })).toEqual({
      points: [],
      sections: [],
      variation: null,
      variationSide: null,
      assurance: null,
    });
  });
});

describe('readSpc: floating error never decides', () => {
  it('lets a point on a mean computed as 0.3000000000000001 break a shift below 0.3', () => {
    const lines = [0.1, 0.5, 0.1, 0.5, 0.1, 0.5, 0.1, 0.5, 0.1, 0.5, 0.1, 0.5, 0.1, 0.5];
    const reading = readSpc(asPoints([...lines, 0.29, 0.29, 0.29, 0.3, 0.29, 0.29, 0.29]), {
      polarity: 'higher',
      baselineTo: 13,
    });
    expect(reading.points.filter((p) => p.class !== 'common')).toEqual([]);
  });
});
