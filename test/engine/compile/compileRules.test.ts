/** docs/rules.md "Compiling": choosing sources, period kinds, duplicates across sources, addresses, lagging sources. */
import {
  compileDigest,
  DEFAULT_SETTINGS,
  parseSourceName,
  runDigest,
  type CellValue,
  type DigestOutcome,
  type DigestRun,
  type DigestSettings,
  type SheetGrid,
  type WorkbookInput,
} from '../../../src/engine';
import { issueAt, sheet } from '../../support/grids';

const QUARTERS = ['Q1 2006/07', 'Q2 2006/07', 'Q3 2006/07'];

/** A quarterly table: Ref, Indicator, Polarity, Target, then the given periods. */
const table = (name: string, rows: CellValue[][], periods = QUARTERS) =>
  sheet(name, [['Ref', 'Indicator', 'Polarity', 'Target', ...periods], ...rows]);

const book = (file: string | null, ...sheets: SheetGrid[]): WorkbookInput => ({ file, sheets });

function attempt(workbooks: WorkbookInput[], settings: Partial<DigestSettings> = {}): DigestOutcome {
  return compileDigest(workbooks, { ...DEFAULT_SETTINGS, ...settings });
}

function compiled(workbooks: WorkbookInput[], settings: Partial<DigestSettings> = {}): DigestRun {
  const outcome = attempt(workbooks, settings);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.run;
}

const refused = (workbooks: WorkbookInput[], settings: Partial<DigestSettings> = {}) => {
  const outcome = attempt(workbooks, settings);
  return outcome.ok ? null : outcome.error;
};

describe('naming a source', () => {
  it.each([
    ['PIs Q3', { file: null, sheet: 'PIs Q3' }],
    ['children.xlsx:PIs Q3', { file: 'children.xlsx', sheet: 'PIs Q3' }],
    ['data/children.xlsx:PIs', { file: 'data/children.xlsx', sheet: 'PIs' }],
    ['C:\\data\\children.xlsx:PIs', { file: 'C:\\data\\children.xlsx', sheet: 'PIs' }],
  ])('reads %p as a workbook and a sheet', (text, expected) => {
    expect(parseSourceName(text)).toEqual(expected);
  });
});

describe('choosing the sources', () => {
  const a = table('PIs', [['A1', 'Referrals', 'Higher', 10, 1, 2, 3]]);
  const b = table('PIs', [['B1', 'Visits', 'Higher', 10, 1, 2, 3]]);
  const other = table('Data', [['C1', 'Calls', 'Higher', 10, 1, 2, 3]]);

  it('takes each workbook’s best table when no sheet is named', () => {
    const run = compiled([book('a.xlsx', a), book('b.xlsx', b)]);
    expect(run.indicators.map((i) => i.cell)).toEqual(['[a.xlsx]PIs!B2', '[b.xlsx]PIs!B2']);
  });

  it('reads a sheet named with its workbook from that workbook only', () => {
    const run = compiled([book('a.xlsx', a, other), book('b.xlsx', b)], {
      sources: ['a.xlsx:Data', 'b.xlsx:PIs'],
    });
    expect(run.indicators.map((i) => i.ref)).toEqual(['C1', 'B1']);
  });

  it('matches the workbook without case and without its .xlsx', () => {
    const run = compiled([book('a.xlsx', a, other), book('b.xlsx', b)], { sources: ['A:Data'] });
    expect(run.indicators.map((i) => i.ref)).toEqual(['C1', 'B1']);
  });

  it('reads a sheet named alone from every workbook that has it, and the best table of the others', () => {
    const data = table('Data', [['D1', 'Letters', 'Higher', 10, 1, 2, 3]]);
    const run = compiled([book('a.xlsx', a, other), book('b.xlsx', b), book('c.xlsx', a, data)], {
      sources: ['Data'],
    });
    expect(run.indicators.map((i) => i.ref)).toEqual(['C1', 'B1', 'D1']);
  });

  it('refuses a workbook that is not among the inputs, naming them', () => {
    expect(refused([book('a.xlsx', a), book('b.xlsx', b)], { sources: ['c.xlsx:PIs'] })).toEqual({
      kind: 'unknown-workbook',
      message: expect.stringContaining('no workbook called "c.xlsx" among the inputs (a.xlsx, b.xlsx)'),
    });
  });

  it('refuses a sheet that no workbook has', () => {
    expect(refused([book('a.xlsx', a), book('b.xlsx', b)], { sources: ['Nope'] })).toEqual({
      kind: 'unknown-sheet',
      message: expect.stringContaining('There is no sheet called "Nope" in a.xlsx, b.xlsx'),
    });
  });

  it('leaves out a workbook without an indicator table, saying so, and digests the rest', () => {
    const notes = sheet('Notes', [['Just some notes']]);
    const run = compiled([book('a.xlsx', a), book('notes.xlsx', notes)]);
    expect(run.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('notes.xlsx has no indicator table'),
      }),
    );
  });

  it('refuses when no workbook has an indicator table', () => {
    const notes = sheet('Notes', [['Just some notes']]);
    expect(refused([book('a.xlsx', notes), book('b.xlsx', notes)])?.kind).toBe('no-table');
  });
});

describe('one source', () => {
  const pis = table('PIs Q3', [['A1', 'Referrals', 'Higher', 10, 1, 2, 3]]);

  it('names no workbook in its addresses, even when the workbook has a file name', () => {
    expect(compiled([book('children.xlsx', pis)]).indicators[0]?.cell).toBe("'PIs Q3'!B2");
  });

  it('gives its indicators no source', () => {
    expect(compiled([book('children.xlsx', pis)]).indicators[0]?.source).toBeUndefined();
  });

  it('is what runDigest gives for the same sheets', () => {
    const outcome = runDigest([pis], DEFAULT_SETTINGS);
    expect(outcome.ok && outcome.run.indicators).toEqual(compiled([book(null, pis)]).indicators);
  });
});

describe('several sheets of one workbook', () => {
  const services = table('Services', [['S1', 'Referrals', 'Higher', 10, 1, 2, 3]]);
  const youth = table('Youth', [['Y1', 'Visits', 'Higher', 10, 1, 2]], QUARTERS.slice(0, 2));

  it('names no workbook in its addresses', () => {
    const run = compiled([book(null, services, youth)], { sources: ['Services', 'Youth'] });
    expect(run.indicators.map((i) => [i.cell, i.source])).toEqual([
      ['Services!B2', 'Services'],
      ['Youth!B2', 'Youth'],
    ]);
  });

  it('says which sheet stops before the current period', () => {
    const run = compiled([book(null, services, youth)], { sources: ['Services', 'Youth'] });
    expect(run.issues).toEqual([issueAt('warning', 'Youth!F1', 'The sheet "Youth" stops at Q2 2006/07')]);
  });
});

describe('a source that does not reach the current period', () => {
  const early = table('PIs', [['A1', 'Referrals', 'Higher', 10, 1, 2, null]]);
  const late = table('PIs', [['B1', 'Visits', 'Higher', 10, 1, 2, 3]]);

  it('gives one data issue however many of its indicators have no value', () => {
    const many = table('PIs', [
      ['A1', 'Referrals', 'Higher', 10, 1, 2, null],
      ['A2', 'Calls', 'Higher', 10, 1, 2, null],
      ['A3', 'Visits', 'Higher', 10, 1, null, null],
    ]);
    const run = compiled([book('a.xlsx', many), book('b.xlsx', late)]);
    expect(run.issues).toEqual([
      issueAt('warning', '[a.xlsx]PIs!F1', "a's sheet stops at Q2 2006/07, so its 3 indicator(s)"),
    ]);
  });

  it('is judged against the period the person picks', () => {
    const run = compiled([book('a.xlsx', early), book('b.xlsx', late)], { period: 'Q2 2006/07' });
    expect(run.issues).toEqual([]);
  });

  it('says so when it has no figures at all', () => {
    const empty = table('PIs', [['A1', 'Referrals', 'Higher', 10, null, null, null]]);
    const run = compiled([book('a.xlsx', empty), book('b.xlsx', late)]);
    expect(run.issues).toEqual([issueAt('warning', '[a.xlsx]PIs!B1', "a's sheet has no figures")]);
  });
});

describe('sources of different period kinds', () => {
  const quarterly = (ref: string) => table('PIs', [[ref, `Quarterly ${ref}`, 'Higher', 10, 1, 2, 3]]);
  const monthly = table('PIs', [['M1', 'Monthly', 'Higher', 10, 1, 2]], ['Apr 2006', 'May 2006']);

  it('leaves out a source of another kind than most, with a warning at its table', () => {
    const run = compiled([
      book('m.xlsx', monthly),
      book('a.xlsx', quarterly('A')),
      book('b.xlsx', quarterly('B')),
    ]);
    expect([run.indicators.map((i) => i.ref), run.issues]).toEqual([
      ['A', 'B'],
      [
        issueAt(
          'warning',
          '[m.xlsx]PIs!B1',
          'm holds months, not quarters like most sources, so its 1 indicator(s) are left out',
        ),
      ],
    ]);
  });

  it('keeps the first source’s kind when as many sources hold each', () => {
    const run = compiled([book('m.xlsx', monthly), book('a.xlsx', quarterly('A'))]);
    expect(run.indicators.map((i) => i.ref)).toEqual(['M1']);
  });
});

describe('the same indicator in two sources', () => {
  const two = (first: CellValue[], second: CellValue[], periods = QUARTERS) =>
    compiled([
      book('a.xlsx', table('PIs', [first], periods)),
      book('b.xlsx', table('PIs', [second], periods)),
    ]);

  it('is one indicator, listing both sources, when its figures agree', () => {
    const run = two(['R1', 'Referrals', 'Higher', 10, 1, 2, 3], ['R1', 'Referrals', 'Higher', 10, 1, 2, 3]);
    expect([run.indicators.map((i) => i.source), run.issues]).toEqual([['a, b'], []]);
  });

  it('is matched by name, case and spaces ignored, when a row has no ref', () => {
    const run = two(['R1', 'Referrals', 'Higher', 10, 1, 2, 3], [null, ' referrals', 'Higher', 10, 1, 2, 3]);
    expect(run.indicators).toHaveLength(1);
  });

  it('is two indicators when both have refs that differ, whatever their names', () => {
    const run = two(['R1', 'Referrals', 'Higher', 10, 1, 2, 3], ['R2', 'Referrals', 'Higher', 10, 5, 6, 7]);
    expect([run.indicators.length, run.issues]).toEqual([2, []]);
  });

  it('takes a period one source lacks from the other, with that source’s cell', () => {
    const run = two(
      ['R1', 'Referrals', 'Higher', 10, 1, 2, null],
      ['R1', 'Referrals', 'Higher', 10, 1, 2, 12],
    );
    expect(run.indicators.map((i) => [i.current, i.cell, i.rag])).toEqual([[12, '[b.xlsx]PIs!B2', 'green']]);
  });

  it.each([
    [
      'a value',
      ['R1', 'Referrals', 'Higher', 10, 1, 2, 4],
      'Q3 2006/07 3 ([a.xlsx]PIs!G2) against 4 ([b.xlsx]PIs!G2)',
    ],
    [
      'a target',
      ['R1', 'Referrals', 'Higher', 12, 1, 2, 3],
      'target for Q1 2006/07 10 ([a.xlsx]PIs!D2) against 12 ([b.xlsx]PIs!D2)',
    ],
    ['the polarity', ['R1', 'Referrals', 'Lower', 10, 1, 2, 3], 'polarity higher against lower'],
  ])('keeps both rows, with one error naming both cells, when %s differs', (_, second, words) => {
    const run = two(['R1', 'Referrals', 'Higher', 10, 1, 2, 3], second);
    expect([run.indicators.length, run.issues]).toEqual([2, [issueAt('error', '[b.xlsx]PIs!B2', words)]]);
  });

  it('does not count a value given in one source only as a difference', () => {
    const run = two(
      ['R1', 'Referrals', 'Higher', 10, 1, null, 3],
      ['R1', 'Referrals', 'Higher', 10, null, 2, 3],
    );
    expect(run.indicators.map((i) => i.trend)).toEqual([[1, 2, 3]]);
  });

  it('compares values to 10 significant figures, so 0.1 + 0.2 agrees with 0.3', () => {
    const run = two(
      ['R1', 'Referrals', 'Higher', 1, 0.1 + 0.2, 1, 1],
      ['R1', 'Referrals', 'Higher', 1, 0.3, 1, 1],
    );
    expect(run.indicators).toHaveLength(1);
  });

  it('shows the conflict in both rows’ data notes', () => {
    const run = two(['R1', 'Referrals', 'Higher', 10, 1, 2, 3], ['R1', 'Referrals', 'Higher', 10, 1, 2, 30]);
    expect(run.indicators.map((i) => i.issues.map((x) => x.severity))).toEqual([['error'], ['error']]);
  });

  it('counts once, as the worse status and direction, when the rows disagree', () => {
    const run = two(['R1', 'Referrals', 'Higher', 10, 1, 2, 30], ['R1', 'Referrals', 'Higher', 10, 1, 20, 3]);
    const { overall } = run.digest.summary;
    expect([
      overall.green,
      overall.red,
      overall.improving,
      overall.worsening,
      run.digest.summary.conflicts,
    ]).toEqual([0, 1, 0, 1, 1]);
  });
});
