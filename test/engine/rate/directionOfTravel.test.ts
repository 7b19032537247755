/** rules §4: direction of travel since the comparison period, with the change threshold and 10 significant figures. */
import type { Direction, Polarity, Threshold } from '../../../src/engine';
import { arrowOf, directionOfTravel } from '../../../src/engine/rate/directionOfTravel';

const NONE: Threshold = { kind: 'absolute', value: 0 };

describe('directionOfTravel with no change threshold (rules §4)', () => {
  it.each([
    ['higher', 229, 175, 'improving'],
    ['higher', 175, 229, 'worsening'],
    ['higher', 175, 175, 'no change'],
    ['lower', 12, 10, 'worsening'],
    ['lower', 10, 12, 'improving'],
    ['lower', 10, 10, 'no change'],
    ['neutral', 4519, 4457, 'increasing'],
    ['neutral', 0.0209, 0.0217, 'decreasing'],
    ['neutral', 7, 7, 'no change'],
  ] as const)('gives %s polarity going %p from %p: %p', (polarity, current, comparison, expected) => {
    expect(directionOfTravel(polarity, current, comparison, NONE)).toBe(expected);
  });

  it.each([
    [null, 5],
    [5, null],
    [null, null],
  ])('is Not comparable with current %p and comparison %p', (current, comparison) => {
    expect(directionOfTravel('higher', current, comparison, NONE)).toBe('not comparable');
  });

  it('sees any rise at all as a change when the threshold is 0', () => {
    expect(directionOfTravel('higher', 0.6500001, 0.65, NONE)).toBe('improving');
  });
});

describe('directionOfTravel: change threshold (rules §4)', () => {
  const absolute: Threshold = { kind: 'absolute', value: 2 };
  it.each([
    [12.5, 10, 'improving'],
    [12, 10, 'no change'],
    [11, 10, 'no change'],
    [8, 10, 'no change'],
    [7.9, 10, 'worsening'],
  ])(
    'with an absolute threshold of 2, %p from %p is %p (a change must go beyond it)',
    (current, comparison, expected) => {
      expect(directionOfTravel('higher', current, comparison, absolute)).toBe(expected);
    },
  );

  const relative: Threshold = { kind: 'relative', value: 0.1 };
  it.each([
    [111, 100, 'improving'],
    [110, 100, 'no change'],
    [90, 100, 'no change'],
    [89, 100, 'worsening'],
    [-111, -100, 'worsening'],
  ])('with a threshold of 10%% of |p|, %p from %p is %p', (current, comparison, expected) => {
    expect(directionOfTravel('higher', current, comparison, relative)).toBe(expected);
  });

  it('applies the threshold to lower polarity the same way', () => {
    expect(directionOfTravel('lower', 11, 10, absolute)).toBe('no change');
    expect(directionOfTravel('lower', 7, 10, absolute)).toBe('improving');
  });

  it('takes exactly 0.1 from 0.2 to 0.3 as no change beyond a threshold of 0.1', () => {
    expect(directionOfTravel('higher', 0.3, 0.2, { kind: 'absolute', value: 0.1 })).toBe('no change');
  });
});

describe('directionOfTravel: 10 significant figures (rules §4)', () => {
  it('gives No change for 0.1 + 0.2 against 0.3', () => {
    expect(directionOfTravel('higher', 0.1 + 0.2, 0.3, NONE)).toBe('no change');
  });

  it('gives No change for values equal to 10 significant figures', () => {
    expect(directionOfTravel('lower', 1234.5678901, 1234.56789012, NONE)).toBe('no change');
  });

  it('still sees a change in the 10th significant figure', () => {
    expect(directionOfTravel('higher', 1234.567891, 1234.56789, NONE)).toBe('improving');
  });
});

describe('arrowOf (rules §4: the arrow shows which way the number moved)', () => {
  it.each([
    ['higher', 'improving', '▲'],
    ['higher', 'worsening', '▼'],
    ['lower', 'worsening', '▲'],
    ['lower', 'improving', '▼'],
    ['neutral', 'increasing', '▲'],
    ['neutral', 'decreasing', '▼'],
    ['higher', 'no change', '►'],
    ['neutral', 'no change', '►'],
    ['lower', 'not comparable', ''],
  ] as [Polarity, Direction, string][])('shows %s polarity, %s, as %p', (polarity, direction, arrow) => {
    expect(arrowOf(polarity, direction)).toBe(arrow);
  });
});

describe('Herefordshire 2006/07 figures (rules §4)', () => {
  it('gives referrals going from 175 to 229, higher is better, Improving', () => {
    expect(directionOfTravel('higher', 229, 175, NONE)).toBe('improving');
  });
});
