/**
 * Engine bugs the property tests found, each as its smallest counterexample, kept as regression tests (rules §1,
 * §5). A new one goes here as `it.failing` until it is fixed.
 */
import { DEFAULT_SETTINGS, runDigest } from '../../src/engine';
import { issueAt, sheet } from '../support/grids';

describe('engine bugs found by the property tests', () => {
  it('a long table whose named rows have no readable period gives a clear error, not a crash (rules §5)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Value', 'Period'],
      ['n/a', 0, 'n/a'],
      [null, 0, 'Q1 2005/06'],
    ]);
    const outcome = runDigest([grid], DEFAULT_SETTINGS);
    expect(outcome).toEqual({ ok: false, error: expect.objectContaining({ kind: 'no-table' }) });
    const message = outcome.ok ? '' : outcome.error.message;
    // What is wrong, cell by cell, and what to do about each.
    expect(message).toMatch(/^No indicator table on the sheet "PIs" could be read: /);
    expect(message).toContain(
      '"n/a" in C2 is not a period I recognise, so row 2 is left out. Use a label such as Q3 2006/07 or Jun 2006.',
    );
    expect(message).toContain("no indicator name in A3, so it cannot be rated. Add the indicator's name.");
    expect(message.split('\n')).toHaveLength(1);
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
    expect(outcome.run.indicators.map((i) => i.cell)).toEqual(['PIs!A5', 'PIs!A6']);
    expect(outcome.run.issues).toContainEqual(
      issueAt(
        'warning',
        'PIs!A1',
        'holds quarters, not months like the table with header row 4, so its 1 indicator(s) are left out',
      ),
    );
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
    expect(outcome.run.issues).toContainEqual(
      issueAt(
        'error',
        'PIs!B1',
        'No period under B1 could be read, so the table whose header is row 1 is left out',
      ),
    );
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
    expect(outcome.run.issues).toContainEqual(
      issueAt('error', 'PIs!C2', 'Row 2 has figures but no indicator name in C2'),
    );
  });
});
