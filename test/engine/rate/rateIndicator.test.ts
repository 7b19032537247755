/** Rules §2–4: one indicator rated for the current period: its target, amber threshold, override, RAG and direction of travel. */
import { DEFAULT_SETTINGS, type DigestSettings, type Period } from '../../../src/engine';
import type { Scoped, SourceIndicator } from '../../../src/engine/read/sourceIndicator';
import { issue } from '../../../src/engine/core/issues';
import { rateIndicator } from '../../../src/engine/rate/rateIndicator';
import { issueAt } from '../../support/grids';
import { period, sourceIndicator } from '../../support/indicators';

const Q2 = period('Q2 2006/07');
const Q3 = period('Q3 2006/07');

/** A setting of the row: for one period (`label`) or every period (null), from a cell of column F. */
const scoped = <T>(value: T, label: string | null = null, cell = 'PIs!F5'): Scoped<T> => ({
  period: label === null ? null : period(label),
  value,
  cell,
});

/** Initial assessments: 70% in Q2, 65% in Q3 (the rules' example), rated for Q3 against Q2. */
const initial = (over: Partial<Omit<SourceIndicator, 'values'>> = {}) =>
  sourceIndicator({ 'Q1 2006/07': 0.68, 'Q2 2006/07': 0.7, 'Q3 2006/07': 0.65 }, over);

function rate(
  ind: SourceIndicator,
  {
    current = Q3,
    comparison = Q2,
    shown = [Q2, Q3],
    settings = {},
  }: {
    current?: Period;
    comparison?: Period;
    shown?: Period[];
    settings?: Partial<DigestSettings>;
  } = {},
) {
  return rateIndicator(ind, {
    period: current,
    comparison,
    shown,
    periods: shown,
    settings: { ...DEFAULT_SETTINGS, ...settings },
  });
}

describe('the figures rated (rules §2)', () => {
  it('takes the current value and the comparison value from their periods', () => {
    expect(rate(initial()).rated).toMatchObject({ current: 0.65, comparison: 0.7 });
  });

  it('has no comparison value when the table has none for the comparison period', () => {
    const { rated } = rate(initial(), { comparison: period('Q3 2005/06') });
    expect(rated).toMatchObject({ comparison: null, direction: 'not comparable' });
  });

  it('is No data when the current period has no value', () => {
    const ind = sourceIndicator({ 'Q2 2006/07': 0.7, 'Q3 2006/07': null }, { targets: [scoped(0.75)] });
    expect(rate(ind).rated).toMatchObject({ current: null, rag: 'no data', direction: 'not comparable' });
  });

  it('is No target without a target that applies', () => {
    expect(rate(initial()).rated).toMatchObject({ target: null, rag: 'no target' });
  });
});

describe('which target applies (rules §2; docs/rules.md §8 reading 4)', () => {
  it.each([
    ['a plain target', [scoped(0.75)], 0.75],
    ['the year’s target over the plain one', [scoped(0.75), scoped(0.8, '2006/07')], 0.8],
    ['the quarter’s own target over the year’s', [scoped(0.8, '2006/07'), scoped(0.6, 'Q3 2006/07')], 0.6],
    [
      'the quarter’s own over the year’s and the plain one, in any column order',
      [scoped(0.6, 'Q3 2006/07'), scoped(0.75), scoped(0.8, '2006/07')],
      0.6,
    ],
    ['no target of another quarter', [scoped(0.6, 'Q2 2006/07')], null],
    ['no target of another year', [scoped(0.8, '2005/06')], null],
    ['the plain target when the year’s is for another year', [scoped(0.8, '2005/06'), scoped(0.75)], 0.75],
  ])('takes %s', (_, targets, target) => {
    expect(rate(initial({ targets })).rated.target).toBe(target);
  });

  it("applies a quarter's target to each of its months in a monthly table", () => {
    const monthly = sourceIndicator(
      { 'Nov 2006': 0.6, 'Dec 2006': 0.65 },
      { targets: [scoped(0.7, 'Q3 2006/07')] },
    );
    const { rated } = rate(monthly, { current: period('Dec 2006'), comparison: period('Nov 2006') });
    expect(rated.target).toBe(0.7);
  });
});

describe('RAG against the target (rules §3)', () => {
  it('is Green exactly at target', () => {
    expect(rate(initial({ targets: [scoped(0.65)] })).rated.rag).toBe('green');
  });

  it('is Amber within the 5% tolerance: 65% against 68% (boundary 64.6%)', () => {
    expect(rate(initial({ targets: [scoped(0.68)] })).rated.rag).toBe('amber');
  });

  it('is Red beyond the tolerance: 65% against 75%', () => {
    expect(rate(initial({ targets: [scoped(0.75)] })).rated.rag).toBe('red');
  });

  it('uses the tolerance setting: at 0, 65% against 68% is Red', () => {
    const { rated } = rate(initial({ targets: [scoped(0.68)] }), {
      settings: { tolerance: { kind: 'absolute', value: 0 } },
    });
    expect(rated.rag).toBe('red');
  });

  it("uses the row's amber threshold instead of the tolerance", () => {
    const ind = initial({ targets: [scoped(0.75)], ambers: [scoped(0.6)] });
    expect(rate(ind).rated.rag).toBe('amber');
  });

  it('is Data only for a neutral indicator, whatever its target', () => {
    expect(rate(initial({ polarity: 'neutral', targets: [scoped(0.75)] })).rated.rag).toBe('data only');
  });
});

describe('an amber threshold on the wrong side of the target (rules §3)', () => {
  const ind = () =>
    initial({ targets: [scoped(0.75, null, 'PIs!E5')], ambers: [scoped(0.8, null, 'PIs!F5')] });

  it('rates the row with tolerance 0: 65% against 75% is Red', () => {
    expect(rate(ind()).rated.rag).toBe('red');
  });

  it('finds a data issue at the amber threshold, saying what was assumed', () => {
    expect(rate(ind()).found).toEqual([
      {
        severity: 'warning',
        cell: 'PIs!F5',
        message:
          'Amber threshold 0.8 in F5 is above the target 0.75 for "Initial assessments within 7 working days", which is the wrong side; rated with tolerance 0 (Green or Red only).',
      },
    ]);
  });

  it("adds the issue to the indicator's own, after those found reading it", () => {
    const own = issue('warning', 'PIs!C5', 'Value "sixty" in C5 is not a number; treated as no value.');
    const withIssue = initial({ targets: [scoped(0.75)], ambers: [scoped(0.8)], issues: [own] });
    expect(rate(withIssue).rated.issues).toEqual([own, issueAt('warning', 'PIs!F5', 'wrong side')]);
  });

  it('says "below" for a lower-is-better indicator', () => {
    const lower = initial({ polarity: 'lower', targets: [scoped(0.75)], ambers: [scoped(0.7)] });
    expect(rate(lower).found[0]?.message).toContain('is below the target 0.75');
  });

  it('finds nothing when the threshold is on the right side', () => {
    expect(rate(initial({ targets: [scoped(0.75)], ambers: [scoped(0.6)] })).found).toEqual([]);
  });
});

describe('a status override (rules §3; docs/rules.md §8 reading 14)', () => {
  it('replaces the computed status, which is kept beside it', () => {
    const { rated } = rate(initial({ targets: [scoped(0.75)], overrides: [scoped('green' as const)] }));
    expect(rated).toMatchObject({ rag: 'green', computedRag: 'red', ragOverridden: true });
  });

  it('counts as an override when it equals the computed status', () => {
    const { rated } = rate(initial({ targets: [scoped(0.75)], overrides: [scoped('red' as const)] }));
    expect(rated).toMatchObject({ rag: 'red', computedRag: 'red', ragOverridden: true });
  });

  it('replaces No data too', () => {
    const ind = sourceIndicator({ 'Q3 2006/07': null }, { overrides: [scoped('amber' as const)] });
    expect(rate(ind).rated).toMatchObject({ rag: 'amber', computedRag: 'no data' });
  });

  it('applies only to its own period in a long table (reading 5)', () => {
    const { rated } = rate(
      initial({ targets: [scoped(0.75)], overrides: [scoped('green' as const, 'Q2 2006/07')] }),
    );
    expect(rated).toMatchObject({ rag: 'red', ragOverridden: false });
  });
});

describe('direction of travel (rules §4)', () => {
  it('is Worsening for a fall of a higher-is-better indicator', () => {
    expect(rate(initial()).rated.direction).toBe('worsening');
  });

  it('uses the change threshold setting: a fall of 0.05 is No change within 0.1', () => {
    const { rated } = rate(initial(), { settings: { changeThreshold: { kind: 'absolute', value: 0.1 } } });
    expect(rated.direction).toBe('no change');
  });
});

describe('what the digest shows beside the figures (rules §6)', () => {
  it("gives the trend's values for the periods shown, a gap as null", () => {
    const { rated } = rate(initial(), { shown: [period('Q4 2005/06'), period('Q1 2006/07'), Q2, Q3] });
    expect(rated.trend).toEqual([null, 0.68, 0.7, 0.65]);
  });

  it("takes the name cell of the current period's row as the indicator's cell (docs/rules.md §8 reading 13)", () => {
    const ind = initial({ cellByPeriod: new Map([[Q3.start, 'Data!B9']]) });
    expect(rate(ind).rated.cell).toBe('Data!B9');
  });

  it('takes the first name cell where the current period has no row of its own', () => {
    expect(rate(initial({ cellByPeriod: new Map([[Q2.start, 'Data!B8']]) })).rated.cell).toBe('PIs!B5');
  });

  it("takes the source's commentary for the current period, else the plain one", () => {
    const commentary = [scoped('All quarters'), scoped('Agency staff left', 'Q3 2006/07')];
    expect(rate(initial({ commentary })).rated.commentary).toBe('Agency staff left');
  });

  it('keeps the indicator’s ref, name, outcome, polarity and number format', () => {
    expect(rate(initial({ numberFormat: '0%' })).rated).toMatchObject({
      ref: 'CF/C64',
      name: 'Initial assessments within 7 working days',
      outcome: 'Staying Safe',
      polarity: 'higher',
      numberFormat: '0%',
    });
  });
});
