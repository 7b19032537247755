/** Rules §1–2, §5 and docs/rules.md §8 reading 5: a long table, one row per indicator and period, gathered by ref, else by name. */
import type { CellValue, SheetGrid } from '../../../src/engine';
import { readLong } from '../../../src/engine/read/readLong';
import { issueAt, readerOf, readFirstTable, sheet, valuesOf } from '../../support/grids';

const read = (grid: SheetGrid) => readFirstTable(grid, readLong);

describe('long tables (rules §1)', () => {
  const long = (rows: CellValue[][]) =>
    sheet('Data', [['Ref', 'Indicator', 'Quarter', 'Actual', 'Target', 'Good is'], ...rows]);

  it('gathers the rows of one indicator by ref, even where the name is spelt differently', () => {
    const reading = read(
      long([
        ['NI 59', 'Initial assessments', 'Q1 2006/07', 0.6, 0.75, 'Higher'],
        ['NI 59', 'Initial assessments (7 days)', 'Q2 2006/07', 0.65, 0.75, 'Higher'],
      ]),
    );
    expect(reading.indicators).toHaveLength(1);
    expect(reading.indicators[0]?.name).toBe('Initial assessments');
  });

  it('gathers rows by name where there is no ref', () => {
    const reading = read(
      long([
        [null, 'Referrals', 'Q1 2006/07', 175, 220, 'Higher'],
        [null, 'Visits', 'Q1 2006/07', 10, 20, 'Higher'],
        [null, 'Referrals', 'Q2 2006/07', 229, 220, 'Higher'],
      ]),
    );
    expect(reading.indicators.map((i) => i.name)).toEqual(['Referrals', 'Visits']);
    expect(valuesOf(reading.indicators[0]!)).toEqual([175, 229]);
  });

  it("applies each row's target to that row's period", () => {
    const reading = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        ['R1', 'Referrals', 'Q2 2006/07', 229, 220, 'Higher'],
      ]),
    );
    expect(reading.indicators[0]?.targets.map((t) => [t.period?.label, t.value])).toEqual([
      ['Q1 2006/07', 200],
      ['Q2 2006/07', 220],
    ]);
  });

  it('ignores a second row for the same indicator and period, with a warning at its value cell', () => {
    const reading = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        ['R1', 'Referrals', 'Qtr 1 2006-07', 180, 200, 'Higher'],
      ]),
    );
    expect(valuesOf(reading.indicators[0]!)).toEqual([175]);
    expect(reading.issues).toContainEqual(issueAt('warning', 'Data!D3'));
  });

  it('leaves out a row whose period cannot be read, with an error at its period cell', () => {
    const reading = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        ['R1', 'Referrals', 'Autumn', 229, 200, 'Higher'],
      ]),
    );
    expect(reading.issues).toContainEqual({
      severity: 'error',
      cell: 'Data!C3',
      message: expect.stringContaining('"Autumn"'),
    });
  });

  it('reads date cells in the period column as months', () => {
    const grid = sheet(
      'Data',
      [
        ['Indicator', 'Month', 'Actual'],
        ['Visits', 39479, 49800],
        ['Visits', 39508, 51000],
      ],
      { formats: { B2: 'mmm-yy', B3: 'mmm-yy' } },
    );
    expect(read(grid).periods.map((p) => p.label)).toEqual(['Feb 2008', 'Mar 2008']);
  });

  it('leaves rows of another period type out with a warning', () => {
    const reading = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        ['R1', 'Referrals', '2006/07', 900, 800, 'Higher'],
      ]),
    );
    expect(reading.periods.map((p) => p.label)).toEqual(['Q1 2006/07']);
    expect(reading.issues).toContainEqual(issueAt('warning', 'Data!C3'));
  });

  it('takes a heading row in a long table as the outcome of the rows below it', () => {
    const reading = read(
      long([
        ['Staying Safe'],
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        ['Be Healthy'],
        ['B1', 'Conceptions', 'Q1 2006/07', 50, 45, 'Lower'],
      ]),
    );
    expect(reading.indicators.map((i) => [i.name, i.outcome])).toEqual([
      ['Referrals', 'Staying Safe'],
      ['Conceptions', 'Be Healthy'],
    ]);
  });

  it('reports a row with a period and a value but neither name nor ref as an error', () => {
    const reading = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        [null, null, 'Q2 2006/07', 229, null, null],
      ]),
    );
    expect(reading.issues).toContainEqual(issueAt('error', 'Data!B3'));
  });
});

describe('long tables: gathering rows (rules §1, §5)', () => {
  const long = (rows: CellValue[][]) =>
    sheet('Data', [['Ref', 'Indicator', 'Quarter', 'Actual', 'Target', 'Good is'], ...rows]);

  it('lets a later row join its indicator by ref alone, without its name', () => {
    const reading = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        ['R1', null, 'Q2 2006/07', 229, 220, 'Higher'],
      ]),
    );
    expect(reading.indicators.map((i) => [i.name, valuesOf(i)])).toEqual([['Referrals', [175, 229]]]);
    expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it("needs a name on an indicator's first row: without one the row is an error and the next named row starts it", () => {
    const reading = read(
      long([
        ['R1', null, 'Q1 2006/07', 175, 200, 'Higher'],
        ['R1', 'Referrals', 'Q2 2006/07', 229, 220, 'Higher'],
      ]),
    );
    expect(reading.indicators.map((i) => [i.name, valuesOf(i)])).toEqual([['Referrals', [229]]]);
    expect(reading.issues).toContainEqual(issueAt('error', 'Data!B2', 'no indicator name in B2'));
  });

  it('keeps reading past blank rows inside the table', () => {
    const reading = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        [],
        ['R1', 'Referrals', 'Q2 2006/07', 229, 220, 'Higher'],
      ]),
    );
    expect(valuesOf(reading.indicators[0]!)).toEqual([175, 229]);
  });

  it('gives the indicator the name cell of each period’s row (docs/rules.md §8 reading 13)', () => {
    const [ind] = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        ['R1', 'Referrals', 'Q2 2006/07', 229, 220, 'Higher'],
      ]),
    ).indicators;
    expect([ind?.cell, [...ind!.cellByPeriod.values()]]).toEqual(['Data!B2', ['Data!B2', 'Data!B3']]);
  });

  it("applies each row's amber threshold, RAG override and commentary to that row's period only (reading 5)", () => {
    const grid = sheet('Data', [
      ['Indicator', 'Period', 'Value', 'Amber threshold', 'RAG override', 'Commentary'],
      ['Referrals', 'Q1 2006/07', 175, 190, 'G', 'Quiet quarter'],
      ['Referrals', 'Q2 2006/07', 229, null, null, null],
    ]);
    const [ind] = read(grid).indicators;
    const scopes = (entries: { period: { label: string } | null }[]) => entries.map((e) => e.period?.label);
    expect([scopes(ind!.ambers), scopes(ind!.overrides), scopes(ind!.commentary)]).toEqual([
      ['Q1 2006/07'],
      ['Q1 2006/07'],
      ['Q1 2006/07'],
    ]);
  });

  it('says when a row has no period at all, with an error at its period cell', () => {
    const reading = read(
      long([
        ['R1', 'Referrals', 'Q1 2006/07', 175, 200, 'Higher'],
        ['R1', 'Referrals', null, 229, 220, 'Higher'],
      ]),
    );
    expect(reading.issues).toContainEqual({
      severity: 'error',
      cell: 'Data!C3',
      message: 'C3 has no period, so row 3 is left out. Use a label such as Q3 2006/07 or Jun 2006.',
    });
  });

  it('keeps an unreadable value as no value, with a warning naming its cell', () => {
    const reading = read(long([['R1', 'Referrals', 'Q1 2006/07', 'lots', 200, 'Higher']]));
    expect(valuesOf(reading.indicators[0]!)).toEqual([null]);
    expect(reading.issues).toContainEqual(
      issueAt('warning', 'Data!D2', 'Value "lots" in D2 is not a number'),
    );
  });
});

describe("long tables: the table's periods (rules §2)", () => {
  it('holds only periods that gave a named indicator a row', () => {
    const grid = sheet('Data', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Q1 2006/07', 175],
      [null, 'Q2 2006/07', 229],
    ]);
    expect(read(grid).periods.map((p) => p.label)).toEqual(['Q1 2006/07']);
  });

  it('orders its periods in time, whatever the order of the rows', () => {
    const grid = sheet('Data', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Q3 2006/07', 240],
      ['Referrals', 'Q1 2006/07', 175],
      ['Visits', 'Q2 2006/07', 12],
    ]);
    expect(read(grid).periods.map((p) => p.label)).toEqual(['Q1 2006/07', 'Q2 2006/07', 'Q3 2006/07']);
  });

  it('gives no reading when no period cell can be read', () => {
    const grid = sheet('Data', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Autumn', 175],
    ]);
    expect(readLong(readerOf(grid), null)).toBeNull();
  });
});
