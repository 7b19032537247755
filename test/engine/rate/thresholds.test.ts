/**
 * rules §3 (tolerance) and §4 (change threshold): a setting is relative (%) or absolute (the indicator's units); the
 * words a person sees for a rule that cannot be read, the same in the pane and the CLI (docs/rules.md, "The officer's quarter", Q1).
 */
import { checkBasis, checkThreshold, describeThreshold, thresholdText } from '../../../src/engine';

describe('checkThreshold (rules §3 tolerance, §4 change threshold)', () => {
  it.each([
    ['5%', { kind: 'relative', value: 0.05 }],
    ['0%', { kind: 'relative', value: 0 }],
    ['12.5%', { kind: 'relative', value: 0.125 }],
    [' 10 % ', { kind: 'relative', value: 0.1 }],
    ['100%', { kind: 'relative', value: 1 }],
    ['0.02', { kind: 'absolute', value: 0.02 }],
    ['0', { kind: 'absolute', value: 0 }],
    ['3', { kind: 'absolute', value: 3 }],
    ['150', { kind: 'absolute', value: 150 }],
  ])('reads %p as %p, with no warning', (text, threshold) => {
    expect(checkThreshold(text, 'tolerance')).toEqual({ ok: true, threshold, warning: null });
  });

  it.each([
    ['', 'tolerance', 'Type a tolerance: a percentage such as 5% or an amount such as 0.02.'],
    [
      '  ',
      'change threshold',
      'Type a change threshold: 0 to count every change, a percentage such as 2% or an amount such as 0.5.',
    ],
    [
      'five',
      'tolerance',
      '"five" is not a tolerance: type a percentage such as 5% or an amount such as 0.02.',
    ],
    [
      '-5%',
      'tolerance',
      'A tolerance cannot be negative ("-5%"): type 0 for Green or Red only, or a percentage such as 5% or an amount such as 0.02.',
    ],
    [
      '-1',
      'change threshold',
      'A change threshold cannot be negative ("-1"): type 0 to count every change, or a percentage such as 2% or an amount such as 0.5.',
    ],
  ] as const)('refuses %p as a %s, saying why', (text, rule, message) => {
    expect(checkThreshold(text, rule)).toEqual({ ok: false, message });
  });

  it('accepts a tolerance above 100% of target with a warning that it leaves almost nothing Red', () => {
    const checked = checkThreshold('150%', 'tolerance');
    expect(checked).toEqual({
      ok: true,
      threshold: { kind: 'relative', value: 1.5 },
      warning:
        '150% is more than the whole target, so almost no indicator can be Red. Check it is what you meant.',
    });
  });

  it('accepts a change threshold above 100% with a warning that most changes then count as No change', () => {
    const checked = checkThreshold('200%', 'change threshold');
    expect(checked.ok && checked.warning).toMatch(/^200% is more than the whole earlier value/);
  });
});

describe('checkBasis (rules §2)', () => {
  it.each([
    ['previous', 'previous'],
    ['Year', 'year'],
    [' YEAR ', 'year'],
  ] as const)('reads %p as %p', (text, basis) => {
    expect(checkBasis(text)).toEqual({ ok: true, basis });
  });

  it('refuses anything else, naming both choices', () => {
    expect(checkBasis('foo')).toEqual({
      ok: false,
      message:
        '"foo" is not a comparison basis: type previous (the period before) or year (the same period last year).',
    });
  });
});

describe('thresholdText', () => {
  it.each([
    [{ kind: 'relative', value: 0.05 }, '5%'],
    [{ kind: 'relative', value: 0.125 }, '12.5%'],
    [{ kind: 'absolute', value: 0.02 }, '0.02'],
  ] as const)('writes %p as %p, which reads back the same', (threshold, text) => {
    expect(thresholdText(threshold)).toBe(text);
    expect(checkThreshold(text, 'tolerance')).toMatchObject({ ok: true, threshold });
  });
});

describe('describeThreshold', () => {
  it('describes a relative tolerance as a share of target', () => {
    expect(describeThreshold({ kind: 'relative', value: 0.05 })).toBe('5% of target');
  });

  it("describes an absolute tolerance in the indicator's own units", () => {
    expect(describeThreshold({ kind: 'absolute', value: 0.02 })).toBe("0.02 in each indicator's own units");
  });
});
