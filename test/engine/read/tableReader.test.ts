/** Rules §1, §5: reading the cells of one table: numbers, row kinds, section headings, polarity and the fields every row shape shares. */
import type { CellValue, SheetGrid } from '../../../src/engine';
import { readWide } from '../../../src/engine/read/readWide';
import { headingAbove } from '../../../src/engine/read/tableReader';
import type { DataIssue } from '../../../src/engine';
import { issueAt, readerOf, readFirstTable, sheet } from '../../support/grids';

/** Row-level behaviour, seen through the wide reader (the long one shares it). */
const read = (grid: SheetGrid) => readFirstTable(grid, readWide);

const wide = (rows: CellValue[][]) =>
  sheet('PIs', [['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2006/07', 'Q2 2006/07'], ...rows]);

describe('Reader.number (rules §1 Values)', () => {
  const reader = readerOf(
    sheet('PIs', [
      ['Indicator', 'Q1 2006/07'],
      ['Referrals', 175],
      ['Spend', '£1,200'],
      ['Visits', 'n/a'],
      ['Assessments', 'sixty'],
    ]),
  );
  const numberAt = (r: number) => {
    const issues: DataIssue[] = [];
    return { value: reader.number(r, 1, 'Value', issues), issues };
  };

  it('reads a number cell as it stands', () => {
    expect(numberAt(1)).toEqual({ value: 175, issues: [] });
  });

  it('reads a number stored as text', () => {
    expect(numberAt(2)).toEqual({ value: 1200, issues: [] });
  });

  it('reads a no-value token as no value, without a data issue', () => {
    expect(numberAt(3)).toEqual({ value: null, issues: [] });
  });

  it('reads other text as no value, with a warning naming what it is, the text and the cell', () => {
    expect(numberAt(4)).toEqual({
      value: null,
      issues: [
        {
          severity: 'warning',
          cell: 'PIs!B5',
          message: 'Value "sixty" in B5 is not a number; treated as no value.',
        },
      ],
    });
  });
});

describe('Reader.kindOfRow (rules §1 section rows; docs/rules.md §8 reading 1)', () => {
  const grid = sheet('PIs', [
    ['Indicator', 'Target', 'Q1 2006/07'],
    [],
    ['Staying Safe'],
    [null, null, 'provisional'],
    [null, null, 175],
    ['Referrals', 200, null],
    [null, 'Be Healthy'],
  ]);
  const reader = readerOf(grid);
  const figureCols = new Set([1, 2]);

  it.each([
    [1, 'blank', 'an empty row'],
    [2, 'heading', 'text in one cell only'],
    [3, 'row', 'text in a value column only'],
    [4, 'row', 'a number only'],
    [5, 'row', 'a name and a target without values'],
    [6, 'row', 'text in a target column only'],
  ])('takes row %p as %p: %s', (r, kind) => {
    expect(reader.kindOfRow(r, figureCols)).toBe(kind);
  });

  it('looks only at the table’s own columns, so a note beside the table does not make a heading a row', () => {
    const beside = sheet('PIs', [
      [null, 'Indicator', 'Q1 2006/07'],
      ['see note 3', 'Staying Safe'],
    ]);
    expect(readerOf(beside).kindOfRow(1, new Set([2]))).toBe('heading');
  });
});

describe('Reader.rowsOfFigures (rules §1)', () => {
  const grid = sheet('PIs', [
    ['Indicator', 'Q1 2006/07'],
    ['Referrals', 175],
    [],
    ['Be Healthy'],
    ['Conceptions', 50],
  ]);

  it('gives the rows of figures with their outcome, skipping blank rows and taking headings as outcomes', () => {
    expect([...readerOf(grid).rowsOfFigures(null)]).toEqual([
      { r: 1, outcome: null },
      { r: 4, outcome: 'Be Healthy' },
    ]);
  });

  it('gives the first rows the outcome inherited from above the header', () => {
    expect([...readerOf(grid).rowsOfFigures('Staying Safe')].map((row) => row.outcome)).toEqual([
      'Staying Safe',
      'Be Healthy',
    ]);
  });

  it('remembers each heading with its row', () => {
    const reader = readerOf(grid);
    Array.from(reader.rowsOfFigures(null));
    expect(reader.headings).toEqual([{ row: 3, text: 'Be Healthy' }]);
  });
});

describe('Reader.newIndicator (rules §1)', () => {
  const grid = sheet('PIs', [
    ['Ref', 'Indicator', 'Outcome', 'Q1 2006/07'],
    ['  SS1 ', ' Referrals ', null, 175],
    [null, 'Visits', 'Be Healthy', 10],
  ]);

  it('trims the name and the ref, and names the indicator by its name cell', () => {
    expect(readerOf(grid).newIndicator(1, null)).toMatchObject({
      ref: 'SS1',
      name: 'Referrals',
      cell: 'PIs!B2',
    });
  });

  it('gives a row without a ref a null ref', () => {
    expect(readerOf(grid).newIndicator(2, null).ref).toBeNull();
  });

  it('takes the outcome from the section heading where the outcome cell is blank', () => {
    expect(readerOf(grid).newIndicator(1, 'Staying Safe').outcome).toBe('Staying Safe');
  });

  it('lets the outcome column win over the heading', () => {
    expect(readerOf(grid).newIndicator(2, 'Staying Safe').outcome).toBe('Be Healthy');
  });

  it('reads no polarity column as higher, without a warning of its own (readTable says it once)', () => {
    expect(readerOf(grid).newIndicator(1, null)).toMatchObject({ polarity: 'higher', issues: [] });
  });

  it('warns at the polarity cell that holds an Excel error, naming the error', () => {
    const withError = sheet('PIs', [
      ['Indicator', 'Polarity', 'Q1 2006/07'],
      ['Referrals', '#N/A', 175],
    ]);
    expect(readerOf(withError).newIndicator(1, null)).toMatchObject({
      polarity: 'higher',
      issues: [issueAt('warning', 'PIs!B2', 'holds the Excel error #N/A; treated as higher is better')],
    });
  });
});

describe('headingAbove (docs/rules.md §8 reading 2: a heading above a repeated header)', () => {
  const readerAt = (rows: CellValue[][]) => readerOf(sheet('PIs', rows));

  it('takes the nearest non-blank row above the header when it has text in one cell only', () => {
    const reader = readerAt([['Be Healthy'], [], ['Indicator', 'Q1 2006/07']]);
    expect(headingAbove(reader, -1)).toBe('Be Healthy');
  });

  it('takes none when the nearest non-blank row has more than one cell', () => {
    const reader = readerAt([['Be Healthy'], ['Source: returns', 2006], ['Indicator', 'Q1 2006/07']]);
    expect(headingAbove(reader, -1)).toBeNull();
  });

  it('takes none when the nearest row is a number', () => {
    const reader = readerAt([[2006], ['Indicator', 'Q1 2006/07']]);
    expect(headingAbove(reader, -1)).toBeNull();
  });

  it('does not look at or above the table before it', () => {
    const reader = readerAt([['Be Healthy'], [], ['Indicator', 'Q1 2006/07']]);
    expect(headingAbove(reader, 0)).toBeNull();
  });
});

describe('section rows and outcomes, in a table (rules §1)', () => {
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
