/** Issue 12 §2: each special-cause point is improvement or concern by polarity; neutral gives neither. */
import { classifyPoint, goodSide } from '../../../src/engine/stats/classify';
import type { SpecialCause } from '../../../src/engine/stats/specialCause';

const high: SpecialCause = { rule: 'shift', side: 'high' };
const low: SpecialCause = { rule: 'trend', side: 'low' };

describe('classifyPoint', () => {
  it.each([
    ['higher', [high], 'improvement', 'high'],
    ['higher', [low], 'concern', 'low'],
    ['lower', [high], 'concern', 'high'],
    ['lower', [low], 'improvement', 'low'],
    ['neutral', [high], 'neither', 'high'],
    ['neutral', [low], 'neither', 'low'],
  ] as const)('reads a %s-polarity point flagged %j as %s, %s', (polarity, causes, cls, side) => {
    expect(classifyPoint(causes, polarity)).toEqual({ class: cls, side });
  });

  it.each(['higher', 'lower', 'neutral'] as const)(
    'reads a %s-polarity point without causes as common',
    (p) => {
      expect(classifyPoint([], p)).toEqual({ class: 'common', side: null });
    },
  );

  it.each([
    ['higher', 'high'],
    ['lower', 'low'],
  ] as const)('reads a %s-polarity point flagged both ways as improvement, %s', (polarity, side) => {
    expect(classifyPoint([high, low], polarity)).toEqual({ class: 'improvement', side });
  });

  it('reads a neutral point flagged both ways as neither, with no side', () => {
    expect(classifyPoint([low, high], 'neutral')).toEqual({ class: 'neither', side: null });
  });

  it('keeps the side of a neutral point flagged by several rules the same way', () => {
    expect(classifyPoint([high, { rule: 'outside-limit', side: 'high' }], 'neutral').side).toBe('high');
  });
});

describe('goodSide', () => {
  it.each([
    ['higher', 'high'],
    ['lower', 'low'],
    ['neutral', null],
  ] as const)('says the good side for %s polarity is %p', (polarity, side) => {
    expect(goodSide(polarity)).toBe(side);
  });
});
