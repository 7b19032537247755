/** Issue 12 §2: the variation icon (last point) and the assurance icon (target against the latest limits). */
import {
  MDC_COLOURS,
  assuranceIcon,
  assuranceWords,
  variationIcon,
  variationWords,
} from '../../../src/engine/stats/icons';
import type { XmrSection } from '../../../src/engine/stats/xmr';

/** The fixed lines: mean 50, process limits 39.36 and 60.64. */
const LINES: XmrSection = {
  from: 0,
  to: 13,
  calculatedTo: 13,
  mean: 50,
  meanMovingRange: 4,
  lowerLimit: 50 - 2.66 * 4,
  upperLimit: 50 + 2.66 * 4,
  lowerTwoSigma: 50 - (2 / 3) * 2.66 * 4,
  upperTwoSigma: 50 + (2 / 3) * 2.66 * 4,
};
const NO_LIMITS: XmrSection = {
  ...LINES,
  lowerLimit: null,
  upperLimit: null,
  lowerTwoSigma: null,
  upperTwoSigma: null,
};

describe('variationIcon', () => {
  it('takes the class and side of the last point', () => {
    const points = [
      { class: 'common', side: null },
      { class: 'concern', side: 'low' },
    ] as const;
    expect(variationIcon(points)).toEqual({ variation: 'concern', side: 'low' });
  });

  it('is common when only an earlier point is special', () => {
    const points = [
      { class: 'improvement', side: 'high' },
      { class: 'common', side: null },
    ] as const;
    expect(variationIcon(points)).toEqual({ variation: 'common', side: null });
  });

  it('is null for a series without points', () => {
    expect(variationIcon([])).toEqual({ variation: null, side: null });
  });
});

describe('assuranceIcon', () => {
  it.each([
    ['higher', 50, 'hit-or-miss', 'strictly inside the limits'],
    ['lower', 50, 'hit-or-miss', 'strictly inside the limits'],
    ['higher', 39.37, 'hit-or-miss', 'just inside the lower limit'],
    ['higher', 30, 'pass', 'below the lower limit, so every likely point meets it'],
    ['higher', 70, 'fail', 'above the upper limit, so no likely point meets it'],
    ['lower', 70, 'pass', 'above the upper limit, so every likely point meets it'],
    ['lower', 30, 'fail', 'below the lower limit, so no likely point meets it'],
    ['higher', 39.36, 'pass', 'exactly on the lower limit, which counts as outside'],
    ['higher', 60.64, 'fail', 'exactly on the upper limit, which counts as outside'],
    ['lower', 60.64, 'pass', 'exactly on the upper limit, which counts as outside'],
    ['lower', 39.36, 'fail', 'exactly on the lower limit, which counts as outside'],
  ] as const)('reads %s polarity with a target of %p as %s (%s)', (polarity, target, assurance, _why) => {
    expect(assuranceIcon(polarity, target, LINES)).toBe(assurance);
  });

  it('is null for a neutral indicator', () => {
    expect(assuranceIcon('neutral', 30, LINES)).toBeNull();
  });

  it('is null without a target', () => {
    expect(assuranceIcon('higher', null, LINES)).toBeNull();
  });

  it('is null when the latest section has no limits', () => {
    expect(assuranceIcon('higher', 30, NO_LIMITS)).toBeNull();
  });

  it('is null without a section', () => {
    expect(assuranceIcon('higher', 30, undefined)).toBeNull();
  });

  it('throws a RangeError for a target that is not a finite number', () => {
    expect(() => assuranceIcon('higher', Number.NaN, LINES)).toThrow(RangeError);
  });
});

describe('MDC colours', () => {
  it.each([
    ['improvement', '#00B0F0'],
    ['concern', '#E46C0A'],
    ['neither', '#490092'],
    ['common', '#A6A6A6'],
  ] as const)('colours %s %s', (cls, colour) => {
    expect(MDC_COLOURS[cls]).toBe(colour);
  });
});

describe('words', () => {
  it.each([
    ['improvement', 'high', 'Special cause improvement, high'],
    ['concern', 'low', 'Special cause concern, low'],
    ['neither', 'high', 'Special cause neither, high'],
    ['neither', null, 'Special cause neither'],
    ['common', null, 'Common cause'],
  ] as const)('says %s, %p as "%s"', (variation, side, words) => {
    expect(variationWords(variation, side)).toBe(words);
  });

  it.each([
    ['pass', 'Pass'],
    ['fail', 'Fail'],
    ['hit-or-miss', 'Hit or miss'],
  ] as const)('says the assurance %s as "%s"', (assurance, words) => {
    expect(assuranceWords(assurance)).toBe(words);
  });
});
