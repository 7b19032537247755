/** rules §1–2 and §5: reading a table's indicators (wide and long), with a data issue for every problem. */
import { findTables } from '../../../src/engine';
import type { CellValue, SheetGrid } from '../../../src/engine';
import { readTable } from '../../../src/engine/read/readTable';
import { issueAt, sheet } from '../../support/grids';

function read(grid: SheetGrid) {
  const [table] = findTables(grid);
  if (!table) throw new Error('no table found');
  const reading = readTable(grid, table, null);
  if (!reading) throw new Error('table not read');
  return reading;
}

const wide = (rows: CellValue[][], formats?: Record<string, string>) =>
  sheet('PIs', [['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2006/07', 'Q2 2006/07'], ...rows], {
    formats,
  });

const valuesOf = (grid: SheetGrid) =>
  read(grid).indicators.map((i) => [...i.values.values()].map((v) => v.value));

describe('wide tables (rules §1)', () => {
  it('reads one indicator per row with its values by period', () => {
    const reading = read(wide([['CF/A1', 'Referrals', 'Higher', 220, 175, 229]]));
    expect(reading.indicators).toMatchObject([{ ref: 'CF/A1', name: 'Referrals', polarity: 'higher' }]);
    expect(reading.periods.map((p) => p.label)).toEqual(['Q1 2006/07', 'Q2 2006/07']);
    expect(valuesOf(wide([['CF/A1', 'Referrals', 'Higher', 220, 175, 229]]))).toEqual([[175, 229]]);
  });

  it('reads values stored as text and no-value tokens', () => {
    expect(valuesOf(wide([['A', 'Spend', 'Lower', '£1,200', '(12)', 'n/a']]))).toEqual([[-12, null]]);
  });

  it('reads a plain target for every period', () => {
    expect(read(wide([['A', 'Referrals', 'Higher', 220, 175, 229]])).indicators[0]?.targets).toEqual([
      { period: null, value: 220, cell: 'PIs!D2' },
    ]);
  });

  it('keeps an unreadable value as no value, with a warning naming the cell and the text', () => {
    const reading = read(wide([['A', 'Referrals', 'Higher', 220, 'sixty', 229]]));
    expect(valuesOf(wide([['A', 'Referrals', 'Higher', 220, 'sixty', 229]]))).toEqual([[null, 229]]);
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

describe('section rows and outcomes (rules §1)', () => {
  const grid = sheet('PIs', [
    ['Ref', 'Indicator', 'Q1 2006/07', 'Q2 2006/07'],
    ['Staying Safe'],
    ['SS1', 'Initial assessments', 0.6, 0.65],
    ['SS2', 'Core assessments', 0.7, 0.7],
    [],
    [null, 'Be Healthy'],
    ['BH1', 'Teenage conceptions', 50, 48],
  ]);

  it('takes a row with text in one cell only as a heading, not an indicator', () => {
    expect(read(grid).indicators.map((i) => i.name)).toEqual([
      'Initial assessments',
      'Core assessments',
      'Teenage conceptions',
    ]);
  });

  it('gives the rows below a heading its outcome until the next heading', () => {
    expect(read(grid).indicators.map((i) => i.outcome)).toEqual([
      'Staying Safe',
      'Staying Safe',
      'Be Healthy',
    ]);
  });

  it('raises no data issue for heading rows', () => {
    expect(read(grid).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('lets an outcome column win over a heading', () => {
    const withColumn = sheet('PIs', [
      ['Outcome', 'Indicator', 'Q1 2006/07'],
      ['Staying Safe'],
      ['Be Healthy', 'Teenage conceptions', 50],
      [null, 'Initial assessments', 0.6],
    ]);
    expect(read(withColumn).indicators.map((i) => i.outcome)).toEqual(['Be Healthy', 'Staying Safe']);
  });

  it('gives indicators above the first heading no outcome', () => {
    const before = sheet('PIs', [
      ['Indicator', 'Q1 2006/07'],
      ['Referrals', 175],
      ['Be Healthy'],
      ['Conceptions', 50],
    ]);
    expect(read(before).indicators.map((i) => i.outcome)).toEqual([null, 'Be Healthy']);
  });

  it('reads a heading merged across the table (its text in the top-left cell only) once', () => {
    const merged = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07'],
      ['Enjoy and Achieve', null, null],
      ['Attendance', 0.93, 0.94],
    ]);
    const reading = read(merged);
    expect(reading.indicators).toHaveLength(1);
    expect(reading.indicators[0]?.outcome).toBe('Enjoy and Achieve');
  });

  it('takes a row with a name and a target but no values as an indicator, not a heading', () => {
    const grid2 = wide([['A', 'New indicator', 'Higher', 50, null, null]]);
    expect(read(grid2).indicators.map((i) => i.name)).toEqual(['New indicator']);
  });
});

describe('rows never dropped silently (rules §5)', () => {
  it('reports a row with figures but no name as an error at its name cell', () => {
    const reading = read(
      wide([
        ['A', 'Referrals', 'Higher', 220, 175, 229],
        ['B', null, 'Higher', 10, 5, 6],
      ]),
    );
    expect(reading.indicators).toHaveLength(1);
    expect(reading.issues).toContainEqual({
      severity: 'error',
      cell: 'PIs!B3',
      message: expect.stringContaining('no indicator name'),
    });
  });

  it('keeps both rows of a duplicate ref, with a warning at the second', () => {
    const reading = read(
      wide([
        ['A', 'Referrals', 'Higher', 220, 175, 229],
        ['A', 'Referrals again', 'Higher', 220, 1, 2],
      ]),
    );
    expect(reading.indicators).toHaveLength(2);
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!B3', 'appears twice'));
  });

  it('keeps both rows of a duplicate name (no refs), with a warning at the second', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07'],
      ['Referrals', 175],
      ['referrals', 180],
    ]);
    const reading = read(grid);
    expect(reading.indicators).toHaveLength(2);
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!A3', 'appears twice'));
  });

  it('does not call two different names with different refs duplicates', () => {
    const reading = read(
      wide([
        ['A', 'Referrals', 'Higher', 220, 175, 229],
        ['B', 'Referrals', 'Higher', 220, 1, 2],
      ]),
    );
    expect(reading.issues).toEqual([]);
  });
});

describe('polarity on a row (rules §1)', () => {
  it('reads each row its own polarity', () => {
    const reading = read(
      wide([
        ['A', 'Re-let days', 'lower is better', 27, 30, 28],
        ['B', 'Households', 'Data only', null, 1, 2],
      ]),
    );
    expect(reading.indicators.map((i) => i.polarity)).toEqual(['lower', 'neutral']);
  });

  it('treats a blank polarity as higher, with a warning at that cell', () => {
    const reading = read(wide([['A', 'Referrals', null, 220, 175, 229]]));
    expect(reading.indicators[0]?.polarity).toBe('higher');
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!C2', 'higher'));
  });

  it('treats an unreadable polarity as neutral, with a warning at that cell', () => {
    const reading = read(wide([['A', 'Referrals', 'Sideways', 220, 175, 229]]));
    expect(reading.indicators[0]?.polarity).toBe('neutral');
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!C2', '"Sideways"'));
  });

  it('treats every indicator as higher when there is no polarity column, with one warning saying so', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07'],
      ['Referrals', 175],
      ['Assessments', 0.6],
    ]);
    const reading = read(grid);
    expect(reading.indicators.map((i) => i.polarity)).toEqual(['higher', 'higher']);
    expect(reading.issues).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('higher') }),
    ]);
  });

  it('reads a Higher is better column: Yes is higher, No is lower', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Higher is better', 'Q1 2006/07'],
      ['Referrals', 'Yes', 175],
      ['Re-let days', 'N', 30],
    ]);
    expect(read(grid).indicators.map((i) => i.polarity)).toEqual(['higher', 'lower']);
  });
});

describe('overrides, amber thresholds and commentary on a row (rules §1, §3, §6)', () => {
  const grid = sheet('PIs', [
    ['Indicator', 'Q1 2006/07', 'Target', 'Amber threshold', 'RAG override', 'Commentary', 'Polarity'],
    ['Referrals', 175, 220, 200, 'g', 'Rising demand', 'Higher'],
    ['Assessments', 0.6, 0.75, null, 'Amber', null, 'Higher'],
    ['Visits', 100, 90, null, 'Purple', null, 'Higher'],
  ]);

  it.each([
    [0, 'green'],
    [1, 'amber'],
  ])('reads the override on row %p as %p, in any case', (i, rag) => {
    expect(read(grid).indicators[i]?.overrides.map((o) => o.value)).toEqual([rag]);
  });

  it('ignores override text that is not R, A, G, Red, Amber or Green, with a warning at its cell', () => {
    const reading = read(grid);
    expect(reading.indicators[2]?.overrides).toEqual([]);
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!E4', '"Purple"'));
  });

  it("reads the row's amber threshold", () => {
    expect(read(grid).indicators[0]?.ambers.map((a) => a.value)).toEqual([200]);
  });

  it("reads the source's commentary", () => {
    expect(read(grid).indicators[0]?.commentary.map((c) => c.value)).toEqual(['Rising demand']);
  });
});

describe('percentages (rules §1 Values and Unit)', () => {
  it("keeps a percentage cell's stored value and takes its format for display", () => {
    const reading = read(
      wide([['A', 'Assessments', 'Higher', 0.75, 0.6, 0.65]], { D2: '0%', E2: '0%', F2: '0%' }),
    );
    expect([...reading.indicators[0]!.values.values()].map((v) => v.value)).toEqual([0.6, 0.65]);
    expect(reading.indicators[0]?.numberFormat).toBe('0%');
  });

  it('never rescales a percentage row mixing fractions and whole numbers, and warns at the odd value', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Unit', 'Q1 2006/07', 'Q2 2006/07', 'Polarity'],
      ['Assessments', '%', 0.6, 65, 'Higher'],
    ]);
    const reading = read(grid);
    expect([...reading.indicators[0]!.values.values()].map((v) => v.value)).toEqual([0.6, 65]);
    expect(reading.issues).toContainEqual(issueAt('warning', 'PIs!D2', 'not rescaled'));
  });

  it('does not warn about a percentage row of whole numbers only', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Unit', 'Q1 2006/07', 'Q2 2006/07', 'Polarity'],
      ['Assessments', '%', 60, 65, 'Higher'],
    ]);
    expect(read(grid).issues).toEqual([]);
  });

  it('does not warn about a number row that is not a percentage', () => {
    expect(read(wide([['A', 'Referrals', 'Higher', 220, 0.5, 229]])).issues).toEqual([]);
  });
});

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
    expect([...reading.indicators[0]!.values.values()].map((v) => v.value)).toEqual([175, 229]);
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
    expect([...reading.indicators[0]!.values.values()].map((v) => v.value)).toEqual([175]);
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

describe('addresses in data issues (rules §5)', () => {
  it("quotes a sheet name with a space, as Excel does: 'PIs Q3'!E2", () => {
    const grid = sheet('PIs Q3', [
      ['Indicator', 'Polarity', 'Q1 2006/07'],
      ['Referrals', 'Higher', 'sixty'],
    ]);
    expect(read(grid).issues.map((i) => i.cell)).toEqual(["'PIs Q3'!C2"]);
  });

  it('gives sheet addresses when the grid does not start at A1', () => {
    const grid = sheet(
      'PIs',
      [
        ['Indicator', 'Polarity', 'Q1 2006/07'],
        ['Referrals', 'Higher', 'sixty'],
      ],
      { origin: 'B5' },
    );
    expect(read(grid).issues.map((i) => i.cell)).toEqual(['PIs!D6']);
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
