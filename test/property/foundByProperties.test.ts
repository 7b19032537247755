/**
 * Engine bugs the property tests found, each as its smallest counterexample, kept as regression tests (rules §1,
 * §5). A new one goes here as `it.failing` until it is fixed.
 */
import { DEFAULT_SETTINGS, runDigest } from '../../src/engine';
import { sheet } from '../support/grids';

describe('engine bugs found by the property tests', () => {
  it('a long table whose named rows have no readable period gives a clear error, not a crash (rules §5)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Value', 'Period'],
      ['n/a', 0, 'n/a'],
      [null, 0, 'Q1 2005/06'],
    ]);
    expect(() => runDigest([grid], DEFAULT_SETTINGS)).not.toThrow();
  });

  it('a table of another period type on the same sheet is not dropped silently (rules §2, §5)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q4 2006/07'],
      ['Referrals', 229],
      [],
      ['Indicator', 'Jun-06', 'Jul-06'],
      ['Re-referrals', 0.2, 0.21],
      ['Core assessments', 0.7, 0.72],
    ]);
    const outcome = runDigest([grid], DEFAULT_SETTINGS);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const named = outcome.run.indicators.some((i) => i.cell === 'PIs!A2');
    const explained = outcome.run.issues.some((i) => /^PIs!\$?[A-Z]+\$?[12]$/.test(i.cell ?? ''));
    expect(named || explained).toBe(true);
  });

  it('a heading takes its text from the table, not from a note left of it (rules §1)', () => {
    const grid = sheet('PIs', [
      [null, 'Indicator', 'Q1 2006/07'],
      ['see note 3', 'Staying Safe'],
      [null, 'Referrals', 175],
    ]);
    const outcome = runDigest([grid], DEFAULT_SETTINGS);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.run.indicators[0]?.outcome).toBe('Staying Safe');
  });

  it('a long table whose period cells are none of them periods is not dropped silently (rules §2, §5)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Q5 2006/07', 175],
      [],
      ['Indicator', 'Period', 'Value'],
      ['Re-referrals', 'Q1 2005/06', 0.2],
    ]);
    const outcome = runDigest([grid], DEFAULT_SETTINGS);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.run.issues.some((i) => /^PIs!\$?[A-Z]+\$?[12]$/.test(i.cell ?? ''))).toBe(true);
  });

  it('a left-out table with no indicator still reports its nameless row (rules §5)', () => {
    const grid = sheet('PIs', [
      ['Q1 2006/07', 'Q2 2006/07', 'Indicator'],
      ['Q1 2006/07'],
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Q1 2005/06', 175],
    ]);
    const outcome = runDigest([grid], DEFAULT_SETTINGS);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.run.issues.some((i) => /^PIs!\$?[A-Z]+\$?[12]$/.test(i.cell ?? ''))).toBe(true);
  });
});
