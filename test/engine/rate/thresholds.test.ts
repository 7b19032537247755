/** rules §3 (tolerance) and §4 (change threshold): a setting is relative (%) or absolute (the indicator's units). */
import { describeThreshold, parseThreshold } from '../../../src/engine';

describe('parseThreshold (rules §3 tolerance, §4 change threshold)', () => {
  it.each([
    ['5%', { kind: 'relative', value: 0.05 }],
    ['0%', { kind: 'relative', value: 0 }],
    ['12.5%', { kind: 'relative', value: 0.125 }],
    [' 10 % ', { kind: 'relative', value: 0.1 }],
    ['0.02', { kind: 'absolute', value: 0.02 }],
    ['0', { kind: 'absolute', value: 0 }],
    ['3', { kind: 'absolute', value: 3 }],
  ])('reads %p as %p', (text, threshold) => {
    expect(parseThreshold(text)).toEqual(threshold);
  });

  it.each([['five'], ['-5%'], ['-1'], ['']])('refuses %p', (text) => {
    expect(parseThreshold(text)).toBeNull();
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
