/** The sample workbook (assets/, `npm run make:sample`) and the Herefordshire 2006/07 figures it carries (rules §3–4, §6). */
import { readFileSync } from 'fs';
import { runDigest, DEFAULT_SETTINGS, type DigestRun } from '../../src/engine';
import { readWorkbookFile } from '../../src/xlsx/readWorkbookFile';
import { sampleBytes } from '../../scripts/makeSample';
import { QUARTERS } from '../../scripts/sampleData';
import { SAMPLE, SAMPLE_OUTCOMES } from './runCli';

let run: DigestRun;
beforeAll(async () => {
  const outcome = runDigest((await readWorkbookFile(SAMPLE)).grids, DEFAULT_SETTINGS, '2007-04-20');
  if (!outcome.ok) throw new Error(outcome.error.message);
  run = outcome.run;
});

const byRef = (ref: string) => run.indicators.find((i) => i.ref === ref)!;

describe('the sample workbook', () => {
  it('is what makeSample writes, byte for byte (so the committed file is reproducible)', async () => {
    expect((await sampleBytes()).equals(readFileSync(SAMPLE))).toBe(true);
  });

  it('has 37 indicators in the six outcomes, Q1 2005/06 to Q4 2006/07', () => {
    expect(run.indicators).toHaveLength(37);
    expect(run.digest.sections.map((s) => s.outcome)).toEqual(SAMPLE_OUTCOMES);
    // Canonical labels of the sample's header cells, eight quarters in time order.
    expect(run.periods.map((p) => p.label)).toEqual(QUARTERS);
    expect([QUARTERS.length, QUARTERS[0], QUARTERS[7]]).toEqual([8, 'Q1 2005/06', 'Q4 2006/07']);
  });

  it('shows every RAG status and every direction of travel', () => {
    expect(new Set(run.indicators.map((i) => i.rag))).toEqual(
      new Set(['green', 'amber', 'red', 'no target', 'no data', 'data only']),
    );
    expect(new Set(run.indicators.map((i) => i.direction))).toEqual(
      new Set(['improving', 'worsening', 'no change', 'increasing', 'decreasing', 'not comparable']),
    );
  });

  it('carries the Herefordshire 2006/07 figures with the statuses its exception reports gave them', () => {
    // Initial assessments 65% against 75%, core assessments near 70% against 80%: not green (exception reports).
    expect(byRef('SS2')).toMatchObject({ current: 0.65, target: 0.75, rag: 'red' });
    expect(byRef('SS3')).toMatchObject({ target: 0.8, rag: 'red', direction: 'improving' });
    expect(byRef('SS3').current).toBeCloseTo(0.7, 2);
    // Referrals rose from 175 past the 220 target.
    expect(byRef('SS1')).toMatchObject({ target: 220, rag: 'green', direction: 'improving' });
    expect(byRef('SS1').trend.slice(3, 6)).toEqual([175, 201, 229]);
  });
});

describe('the sample’s forecasts, Goldilocks indicator and action plan (issue 11)', () => {
  it('carries the exception reports’ forecasts: 65% against 75%, 70% against 80%, both Red', () => {
    expect(byRef('SS2').forecast).toEqual({ value: 0.65, target: 0.75, rag: 'red', projected: false });
    expect(byRef('SS3').forecast).toEqual({ value: 0.7, target: 0.8, rag: 'red', projected: false });
  });

  it('has referrals forecast ahead of the 220 target for the year', () => {
    expect(byRef('SS1').forecast).toMatchObject({ target: 220, rag: 'green' });
  });

  it('rates placement spend by its closeness to the budget (Target is best)', () => {
    expect(byRef('SM3')).toMatchObject({
      polarity: 'target',
      target: 1250,
      rag: 'green',
      direction: 'worsening',
    });
  });

  it('reads seed 003’s JAR plan: seventeen recommendations in its two timescale bands, as at 19.05.06', () => {
    const plan = run.actions!;
    expect([plan.actions.length, plan.asOfFrom, plan.bands.map((b) => b.label)]).toEqual([
      17,
      'sheet',
      ['JAR Timescale Requirement: January – June 2006', 'JAR Timescale Requirement: June 2006 –'],
    ]);
    expect(plan.counts).toEqual({ complete: 3, green: 10, amber: 3, red: 1 });
  });

  it('keeps the workforce strategy’s progress whole, both of its paragraphs', () => {
    const strategy = run.actions!.actions.find((a) => a.text.includes('workforce strategy'))!;
    expect(strategy).toMatchObject({ rag: 'red', status: 'Slipping' });
    expect(strategy.progress?.split('\n')).toHaveLength(2);
  });
});
