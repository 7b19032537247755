/** Issue 12 §1–2: numerator and denominator columns, and the SPC recalculation and baseline columns, as read. */
import { findTables } from '../../../src/engine';
import type { CellValue, SheetGrid } from '../../../src/engine';
import { readTable } from '../../../src/engine/read/readTable';
import { issueAt, sheet } from '../../support/grids';
import { valueIn } from '../../../src/engine/read/periodValues';

function read(grid: SheetGrid) {
  const [table] = findTables(grid);
  if (!table) throw new Error('no table found');
  const reading = readTable(grid, table, null);
  if (!reading) throw new Error('table not read');
  return reading;
}

const byLabel = (grid: SheetGrid, i = 0) => {
  const reading = read(grid);
  const ind = reading.indicators[i]!;
  return Object.fromEntries(
    reading.periods.map((p) => [
      p.label,
      { value: valueIn(ind.values, p.start), counts: ind.counts?.get(p.start) ?? null },
    ]),
  );
};

const long = (header: string[], rows: CellValue[][]) => sheet('Data', [header, ...rows]);

describe('long tables with counts', () => {
  const header = ['Indicator', 'Polarity', 'Period', 'Value', 'Numerator', 'Denominator'];

  it('works out each empty value as numerator ÷ denominator, and keeps the counts', () => {
    const grid = long(header, [
      ['Reviews on time', 'Higher', 'Jan 2020', null, 13, 20],
      ['Reviews on time', 'Higher', 'Feb 2020', 0.7, 14, 20],
    ]);
    expect(byLabel(grid)).toEqual({
      'Jan 2020': { value: 0.65, counts: { numerator: 13, denominator: 20 } },
      'Feb 2020': { value: 0.7, counts: { numerator: 14, denominator: 20 } },
    });
  });

  it('reads a long table with counts and no Value column', () => {
    const grid = long(
      ['Indicator', 'Polarity', 'Period', 'Numerator', 'Denominator'],
      [['Reviews on time', 'Higher', 'Jan 2020', 65, 100]],
    );
    expect(byLabel(grid)).toEqual({
      'Jan 2020': { value: 0.65, counts: { numerator: 65, denominator: 100 } },
    });
  });

  it('shows a worked-out value as a percentage', () => {
    const grid = long(header, [['Reviews on time', 'Higher', 'Jan 2020', null, 13, 20]]);
    expect(read(grid).indicators[0]?.numberFormat).toBe('0.0%');
  });

  it('warns at the value cell when value and counts disagree, and keeps the value without counts', () => {
    const grid = long(header, [['Reviews on time', 'Higher', 'Jan 2020', 0.8, 13, 20]]);
    expect(byLabel(grid)).toEqual({ 'Jan 2020': { value: 0.8, counts: null } });
    expect(read(grid).issues).toContainEqual(issueAt('warning', 'Data!D2', 'does not match 13 ÷ 20'));
  });

  it('warns at an unreadable numerator, naming its cell', () => {
    const grid = long(header, [['Reviews on time', 'Higher', 'Jan 2020', null, 'thirteen', 20]]);
    expect(read(grid).issues).toContainEqual(
      issueAt('warning', 'Data!E2', 'Numerator "thirteen" in E2 is not a number'),
    );
  });
});

describe('wide tables with counts', () => {
  it('reads `Numerator <period>` and `Denominator <period>` columns as that period, with no value column', () => {
    const grid = sheet('PIs', [
      [
        'Indicator',
        'Numerator Q1 2006/07',
        'Denominator Q1 2006/07',
        'Numerator Q2 2006/07',
        'Denominator Q2 2006/07',
      ],
      ['Reviews on time', 26, 40, 30, 40],
    ]);
    expect(byLabel(grid)).toEqual({
      'Q1 2006/07': { value: 0.65, counts: { numerator: 26, denominator: 40 } },
      'Q2 2006/07': { value: 0.75, counts: { numerator: 30, denominator: 40 } },
    });
  });

  it('uses a plain Denominator for every period that has no denominator of its own', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07', 'Numerator Q1 2006/07', 'Numerator Q2 2006/07', 'Cohort'],
      ['Reviews on time', null, 0.75, 26, 30, 40],
    ]);
    expect(byLabel(grid)).toEqual({
      'Q1 2006/07': { value: 0.65, counts: { numerator: 26, denominator: 40 } },
      'Q2 2006/07': { value: 0.75, counts: { numerator: 30, denominator: 40 } },
    });
  });

  it('warns once for an unreadable plain denominator used by every period', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07', 'Numerator Q1 2006/07', 'Numerator Q2 2006/07', 'Cohort'],
      ['Reviews on time', 0.65, 0.75, 26, 30, 'forty'],
    ]);
    const warnings = read(grid).issues.filter(
      (i) => i.cell === 'PIs!F2' && i.message.startsWith('Denominator'),
    );
    expect(warnings).toHaveLength(1);
  });

  it('leaves out a count column for a period of another type, with a warning at its header', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Numerator 2006/07'],
      ['Reviews on time', 0.65, 100],
    ]);
    expect(read(grid).issues).toContainEqual(issueAt('warning', 'PIs!C1', 'its counts are not used'));
  });
});

describe('SPC settings', () => {
  const header = ['Indicator', 'Polarity', 'Period', 'Value', 'SPC recalculate from', 'SPC baseline to'];
  const rows = (recalc: CellValue[], baseline: CellValue[] = []) =>
    ['Jan 2020', 'Feb 2020', 'Mar 2020'].map((period, i): CellValue[] => [
      'Waiting times',
      'Lower',
      period,
      10 + i,
      recalc[i] ?? null,
      baseline[i] ?? null,
    ]);
  const spcOf = (grid: SheetGrid) => {
    const spc = read(grid).indicators[0]!.spc;
    return {
      recalculateFrom: spc.recalculateFrom?.periods.map((p) => p.label) ?? null,
      baselineTo: spc.baselineTo?.period.label ?? null,
    };
  };

  it('reads recalculations separated by commas or semicolons, on any row of the indicator, in time order', () => {
    expect(spcOf(long(header, rows([null, 'Mar 2020; Feb-20, 2020-01'])))).toEqual({
      recalculateFrom: ['Jan 2020', 'Feb 2020', 'Mar 2020'],
      baselineTo: null,
    });
  });

  it('reads a baseline end from any row of the indicator', () => {
    expect(spcOf(long(header, rows([], [null, null, 'Feb 2020'])))).toEqual({
      recalculateFrom: null,
      baselineTo: 'Feb 2020',
    });
  });

  it('reads a date cell as the period it falls in', () => {
    const grid = sheet('Data', [header, ...rows([null, 43891])], { formats: { E3: 'mmm-yy' } });
    expect(spcOf(grid).recalculateFrom).toEqual(['Mar 2020']);
  });

  it('takes the same setting repeated on every row without a word', () => {
    const grid = long(header, rows(['Feb 2020', 'Feb 2020', 'Feb 2020']));
    expect(read(grid).issues.filter((i) => i.message.includes('SPC'))).toEqual([]);
  });

  it('keeps the first of two different settings, with a warning at the second', () => {
    const grid = long(header, rows(['Feb 2020', null, 'Mar 2020']));
    expect(spcOf(grid).recalculateFrom).toEqual(['Feb 2020']);
    expect(read(grid).issues).toContainEqual(issueAt('warning', 'Data!E4', 'unlike E2'));
  });

  it('warns at an unreadable recalculation, naming the cell and the text, and keeps the readable ones', () => {
    const grid = long(header, rows(['Feb 2020, next spring']));
    expect(spcOf(grid).recalculateFrom).toEqual(['Feb 2020']);
    expect(read(grid).issues).toContainEqual(issueAt('warning', 'Data!E2', '"next spring" in E2'));
  });

  it('warns at an unreadable baseline end, and gives no baseline', () => {
    const grid = long(header, rows([], ['Feb 2020 and Mar 2020']));
    expect(spcOf(grid).baselineTo).toBeNull();
    expect(read(grid).issues).toContainEqual(issueAt('warning', 'Data!F2', 'not one period I recognise'));
  });

  it('reads a long table’s rows marked Yes as recalculations from their own periods, every one of them', () => {
    expect(spcOf(long(header, rows([null, 'Yes', 'y'])))).toEqual({
      recalculateFrom: ['Feb 2020', 'Mar 2020'],
      baselineTo: null,
    });
  });

  it('reads a long table’s row marked TRUE in the baseline column as the baseline’s end', () => {
    expect(spcOf(long(header, rows([], [null, true])))).toEqual({
      recalculateFrom: null,
      baselineTo: 'Feb 2020',
    });
  });

  it('reads a mark in a wide table, which has no period per row, as an unreadable label', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07', 'Rebase from'],
      ['Reviews on time', 0.65, 0.75, 'Yes'],
    ]);
    expect(spcOf(grid).recalculateFrom).toBeNull();
    expect(read(grid).issues).toContainEqual(issueAt('warning', 'PIs!D2', '"Yes" in D2'));
  });

  it('reads the settings of a wide table from the indicator row', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07', 'Rebase from', 'Baseline end'],
      ['Reviews on time', 0.65, 0.75, 'Q2 2006/07', 'Q1 2006/07'],
    ]);
    expect(spcOf(grid)).toEqual({ recalculateFrom: ['Q2 2006/07'], baselineTo: 'Q1 2006/07' });
  });
});
