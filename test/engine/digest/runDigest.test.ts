/** rules §2–5 end to end on grids: current and comparison periods, targets, ratings, overrides, failures. */
import { DEFAULT_SETTINGS, markerText, runDigest } from '../../../src/engine';
import type { CellValue } from '../../../src/engine';
import { digestOf, issueAt, REPEATED_HEADERS, sheet } from '../../support/grids';

const quarters = (rows: CellValue[][], extra: string[] = []) =>
  sheet('PIs', [
    [
      'Ref',
      'Indicator',
      'Polarity',
      'Target',
      ...extra,
      'Q1 2006/07',
      'Q2 2006/07',
      'Q3 2006/07',
      'Q4 2006/07',
    ],
    ...rows,
  ]);

const byName = (run: ReturnType<typeof digestOf>, name: string) => {
  const found = run.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
};

describe('the current period (rules §2)', () => {
  it('is the latest period with at least one value', () => {
    const run = digestOf(
      quarters([
        ['A', 'Referrals', 'Higher', 220, 175, 229, 240, null],
        ['B', 'Visits', 'Higher', 10, 1, 2, null, 'n/a'],
      ]),
    );
    expect(run.period.label).toBe('Q3 2006/07');
  });

  it('counts a value of any one indicator, however many others are empty', () => {
    const run = digestOf(
      quarters([
        ['A', 'Referrals', 'Higher', 220, 175, null, null, null],
        ['B', 'Visits', 'Higher', 10, 1, 2, 3, 4],
      ]),
    );
    expect(run.period.label).toBe('Q4 2006/07');
  });

  it('is the latest period of the table when no period has a value, every indicator No data (docs/rules.md §8 reading 10)', () => {
    const run = digestOf(quarters([['A', 'Referrals', 'Higher', 220, null, 'tbc', null, 'n/a']]));
    expect(run.period.label).toBe('Q4 2006/07');
    expect(run.indicators[0]?.rag).toBe('no data');
  });

  it.each([['Q2 2006/07'], ['2006/07 Q2'], ['Qtr 2 2006-07'], ['Jul-Sep 2006'], ['q2 06/07']])(
    'is the period the user picks, typed as %p',
    (typed) => {
      const run = digestOf(quarters([['A', 'Referrals', 'Higher', 220, 175, 229, 240, 250]]), {
        period: typed,
      });
      expect(run.period.label).toBe('Q2 2006/07');
    },
  );

  it('is refused when the user picks a period the table does not have, naming those it has', () => {
    const outcome = runDigest([quarters([['A', 'Referrals', 'Higher', 220, 175, 229, 240, 250]])], {
      ...DEFAULT_SETTINGS,
      period: 'Q1 2010/11',
    });
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'unknown-period', message: expect.stringContaining('Q4 2006/07') },
    });
  });

  it('is refused when the user types something that is not a period', () => {
    const outcome = runDigest([quarters([['A', 'Referrals', 'Higher', 220, 175, 229, 240, 250]])], {
      ...DEFAULT_SETTINGS,
      period: 'last quarter',
    });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'unknown-period' } });
  });
});

describe('the comparison period (rules §2)', () => {
  const gappy = sheet('PIs', [
    ['Indicator', 'Polarity', 'Q1 2006/07', 'Q3 2006/07'],
    ['Referrals', 'Higher', 175, 229],
  ]);

  it('is the period just before the current one, even when the table has no column for it', () => {
    const run = digestOf(gappy);
    expect(run.comparisonPeriod.label).toBe('Q2 2006/07');
  });

  it('is never an earlier period skipped to, so the direction is Not comparable', () => {
    expect(digestOf(gappy).indicators[0]).toMatchObject({ comparison: null, direction: 'not comparable' });
  });

  it('is the period before even when that column has no value', () => {
    const run = digestOf(quarters([['A', 'Referrals', 'Higher', 220, 175, null, 240, null]]));
    expect(run.comparisonPeriod.label).toBe('Q2 2006/07');
    expect(run.indicators[0]?.direction).toBe('not comparable');
  });

  it('is the same quarter last year on the year basis', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Polarity', 'Q3 2005/06', 'Q2 2006/07', 'Q3 2006/07'],
      ['Referrals', 'Higher', 250, 175, 229],
    ]);
    const run = digestOf(grid, { basis: 'year' });
    expect(run.comparisonPeriod.label).toBe('Q3 2005/06');
    expect(run.indicators[0]).toMatchObject({ comparison: 250, direction: 'worsening' });
  });

  it('is the previous year for a table of financial years', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Polarity', '2005/06', '2006/07'],
      ['Referrals', 'Higher', 175, 229],
    ]);
    const run = digestOf(grid);
    expect([run.period.label, run.comparisonPeriod.label]).toEqual(['2006/07', '2005/06']);
  });
});

describe('targets (rules §2)', () => {
  const grid = sheet('PIs', [
    ['Indicator', 'Polarity', 'Target', 'Target 2006/07', 'Target Q3 2006/07', 'Q2 2006/07', 'Q3 2006/07'],
    ['All three', 'Higher', 10, 20, 30, 1, 2],
    ['Plain and annual', 'Higher', 10, 20, null, 1, 2],
    ['Plain only', 'Higher', 10, null, null, 1, 2],
    ['Annual only', 'Higher', null, 20, null, 1, 2],
  ]);

  it.each([
    ['All three', 30, "the period's own target wins"],
    ['Plain and annual', 20, "its year's target wins over the plain one"],
    ['Plain only', 10, 'a plain target applies to every period'],
    ['Annual only', 20, 'an annual target applies to every quarter of its year'],
  ])('gives %p the target %p: %s', (name, target) => {
    expect(byName(digestOf(grid), name).target).toBe(target);
  });

  it("does not apply a quarter's own target to another quarter", () => {
    expect(byName(digestOf(grid, { period: 'Q2 2006/07' }), 'All three').target).toBe(20);
  });

  it('does not apply an annual target to a quarter of another year', () => {
    const other = sheet('PIs', [
      ['Indicator', 'Polarity', 'Target 2005/06', 'Q3 2006/07'],
      ['Referrals', 'Higher', 20, 2],
    ]);
    expect(digestOf(other).indicators[0]).toMatchObject({ target: null, rag: 'no target' });
  });

  it('applies an annual target to every month of its year in a monthly table', () => {
    const monthly = sheet('PIs', [
      ['Indicator', 'Polarity', 'Target 2006/07', 'Jan 2007', 'Feb 2007'],
      ['Visits', 'Higher', 100, 90, 101],
    ]);
    expect(digestOf(monthly).indicators[0]).toMatchObject({ target: 100, rag: 'green' });
  });

  it("uses a long table's target from the current period's row", () => {
    const long = sheet('Data', [
      ['Indicator', 'Quarter', 'Value', 'Target', 'Polarity'],
      ['Referrals', 'Q2 2006/07', 175, 150, 'Higher'],
      ['Referrals', 'Q3 2006/07', 229, 240, 'Higher'],
    ]);
    expect(digestOf(long).indicators[0]).toMatchObject({
      current: 229,
      comparison: 175,
      target: 240,
      rag: 'amber',
    });
  });
});

describe('amber thresholds (rules §3)', () => {
  it('rates a row whose amber threshold is above its target (higher) with tolerance 0, with a data issue at the threshold', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Polarity', 'Target', 'Amber threshold', 'Q3 2006/07'],
      ['Assessments', 'Higher', 0.75, 0.8, 0.74],
    ]);
    const run = digestOf(grid);
    expect(run.indicators[0]?.rag).toBe('red');
    expect(run.issues).toContainEqual(issueAt('warning', 'PIs!D2', 'wrong side'));
    expect(run.indicators[0]?.issues).toContainEqual(issueAt('warning', 'PIs!D2'));
  });

  it('uses a valid amber threshold instead of the tolerance', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Polarity', 'Target', 'Floor', 'Q3 2006/07'],
      ['Assessments', 'Higher', 0.75, 0.6, 0.65],
    ]);
    expect(digestOf(grid).indicators[0]?.rag).toBe('amber');
  });
});

describe('settings (rules §3–4)', () => {
  const grid = quarters([['A', 'Referrals', 'Higher', 100, null, null, 102, 96]]);

  it('uses the tolerance setting: 5% makes 96 against 100 Amber, 0 makes it Red', () => {
    expect(digestOf(grid).indicators[0]?.rag).toBe('amber');
    expect(digestOf(grid, { tolerance: { kind: 'relative', value: 0 } }).indicators[0]?.rag).toBe('red');
  });

  it('uses the change threshold setting: a fall of 6 is Worsening, but No change within 10', () => {
    expect(digestOf(grid).indicators[0]?.direction).toBe('worsening');
    expect(
      digestOf(grid, { changeThreshold: { kind: 'absolute', value: 10 } }).indicators[0]?.direction,
    ).toBe('no change');
  });
});

describe('status overrides (rules §3)', () => {
  const grid = sheet('PIs', [
    ['Indicator', 'Polarity', 'Target', 'RAG override', 'Q2 2006/07', 'Q3 2006/07'],
    ['Red made green', 'Higher', 0.75, 'G', 0.6, 0.65],
    ['Green kept green', 'Higher', 0.75, 'green', 0.8, 0.8],
    ['No data made amber', 'Higher', 0.75, 'a', 0.8, null],
    ['Data only made red', 'Neutral', null, 'RED', 1, 2],
    ['Not an override', 'Higher', 0.75, 'Purple', 0.6, 0.65],
  ]);

  it.each([
    ['Red made green', 'green', 'red'],
    ['Green kept green', 'green', 'green'],
    ['No data made amber', 'amber', 'no data'],
    ['Data only made red', 'red', 'data only'],
  ])('shows %p as %p, overridden, keeping the computed %p beside it', (name, rag, computedRag) => {
    expect(byName(digestOf(grid), name)).toMatchObject({ rag, computedRag, ragOverridden: true });
  });

  it('ignores override text that is not a RAG, with a warning, and keeps the computed status', () => {
    const run = digestOf(grid);
    expect(byName(run, 'Not an override')).toMatchObject({ rag: 'red', ragOverridden: false });
    expect(run.issues).toContainEqual(issueAt('warning', 'PIs!D6'));
  });
});

describe('choosing the sheet (rules §1)', () => {
  const notes = sheet('Notes', [['About this workbook'], ['Figures are provisional.']]);
  const pis = sheet('PIs Q3', [
    ['Indicator', 'Polarity', 'Q3 2006/07'],
    ['Referrals', 'Higher', 229],
  ]);

  it('finds the sheet that holds an indicator table', () => {
    expect(digestOf([notes, pis]).sheet).toBe('PIs Q3');
  });

  it('reads the sheet the user names, in any case', () => {
    expect(digestOf([notes, pis], { sheet: 'pis q3' }).sheet).toBe('PIs Q3');
  });

  it('refuses a sheet name the workbook does not have, listing its sheets', () => {
    const outcome = runDigest([notes, pis], { ...DEFAULT_SETTINGS, sheet: 'Data' });
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'unknown-sheet', message: expect.stringContaining('"PIs Q3"') },
    });
  });

  it('refuses a named sheet with no indicator table, saying what it looks for', () => {
    const outcome = runDigest([notes, pis], { ...DEFAULT_SETTINGS, sheet: 'Notes' });
    expect(outcome).toEqual({
      ok: false,
      error: {
        kind: 'no-table',
        message:
          'No indicator table found on the sheet "Notes". Performance Digest looks for a header row with an indicator name column (Indicator, Measure, PI or KPI) and period columns such as "Q1 2006/07" or "Jun 2006" (or Period and Value columns).',
      },
    });
  });

  it('refuses a workbook with no indicator table', () => {
    expect(runDigest([sheet('Sheet1', [])], DEFAULT_SETTINGS)).toMatchObject({
      ok: false,
      error: {
        kind: 'no-table',
        message: expect.stringMatching(/^No indicator table found in this workbook\. /),
      },
    });
  });

  it('refuses a table none of whose rows can be read, naming the sheet and each cell at fault (docs/rules.md §8 reading 19)', () => {
    const unreadable = sheet('PIs Q3', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Autumn', 175],
    ]);
    expect(runDigest([notes, unreadable], DEFAULT_SETTINGS)).toEqual({
      ok: false,
      error: {
        kind: 'no-table',
        message:
          'No indicator table on the sheet "PIs Q3" could be read: No period under B1 could be read, so the table whose header is row 1 is left out. Write periods as, for example, Q3 2006/07 or Jun 2006.',
      },
    });
  });

  it('gives at most three of those errors, saying how many more there are', () => {
    const nameless = sheet('PIs', [
      ['Indicator', 'Q1 2006/07'],
      ...Array.from({ length: 5 }, () => [null, 1]),
    ]);
    const outcome = runDigest([nameless], DEFAULT_SETTINGS);
    const message = outcome.ok ? '' : outcome.error.message;
    expect([
      message.match(/has figures but no indicator name/g)?.length,
      message.endsWith(' (2 more errors like these.)'),
    ]).toEqual([3, true]);
  });

  it('never reads one of its own digest sheets as a source table', () => {
    const digest = sheet('Digest Q3 2006-07', [
      ['Performance digest: Q3 2006/07'],
      [null],
      [markerText('Q3 2006/07')],
      ['Ref', 'Indicator', 'Q2 2006/07', 'Q3 2006/07', 'Target'],
      ['A', 'Referrals', 175, 229, 220],
      ['B', 'Visits', 1, 2, 3],
      ['C', 'Assessments', 0.6, 0.65, 0.75],
    ]);
    expect(digestOf([digest, pis]).sheet).toBe('PIs Q3');
    expect(runDigest([digest], DEFAULT_SETTINGS)).toMatchObject({ ok: false, error: { kind: 'no-table' } });
  });

  it('refuses to read a digest sheet the user names', () => {
    const digest = sheet('Digest', [
      [markerText('Q3 2006/07')],
      ['Indicator', 'Q3 2006/07'],
      ['Referrals', 229],
    ]);
    expect(runDigest([digest, pis], { ...DEFAULT_SETTINGS, sheet: 'Digest' })).toMatchObject({
      ok: false,
      error: { kind: 'unknown-sheet' },
    });
  });
});

describe('the indicator cell (rules §5)', () => {
  it("is the indicator's name cell, in Excel's quoted form", () => {
    const grid = sheet('PIs Q3', [
      ['Ref', 'Indicator', 'Polarity', 'Q3 2006/07'],
      ['A', 'Referrals', 'Higher', 229],
    ]);
    expect(digestOf(grid).indicators[0]?.cell).toBe("'PIs Q3'!B2");
  });

  it("is, in a long table, the name cell of the current period's row", () => {
    const long = sheet('Data', [
      ['Indicator', 'Quarter', 'Value', 'Polarity'],
      ['Referrals', 'Q2 2006/07', 175, 'Higher'],
      ['Referrals', 'Q3 2006/07', 229, 'Higher'],
    ]);
    expect(digestOf(long).indicators[0]?.cell).toBe('Data!A3');
  });
});

describe('the trend (rules §6)', () => {
  const labels = [
    'Q1 2005/06',
    'Q2 2005/06',
    'Q3 2005/06',
    'Q4 2005/06',
    'Q1 2006/07',
    'Q2 2006/07',
    'Q3 2006/07',
    'Q4 2006/07',
    'Q1 2007/08',
  ];
  const grid = sheet('PIs', [
    ['Indicator', 'Polarity', ...labels],
    ['Referrals', 'Higher', 1, 2, 3, 'n/a', 5, 6, 7, 8, null],
  ]);

  it('holds the last up-to-8 periods ending with the current one, oldest first, a gap as null', () => {
    expect(digestOf(grid).indicators[0]?.trend).toEqual([1, 2, 3, null, 5, 6, 7, 8]);
  });

  it('holds 8 periods at most, dropping the oldest', () => {
    expect(digestOf(grid, { period: 'Q1 2007/08' }).indicators[0]?.trend).toEqual([
      2,
      3,
      null,
      5,
      6,
      7,
      8,
      null,
    ]);
  });

  it('holds fewer than 8 where the table starts later', () => {
    expect(digestOf(grid, { period: 'Q2 2005/06' }).indicators[0]?.trend).toEqual([1, 2]);
  });
});

describe('Herefordshire children’s services 2006/07 figures (rules §3–4)', () => {
  const grid = sheet(
    'PIs',
    [
      ['Performance indicators: Q3 2006/07'],
      [],
      ['Ref', 'Indicator', 'Good is', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
      ['Staying Safe'],
      ['CF/C64', 'Initial assessments within 7 working days', 'Higher', 0.75, 0.7, 0.65],
      ['CF/C65', 'Core assessments within 35 working days', 'Higher', 0.8, 0.68, 0.7],
      ['REF1', 'Referrals of children in need', 'Higher', 220, 175, 229],
    ],
    { formats: { D5: '0%', E5: '0%', F5: '0%', D6: '0%', E6: '0%', F6: '0%' } },
  );

  it.each([
    ['Initial assessments within 7 working days', 'red', 'worsening', 0.65, 0.75],
    ['Core assessments within 35 working days', 'red', 'improving', 0.7, 0.8],
    ['Referrals of children in need', 'green', 'improving', 229, 220],
  ])('rates %p %p and %p (%p against %p)', (name, rag, direction, current, target) => {
    expect(byName(digestOf(grid), name)).toMatchObject({
      rag,
      direction,
      current,
      target,
      outcome: 'Staying Safe',
    });
  });

  it('never rates initial assessments, 65% against 75%, Green', () => {
    expect(byName(digestOf(grid), 'Initial assessments within 7 working days').rag).not.toBe('green');
  });
});

describe('several tables on one sheet (rules §1; docs/rules.md §8 reading 2)', () => {
  it('reads a header repeated under each outcome as tables of one digest, each taking the heading above it', () => {
    const run = digestOf(REPEATED_HEADERS);
    expect(run.indicators.map((i) => [i.name, i.outcome])).toEqual([
      ['Conceptions', 'Be Healthy'],
      ['Referrals', 'Staying Safe'],
    ]);
  });

  it('never takes a title above the only table on a sheet as an outcome', () => {
    const grid = sheet('PIs', [
      ['Quarterly digest'],
      ['Indicator', 'Polarity', 'Q2 2006/07', 'Q3 2006/07'],
      ['Referrals', 'Higher', 175, 229],
    ]);
    expect(digestOf(grid).indicators[0]?.outcome).toBeNull();
  });

  it('refuses a long table whose only indicator has no readable period, saying why cell by cell', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Value', 'Period'],
      ['n/a', 0, 'n/a'],
      [null, 0, 'Q1 2005/06'],
    ]);
    expect(runDigest([grid], DEFAULT_SETTINGS)).toMatchObject({
      ok: false,
      error: {
        kind: 'no-table',
        message: expect.stringContaining('"n/a" in C2 is not a period I recognise'),
      },
    });
  });
});

describe('choosing among sheets (docs/rules.md §8 reading 3)', () => {
  const year = (name: string, quarters: string[]) =>
    sheet(name, [
      ['Indicator', 'Polarity', ...quarters],
      ['Referrals', 'Higher', 175, 229],
    ]);

  it('takes the sheet whose table reaches the latest period when two tables are otherwise equal', () => {
    const older = year('2005-06', ['Q3 2005/06', 'Q4 2005/06']);
    const newer = year('2006-07', ['Q3 2006/07', 'Q4 2006/07']);
    expect(digestOf([older, newer]).sheet).toBe('2006-07');
    expect(digestOf([newer, older]).sheet).toBe('2006-07');
  });
});
