/** The rules section as typed (rules §2–4): checked, turned into engine settings, with one message per field that is wrong. */
import { thresholdText } from '../../src/engine';
import {
  checkRules,
  DEFAULT_RULES,
  lastGood,
  rulesChanged,
  type RulesForm,
} from '../../src/taskpane/rulesForm';

const form = (change: Partial<RulesForm> = {}): RulesForm => ({ ...DEFAULT_RULES, ...change });

describe('checkRules', () => {
  it('turns the default form into the default settings (rules §3: 5% of target; §4: any change counts)', () => {
    expect(checkRules(form())).toEqual({
      ok: true,
      settings: {
        basis: 'previous',
        tolerance: { kind: 'relative', value: 0.05 },
        changeThreshold: { kind: 'absolute', value: 0 },
      },
      warnings: {},
    });
  });

  it('reads a plain number as an amount in the indicator’s own units (docs/rules.md §8 reading 9)', () => {
    expect(checkRules(form({ tolerance: '0.02' }))).toMatchObject({
      ok: true,
      settings: { tolerance: { kind: 'absolute', value: 0.02 } },
    });
  });

  it('passes on the period and basis chosen (rules §2)', () => {
    expect(checkRules(form({ period: 'Q2 2006/07', basis: 'year' }))).toMatchObject({
      ok: true,
      settings: { period: 'Q2 2006/07', basis: 'year' },
    });
  });

  it('names the field that is wrong, what was typed and what to type instead, in the engine’s words', () => {
    expect(checkRules(form({ tolerance: 'five' }))).toEqual({
      ok: false,
      errors: {
        tolerance: '"five" is not a tolerance: type a percentage such as 5% or an amount such as 0.02.',
      },
      warnings: {},
    });
  });

  it('questions a tolerance above 100% but accepts it', () => {
    expect(checkRules(form({ tolerance: '150%' }))).toMatchObject({
      ok: true,
      warnings: { tolerance: expect.stringMatching(/^150% is more than the whole target/) },
    });
  });

  it('gives a message for each wrong field at once', () => {
    const check = checkRules(form({ tolerance: '-5%', changeThreshold: 'lots' }));
    expect(check.ok ? [] : Object.keys(check.errors)).toEqual(['tolerance', 'changeThreshold']);
  });
});

describe('thresholdText: a saved threshold as the user would type it again', () => {
  it.each([
    [{ kind: 'relative', value: 0.05 }, '5%'],
    [{ kind: 'relative', value: 0.075 }, '7.5%'],
    [{ kind: 'relative', value: 0.07 }, '7%'],
    [{ kind: 'absolute', value: 0.02 }, '0.02'],
    [{ kind: 'absolute', value: 0 }, '0'],
  ] as const)('writes %j as %p', (threshold, text) => {
    expect(thresholdText(threshold)).toBe(text);
  });

  it.each([['5%'], ['7.5%'], ['0.02'], ['12']])('reads back what it writes: %p', (typed) => {
    const check = checkRules(form({ tolerance: typed }));
    expect(check.ok && thresholdText(check.settings.tolerance)).toBe(typed);
  });
});

describe('lastGood: the rules the preview keeps while one has an error', () => {
  it('takes each field as typed where it can be read, else as it was', () => {
    expect(
      lastGood(form({ tolerance: '10%' }), form({ tolerance: '-5%', changeThreshold: '2%', basis: 'year' })),
    ).toEqual(form({ tolerance: '10%', changeThreshold: '2%', basis: 'year' }));
  });
});

describe('rulesChanged: the rules in force that are not the defaults', () => {
  it('says none for the defaults, however they were typed', () => {
    expect(rulesChanged(form({ tolerance: ' 5 % ' }))).toEqual([]);
  });

  it('names each rule changed, with its default', () => {
    expect(rulesChanged(form({ period: 'Q2 2006/07', basis: 'year', changeThreshold: '2%' }))).toEqual([
      'period Q2 2006/07 (default: the latest with data)',
      'compared with the same period last year',
      'change threshold 2% (default 0)',
    ]);
  });
});
