/** Rules §1–2, §5: a wide table, one column per period, read into indicators with a data issue for every problem. */
import type { CellValue, SheetGrid } from '../../../src/engine';
import { readWide } from '../../../src/engine/read/readWide';
import { Reader } from '../../../src/engine/read/tableReader';
import { firstTable, issueAt, readFirstTable, sheet, valuesOf } from '../../support/grids';
import { valueEntries } from '../../support/indicators';

const read = (grid: SheetGrid) => readFirstTable(grid, readWide);

const wide = (rows: CellValue[][], formats?: Record<string, string>) =>
  sheet('PIs', [['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2006/07', 'Q2 2006/07'], ...rows], {
    formats,
  });

const valuesByRow = (grid: SheetGrid) => read(grid).indicators.map(valuesOf);

describe('wide tables (rules §1)', () => {
  it('reads one indicator per row with its values by period', () => {
    const reading = read(wide([['CF/A1', 'Referrals', 'Higher', 220, 175, 229]]));
    expect(reading.indicators).toMatchObject([{ ref: 'CF/A1', name: 'Referrals', polarity: 'higher' }]);
    expect(reading.periods.map((p) => p.label)).toEqual(['Q1 2006/07', 'Q2 2006/07']);
    expect(valuesByRow(wide([['CF/A1', 'Referrals', 'Higher', 220, 175, 229]]))).toEqual([[175, 229]]);
  });

  it('reads values stored as text and no-value tokens', () => {
    expect(valuesByRow(wide([['A', 'Spend', 'Lower', '£1,200', '(12)', 'n/a']]))).toEqual([[-12, null]]);
  });

  it('reads a plain target for every period', () => {
    expect(read(wide([['A', 'Referrals', 'Higher', 220, 175, 229]])).indicators[0]?.targets).toEqual([
      { period: null, value: 220, cell: 'PIs!D2' },
    ]);
  });

  it('keeps an unreadable value as no value, with a warning naming the cell and the text', () => {
    const reading = read(wide([['A', 'Referrals', 'Higher', 220, 'sixty', 229]]));
    expect(valuesByRow(wide([['A', 'Referrals', 'Higher', 220, 'sixty', 229]]))).toEqual([[null, 229]]);
    expect(reading.issues).toContainEqual({
      severity: 'warning',
      cell: 'PIs!E2',
      message: 'Value "sixty" in E2 is not a number; treated as no value.',
    });
  });

  it('keeps an unreadable target as no target, with a warning', () => {
    const reading = read(wide([['A', 'Referrals', 'Higher', 'about 200', 175, 229]]));
    expect(reading.indicators[0]?.targets).toEqual([]);
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!D2'));
  });

  it('leaves columns of another period type out with a warning at their header (rules §2)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07', '2006/07'],
      ['Referrals', 175, 229, 800],
    ]);
    const reading = read(grid);
    expect(reading.periodType).toBe('quarter');
    expect(reading.periods.map((p) => p.label)).toEqual(['Q1 2006/07', 'Q2 2006/07']);
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!D1', '2006/07'));
  });

  it('takes the finest period type found: months over quarters (rules §2)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Jul 2006', 'Aug 2006'],
      ['Referrals', 175, 60, 70],
    ]);
    const reading = read(grid);
    expect(reading.periodType).toBe('month');
    expect(reading.periods.map((p) => p.label)).toEqual(['Jul 2006', 'Aug 2006']);
  });

  it('takes the year kind in more columns: two calendar years over one financial year (rules §2)', () => {
    const grid = sheet('PIs', [
      ['Indicator', '2005', '2006', '2006/07'],
      ['Referrals', 175, 229, 300],
    ]);
    const reading = read(grid);
    expect(reading.periods.map((p) => p.label)).toEqual(['2005', '2006']);
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!D1'));
  });

  it('takes financial years when financial and calendar years are as many (docs/rules.md §8 reading 11)', () => {
    const grid = sheet('PIs', [
      ['Indicator', '2005', '2005/06', '2006', '2006/07'],
      ['Referrals', 1, 2, 3, 4],
    ]);
    expect(read(grid).periods.map((p) => p.label)).toEqual(['2005/06', '2006/07']);
  });

  it('orders period columns in time whatever their order on the sheet (rules §2)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q3 2006/07', 'Q1 2006/07', 'Q2 2006/07'],
      ['Referrals', 300, 175, 229],
    ]);
    expect(read(grid).periods.map((p) => p.label)).toEqual(['Q1 2006/07', 'Q2 2006/07', 'Q3 2006/07']);
  });

  it('ignores a second column for the same period with a warning (two values for one indicator and period)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Qtr 1 2006-07'],
      ['Referrals', 175, 180],
    ]);
    const reading = read(grid);
    expect(reading.periods).toHaveLength(1);
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!C1'));
  });

  it('reads a header of month date cells as month columns', () => {
    const grid = sheet(
      'PIs',
      [
        ['Indicator', 38869, 38899],
        ['Visits', 100, 120],
      ],
      { formats: { B1: 'mmm-yy', C1: 'mmm-yy' } },
    );
    expect(read(grid).periods.map((p) => p.label)).toEqual(['Jun 2006', 'Jul 2006']);
  });
});

describe('wide tables: rows (rules §1, §5)', () => {
  it('keeps reading past blank rows inside the table', () => {
    const grid = wide([
      ['A', 'Referrals', 'Higher', 220, 175, 229],
      [],
      ['B', 'Visits', 'Higher', 10, 8, 12],
    ]);
    expect(read(grid).indicators.map((i) => i.name)).toEqual(['Referrals', 'Visits']);
  });

  it('reports a row with figures but no name as an error at its name cell, and reads no indicator from it', () => {
    const reading = read(
      wide([
        ['A', 'Referrals', 'Higher', 220, 175, 229],
        ['B', null, 'Higher', 10, 5, 6],
      ]),
    );
    expect(reading.indicators.map((i) => i.name)).toEqual(['Referrals']);
    expect(reading.issues).toContainEqual({
      severity: 'error',
      cell: 'PIs!B3',
      message:
        "Row 3 has figures but no indicator name in B3, so it cannot be rated. Add the indicator's name.",
    });
  });

  it('keeps both rows of a duplicate indicator: telling them apart is readTable’s', () => {
    const grid = wide([
      ['A', 'Referrals', 'Higher', 220, 175, 229],
      ['A', 'Referrals', 'Higher', 220, 1, 2],
    ]);
    expect(valuesByRow(grid)).toEqual([
      [175, 229],
      [1, 2],
    ]);
  });

  it('gives a row with a name and no values an indicator with no value in each period', () => {
    expect(valuesByRow(wide([['A', 'New indicator', 'Higher', 50, null, null]]))).toEqual([[null, null]]);
  });

  it("keeps a percentage cell's stored value and takes its format for display (rules §1)", () => {
    const [ind] = read(
      wide([['A', 'Assessments', 'Higher', 0.75, 0.6, 0.65]], { D2: '0%', E2: '0%', F2: '0%' }),
    ).indicators;
    expect([valuesOf(ind!), ind?.numberFormat]).toEqual([[0.6, 0.65], '0%']);
  });

  it('remembers the cell each value came from', () => {
    const [ind] = read(wide([['A', 'Referrals', 'Higher', 220, 175, 229]])).indicators;
    expect(valueEntries(ind!.values).map((v) => v.cell)).toEqual(['PIs!E2', 'PIs!F2']);
  });

  it('gives each indicator its name cell as its cell, for every period (docs/rules.md §8 reading 13)', () => {
    const [ind] = read(wide([['A', 'Referrals', 'Higher', 220, 175, 229]])).indicators;
    expect([ind?.cell, ind?.cellByPeriod.size]).toEqual(['PIs!B2', 0]);
  });

  it('reads a Target 2006/07 column as the target of that year only (rules §2)', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Target 2006/07', 'Target', 'Q1 2006/07'],
      ['Referrals', 220, 200, 175],
    ]);
    expect(read(grid).indicators[0]?.targets.map((t) => [t.period?.label ?? null, t.value])).toEqual([
      ['2006/07', 220],
      [null, 200],
    ]);
  });

  it('gives no reading when no header can be placed in time', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Polarity', 'Period', 'Value'],
      ['Referrals', 'Higher', 'Q1 2006/07', 175],
    ]);
    const table = { ...firstTable(grid), shape: 'wide' as const };
    expect(readWide(new Reader(grid, table), null)).toBeNull();
  });
});

describe('period-like headers that cannot be read (rules §5)', () => {
  it.each(['Q3 2006', 'Qtr 3', 'Target Q3'])(
    'warns at the header "%s" when its column holds figures',
    (header) => {
      const grid = sheet('PIs', [
        ['Indicator', 'Polarity', 'Q2 2006/07', header],
        ['Referrals', 'Higher', 220, 229],
      ]);
      expect(read(grid).issues).toContainEqual(
        expect.objectContaining({ severity: 'warning', cell: 'PIs!D1' }),
      );
    },
  );

  it('says nothing about such a header over an empty column', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Polarity', 'Q2 2006/07', 'Qtr 3'],
      ['Referrals', 'Higher', 220, null],
    ]);
    expect(read(grid).issues.filter((i) => i.cell === 'PIs!D1')).toEqual([]);
  });
});
