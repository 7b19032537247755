/** rules §3: RAG against target, with the amber boundary, tolerance, amber thresholds and 10-significant-figure comparisons. */
import type { Polarity, Rag, Threshold } from '../../../src/engine';
import { rateRag } from '../../../src/engine/rate/rag';

const FIVE_PERCENT: Threshold = { kind: 'relative', value: 0.05 };
const rag = (
  polarity: Polarity,
  value: number | null,
  target: number | null,
  tolerance: Threshold = FIVE_PERCENT,
  amber: number | null = null,
) => rateRag({ polarity, value, target, amberThreshold: amber, tolerance }).rag;

describe('rateRag with the default 5% tolerance (rules §3)', () => {
  it.each([
    ['higher', 85, 80, 'green', 'above target'],
    ['higher', 80, 80, 'green', 'exactly at target'],
    ['higher', 79.99, 80, 'amber', 'just below target'],
    ['higher', 76, 80, 'amber', 'exactly at the amber boundary (80 less 5%)'],
    ['higher', 75.99, 80, 'red', 'just below the amber boundary'],
    ['lower', 9, 10, 'green', 'below target'],
    ['lower', 10, 10, 'green', 'exactly at target'],
    ['lower', 10.01, 10, 'amber', 'just above target'],
    ['lower', 10.5, 10, 'amber', 'exactly at the amber boundary (10 plus 5%)'],
    ['lower', 10.51, 10, 'red', 'just above the amber boundary'],
  ] as [Polarity, number, number, Rag, string][])(
    'rates %s polarity, %p against %p, %p (%s)',
    (polarity, value, target, expected) => {
      expect(rag(polarity, value, target)).toBe(expected);
    },
  );

  it('rates 0.7125 against 0.75 Amber: exactly at the boundary once rounded to 10 significant figures', () => {
    expect(rag('higher', 0.7125, 0.75)).toBe('amber');
  });

  it('takes 5% of |t| for a negative target', () => {
    expect(rag('higher', -10.5, -10)).toBe('amber');
    expect(rag('higher', -10.51, -10)).toBe('red');
  });

  it('rates a zero target Green or Red only, as 5% of 0 is 0', () => {
    expect(rag('lower', 0, 0)).toBe('green');
    expect(rag('lower', 0.001, 0)).toBe('red');
  });
});

describe('rateRag: tolerance settings (rules §3)', () => {
  it.each([
    [0.79, 'red'],
    [0.8, 'green'],
  ])('gives only Green or Red with tolerance 0: %p against 0.8 is %p', (value, expected) => {
    expect(rag('higher', value, 0.8, { kind: 'relative', value: 0 })).toBe(expected);
  });

  it('gives only Green or Red with an absolute tolerance of 0', () => {
    expect(rag('lower', 10.01, 10, { kind: 'absolute', value: 0 })).toBe('red');
  });

  it.each([
    [0.78, 'amber'],
    [0.77, 'red'],
  ])('takes a relative 2.5%% tolerance as a share of the target: %p against 0.8 is %p', (value, expected) => {
    expect(rag('higher', value, 0.8, { kind: 'relative', value: 0.025 })).toBe(expected);
  });

  it.each([
    [0.78, 'amber'],
    [0.779, 'red'],
  ])(
    "takes an absolute tolerance of 0.02 in the indicator's units: %p against 0.8 is %p",
    (value, expected) => {
      expect(rag('higher', value, 0.8, { kind: 'absolute', value: 0.02 })).toBe(expected);
    },
  );

  it('applies an absolute tolerance above the target for lower polarity', () => {
    expect(rag('lower', 13, 10, { kind: 'absolute', value: 3 })).toBe('amber');
    expect(rag('lower', 13.1, 10, { kind: 'absolute', value: 3 })).toBe('red');
  });
});

describe('rateRag: amber threshold column (rules §3)', () => {
  it.each([
    ['higher', 70, 80, 60, 'amber', 'between the threshold and target'],
    ['higher', 60, 80, 60, 'amber', 'exactly at the threshold'],
    ['higher', 59, 80, 60, 'red', 'below the threshold'],
    ['higher', 77, 80, 79, 'red', 'inside the default 5% but below the row threshold'],
    ['lower', 14, 10, 15, 'amber', 'between target and the threshold'],
    ['lower', 15, 10, 15, 'amber', 'exactly at the threshold'],
    ['lower', 15.5, 10, 15, 'red', 'above the threshold'],
  ] as [Polarity, number, number, number, Rag, string][])(
    'rates %s polarity, %p against %p with threshold %p, %p (%s)',
    (polarity, value, target, amber, expected) => {
      expect(rag(polarity, value, target, FIVE_PERCENT, amber)).toBe(expected);
    },
  );

  it('uses the threshold instead of the tolerance setting', () => {
    expect(rag('higher', 70, 80, { kind: 'relative', value: 0 }, 60)).toBe('amber');
  });

  it.each([
    ['higher', 79.9, 90, 'above'],
    ['lower', 80.1, 70, 'below'],
  ] as [Polarity, number, number, string][])(
    'rates %s polarity, %p against 80 with a threshold of %p (%s the target) Red, as with tolerance 0, and says so',
    (polarity, value, amber) => {
      const result = rateRag({ polarity, value, target: 80, amberThreshold: amber, tolerance: FIVE_PERCENT });
      expect(result).toEqual({ rag: 'red', thresholdWrongSide: true });
    },
  );

  it('rates a value at target Green even when the threshold is on the wrong side', () => {
    expect(
      rateRag({ polarity: 'higher', value: 80, target: 80, amberThreshold: 90, tolerance: FIVE_PERCENT }).rag,
    ).toBe('green');
  });

  it('does not flag a threshold equal to the target', () => {
    expect(
      rateRag({ polarity: 'higher', value: 79, target: 80, amberThreshold: 80, tolerance: FIVE_PERCENT }),
    ).toEqual({
      rag: 'red',
      thresholdWrongSide: false,
    });
  });
});

describe('rateRag: 10 significant figures (rules §3)', () => {
  it('rates 0.1 + 0.2 against a target of 0.3 Green', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(rag('higher', 0.1 + 0.2, 0.3)).toBe('green');
  });

  it('rates 0.1 + 0.2 against a target of 0.3 Green for lower polarity too', () => {
    expect(rag('lower', 0.1 + 0.2, 0.3, { kind: 'relative', value: 0 })).toBe('green');
  });

  it('still tells apart values that differ in the 10th significant figure', () => {
    expect(rag('higher', 0.7999999999, 0.8, { kind: 'relative', value: 0 })).toBe('red');
  });

  it('ignores a difference beyond the 10th significant figure', () => {
    expect(rag('higher', 0.79999999999, 0.8, { kind: 'relative', value: 0 })).toBe('green');
  });
});

describe('rateRag: other statuses, in order (rules §3)', () => {
  it.each([
    [65, 75],
    [null, 75],
    [65, null],
    [null, null],
  ])('rates a neutral indicator Data only whatever else: value %p, target %p', (value, target) => {
    expect(rag('neutral', value, target)).toBe('data only');
  });

  it.each([['higher'], ['lower']] as const)(
    'rates a %s indicator with no current value No data, even with no target',
    (polarity) => {
      expect(rag(polarity, null, 75)).toBe('no data');
      expect(rag(polarity, null, null)).toBe('no data');
    },
  );

  it('rates an indicator with a value and no target No target', () => {
    expect(rag('higher', 65, null)).toBe('no target');
  });
});

describe('Herefordshire 2006/07 figures (rules §3)', () => {
  it('rates initial assessments 65% against 75% Red, not Green, at 5% tolerance', () => {
    expect(rag('higher', 0.65, 0.75)).toBe('red');
  });

  it('rates core assessments 70% against 80% Red', () => {
    expect(rag('higher', 0.7, 0.8)).toBe('red');
  });

  it('rates referrals 229 against a target of 220 Green (higher is better)', () => {
    expect(rag('higher', 229, 220)).toBe('green');
  });
});
