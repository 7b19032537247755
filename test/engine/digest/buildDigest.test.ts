/** rules §6: the digest's summary counts, sections per outcome and exceptions. */
import { digestOf, sheet } from '../../support/grids';

const grid = sheet('PIs', [
  ['Ref', 'Indicator', 'Outcome', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
  ['SS1', 'Initial assessments', 'Staying Safe', 'Higher', 0.75, 0.7, 0.65],
  ['BH1', 'Teenage conceptions', 'Be Healthy', 'Lower', 50, 52, 51],
  ['SS2', 'Referrals', 'Staying Safe', 'Higher', 220, 175, 229],
  ['EA1', 'Attendance', 'Enjoy and Achieve', 'Higher', 0.9, 0.95, 0.93],
  ['SS3', 'Core assessments', 'Staying Safe', 'Higher', 0.8, 0.68, 0.7],
  ['BH2', 'Smoking quitters', 'Be Healthy', 'Higher', null, 100, 120],
  ['EA2', 'Exclusions', 'Enjoy and Achieve', 'Lower', 10, 12, null],
  ['SS4', 'Looked after children', 'Staying Safe', 'Neutral', null, 150, 150],
  ['MC1', 'Youth offending', null, 'Lower', 30, 35, 36],
]);
// Initial: red, worsening. Conceptions: amber (52.5 boundary), improving. Referrals: green, improving.
// Attendance: green, worsening. Core: red, improving. Quitters: no target, improving. Exclusions: no data, not comparable.
// Looked after: data only, no change. Youth offending: red, worsening, no outcome.
const run = digestOf(grid);

describe('the summary (rules §6)', () => {
  it('counts every status overall', () => {
    expect(run.digest.summary.overall).toEqual({
      green: 2,
      amber: 1,
      red: 3,
      'no target': 1,
      'no data': 1,
      'data only': 1,
      improving: 4,
      'no change': 1,
      worsening: 3,
    });
  });

  it('counts statuses per outcome, in the order outcomes are first met', () => {
    expect(
      run.digest.summary.byOutcome.map((o) => [o.outcome, o.counts.red, o.counts.green, o.counts.improving]),
    ).toEqual([
      ['Staying Safe', 2, 1, 2],
      ['Be Healthy', 0, 0, 2],
      ['Enjoy and Achieve', 0, 1, 0],
      ['Other indicators', 1, 0, 0],
    ]);
  });

  it('adds up, over the outcomes, to the overall counts', () => {
    const total = run.digest.summary.byOutcome.reduce((n, o) => n + o.counts.red + o.counts['no data'], 0);
    expect(total).toBe(run.digest.summary.overall.red + run.digest.summary.overall['no data']);
  });

  it('counts an overridden indicator by the status shown', () => {
    const overridden = sheet('PIs', [
      ['Indicator', 'Polarity', 'Target', 'Manual RAG', 'Q3 2006/07'],
      ['Initial assessments', 'Higher', 0.75, 'Green', 0.65],
    ]);
    expect(digestOf(overridden).digest.summary.overall).toMatchObject({ green: 1, red: 0 });
  });
});

describe('sections per outcome (rules §6)', () => {
  it('holds one section per outcome in the order first met, indicators in table order', () => {
    expect(run.digest.sections.map((s) => [s.outcome, s.indicators.map((i) => i.ref)])).toEqual([
      ['Staying Safe', ['SS1', 'SS2', 'SS3', 'SS4']],
      ['Be Healthy', ['BH1', 'BH2']],
      ['Enjoy and Achieve', ['EA1', 'EA2']],
      [null, ['MC1']],
    ]);
  });
});

describe('exceptions (rules §6)', () => {
  it('lists every Red, then every Amber, then every other Worsening indicator, each in table order', () => {
    expect(run.digest.exceptions.map((e) => e.indicator.ref)).toEqual(['SS1', 'SS3', 'MC1', 'BH1', 'EA1']);
  });

  it('lists a Red and Worsening indicator once', () => {
    expect(run.digest.exceptions.filter((e) => e.indicator.ref === 'SS1')).toHaveLength(1);
  });

  it('leaves out Green improving, No target, No data and Data only indicators that are not worsening', () => {
    const refs = run.digest.exceptions.map((e) => e.indicator.ref);
    for (const ref of ['SS2', 'BH2', 'EA2', 'SS4']) expect(refs).not.toContain(ref);
  });

  it('gives every exception a commentary prompt that names the indicator and the period', () => {
    for (const e of run.digest.exceptions) {
      expect(e.prompt).toContain(e.indicator.name);
      expect(e.prompt).toContain('Q3 2006/07');
      expect(e.prompt).toMatch(/\?$/);
    }
  });

  it('lists a No target indicator that is Worsening', () => {
    const worse = sheet('PIs', [
      ['Indicator', 'Polarity', 'Q2 2006/07', 'Q3 2006/07'],
      ['Quitters', 'Higher', 120, 100],
    ]);
    expect(digestOf(worse).digest.exceptions.map((e) => e.indicator.rag)).toEqual(['no target']);
  });
});

describe('the title block facts (rules §6)', () => {
  it('holds the period, the comparison period, the basis and the source table address', () => {
    expect(run.digest).toMatchObject({
      period: { label: 'Q3 2006/07' },
      comparisonPeriod: { label: 'Q2 2006/07' },
      basis: 'previous',
      sheet: 'PIs',
      source: 'PIs!A1:G10',
    });
  });
});
