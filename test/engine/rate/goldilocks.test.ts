/**
 * Issue 11, docs/rules.md §11 "Goldilocks polarity": closer to the target is better. RAG by the distance from the
 * target (Green within ± the tolerance, Amber within ± the amber band, by default twice the tolerance), direction
 * by whether the distance shrank, the arrow by which way the figure moved, and SPC's neither for special causes.
 */
import type { Direction, Rag, Threshold } from '../../../src/engine';
import { readPolarity } from '../../../src/engine/read/polarity';
import { amberBand, rateRag } from '../../../src/engine/rate/rag';
import { arrowOf, directionOfTravel } from '../../../src/engine/rate/directionOfTravel';
import { directionText } from '../../../src/engine';
import { classifyPoint } from '../../../src/engine/stats/classify';
import { assuranceIcon } from '../../../src/engine/stats/icons';
import type { XmrSection } from '../../../src/engine/stats/xmr';
import { NO_STATS } from '../../support/indicators';

const FIVE_PERCENT: Threshold = { kind: 'relative', value: 0.05 };
const NONE: Threshold = { kind: 'absolute', value: 0 };
const rag = (
  value: number,
  target: number,
  amber: number | null = null,
  tolerance: Threshold = FIVE_PERCENT,
) => rateRag({ polarity: 'target', value, target, amberThreshold: amber, tolerance }).rag;

describe('Goldilocks polarity words (docs/rules.md §11)', () => {
  it.each([
    'Target is best',
    'On target',
    'Closest to target',
    'closer to target is better',
    'TARGET IS BEST',
  ])('reads %p as target', (word) => {
    expect(readPolarity(word)).toEqual({ kind: 'polarity', polarity: 'target' });
  });
});

describe('rateRag for Goldilocks polarity, target 100, tolerance 5% (docs/rules.md §11)', () => {
  it.each([
    [100, 'green', 'on the target'],
    [105, 'green', 'at + the tolerance'],
    [95, 'green', 'at − the tolerance'],
    [105.01, 'amber', 'just beyond + the tolerance'],
    [94.99, 'amber', 'just beyond − the tolerance'],
    [110, 'amber', 'at + the amber band, twice the tolerance'],
    [90, 'amber', 'at − the amber band'],
    [110.01, 'red', 'just beyond the band above'],
    [89.99, 'red', 'just beyond the band below'],
  ] as [number, Rag, string][])('rates %p %s (%s)', (value, expected) => {
    expect(rag(value, 100)).toBe(expected);
  });

  it('reads an amber threshold as the band’s distance either side: 20 makes 80 to 120 Amber', () => {
    expect([rag(120, 100, 20), rag(80, 100, 20), rag(120.5, 100, 20)]).toEqual(['amber', 'amber', 'red']);
  });

  it('reads an amber threshold nearer the target than zero as a boundary: 90% for a target of 95% is ± 5 points', () => {
    expect(amberBand(0.95, 0.9, 0.0475)).toBeCloseTo(0.05, 12);
    expect([rag(0.9, 0.95, 0.9), rag(1, 0.95, 0.9), rag(0.89, 0.95, 0.9)]).toEqual(['amber', 'amber', 'red']);
  });

  it('takes an absolute tolerance in the indicator’s units, so a target of 0 can have a Green band', () => {
    const twoThousand: Threshold = { kind: 'absolute', value: 2 };
    expect([
      rag(-2, 0, null, twoThousand),
      rag(3, 0, null, twoThousand),
      rag(-4.5, 0, null, twoThousand),
    ]).toEqual(['green', 'amber', 'red']);
  });

  it('gives Green or Red only with tolerance 0 (the band is twice 0)', () => {
    expect([rag(100, 100, null, NONE), rag(100.5, 100, null, NONE)]).toEqual(['green', 'red']);
  });

  it('is No target without a target and No data without a value, like any polarity (rules §3)', () => {
    expect(
      rateRag({ polarity: 'target', value: 5, target: null, amberThreshold: null, tolerance: FIVE_PERCENT })
        .rag,
    ).toBe('no target');
    expect(
      rateRag({ polarity: 'target', value: null, target: 5, amberThreshold: null, tolerance: FIVE_PERCENT })
        .rag,
    ).toBe('no data');
  });

  it('never finds its amber threshold on the wrong side of the target', () => {
    expect(
      rateRag({ polarity: 'target', value: 100, target: 100, amberThreshold: 130, tolerance: FIVE_PERCENT })
        .thresholdWrongSide,
    ).toBe(false);
  });
});

describe('direction of travel for Goldilocks polarity (docs/rules.md §11)', () => {
  it.each([
    [102, 108, 100, 'improving', 'down, closer to the target'],
    [98, 90, 100, 'improving', 'up, closer to the target'],
    [108, 102, 100, 'worsening', 'up, further from the target'],
    [90, 98, 100, 'worsening', 'down, further from the target'],
    [96, 104, 100, 'no change', 'across the target, as far from it'],
    [100, 100, 100, 'no change', 'not moved'],
  ] as [number, number, number, Direction, string][])(
    'gives %p from %p against a target of %p: %s (%s)',
    (current, comparison, target, expected) => {
      expect(directionOfTravel('target', current, comparison, NONE, target)).toBe(expected);
    },
  );

  it('applies the change threshold to the change in distance', () => {
    const two: Threshold = { kind: 'absolute', value: 2 };
    expect(directionOfTravel('target', 103, 104, two, 100)).toBe('no change');
    expect(directionOfTravel('target', 101, 104, two, 100)).toBe('improving');
  });

  it('says only increasing or decreasing without a target to be near', () => {
    expect(directionOfTravel('target', 5, 4, NONE, null)).toBe('increasing');
    expect(directionOfTravel('target', 4, 5, NONE, null)).toBe('decreasing');
  });

  it.each([
    ['improving', 98, 90, '▲'],
    ['improving', 102, 108, '▼'],
    ['worsening', 108, 102, '▲'],
    ['worsening', 90, 98, '▼'],
  ] as const)(
    'shows %s from %p to %p… with the arrow of the move: %s',
    (direction, current, comparison, arrow) => {
      expect(arrowOf('target', direction, current - comparison)).toBe(arrow);
      expect(directionText({ polarity: 'target', direction, current, comparison, stats: NO_STATS })).toBe(
        `${direction === 'improving' ? 'Improving' : 'Worsening'} ${arrow}`,
      );
    },
  );
});

describe('statistical process control for Goldilocks polarity (docs/rules.md §11)', () => {
  it('reads every special cause as neither, whichever side', () => {
    expect(classifyPoint([{ rule: 'shift', side: 'high' }], 'target').class).toBe('neither');
    expect(classifyPoint([{ rule: 'trend', side: 'low' }], 'target').class).toBe('neither');
  });

  it('gives no assurance icon', () => {
    const section: XmrSection = {
      from: 0,
      to: 12,
      calculatedTo: 12,
      mean: 10,
      meanMovingRange: 2,
      lowerLimit: 5,
      upperLimit: 15,
      lowerTwoSigma: 6.7,
      upperTwoSigma: 13.3,
    };
    expect(assuranceIcon('target', 10, section)).toBeNull();
    expect(assuranceIcon('higher', 10, section)).toBe('hit-or-miss');
  });
});
