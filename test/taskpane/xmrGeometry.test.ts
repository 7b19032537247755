/** Issue 12 §3: where the preview's small XmR chart puts its marks. */
import { MDC_COLOURS, parsePeriod, type Period, type SpcSeries } from '../../src/engine';
import { xmrGeometry } from '../../src/taskpane/xmrGeometry';

const P = ['Jan 2020', 'Feb 2020', 'Mar 2020'].map((l) => parsePeriod(l) as Period);
const SPC: SpcSeries = {
  points: [
    { period: P[0]!, value: 10, class: 'common', side: null },
    { period: P[1]!, value: 20, class: 'concern', side: 'high' },
    { period: P[2]!, value: 15, class: 'improvement', side: 'low' },
  ],
  sections: [
    { from: P[0]!, to: P[1]!, mean: 15, lowerLimit: 5, upperLimit: 25, lowerTwoSigma: 8, upperTwoSigma: 22 },
    {
      from: P[2]!,
      to: P[2]!,
      mean: 15,
      lowerLimit: null,
      upperLimit: null,
      lowerTwoSigma: null,
      upperTwoSigma: null,
    },
  ],
  variation: 'improvement',
  variationSide: 'low',
  assurance: null,
};

describe('xmrGeometry', () => {
  // Levels run from 5 (the lower limit) to 30 (the target): y = 50 − (v − 5) / 25 × 44 in a 56-high box with a margin of 6.
  const g = xmrGeometry(SPC, 30, 106, 56);

  it('colours each point in its MDC colour', () => {
    expect(g.dots.map((d) => d.colour)).toEqual([
      MDC_COLOURS.common,
      MDC_COLOURS.concern,
      MDC_COLOURS.improvement,
    ]);
  });

  it('spreads the points evenly across the width, inside the margin', () => {
    expect(g.dots.map((d) => d.x)).toEqual([6, 53, 100]);
  });

  it('puts the highest level (the target) at the top and the lowest (the lower limit) at the bottom', () => {
    expect(g.lines.find((l) => l.kind === 'target')?.d).toBe('M6,6H100');
    expect(g.lines.filter((l) => l.kind === 'limit').map((l) => l.d)).toEqual(['M6,50H53', 'M6,14.8H53']);
  });

  it('draws a mean for each section over its own points, and limits only where the section has them', () => {
    expect(g.lines.map((l) => l.kind)).toEqual(['mean', 'limit', 'limit', 'mean', 'target']);
    expect(g.lines[3]?.d).toBe('M100,32.4H100');
  });

  it('joins the values in time order', () => {
    expect(g.values).toBe('M6,41.2L53,23.6L100,32.4');
  });

  it('centres a single point', () => {
    const one = xmrGeometry(
      { ...SPC, points: [SPC.points[0]!], sections: [{ ...SPC.sections[1]!, from: P[0]!, to: P[0]! }] },
      null,
      106,
      56,
    );
    expect(one.dots[0]).toMatchObject({ x: 53 });
  });
});
