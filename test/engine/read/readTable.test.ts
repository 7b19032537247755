/** Rules §1–2, §5: one table read (wide or long) with every data issue in one list: duplicates, a missing polarity column, addresses. */
import type { CellValue, SheetGrid } from '../../../src/engine';
import { readTable } from '../../../src/engine/read/readTable';
import { firstTable, issueAt, sheet } from '../../support/grids';

function read(grid: SheetGrid, previousHeader: number | null = null) {
  const reading = readTable(grid, firstTable(grid), previousHeader);
  if (!reading) throw new Error('table not read');
  return reading;
}

const wide = (rows: CellValue[][]) =>
  sheet('PIs', [['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2006/07', 'Q2 2006/07'], ...rows]);

describe('readTable: the reader for the shape (rules §1)', () => {
  it('reads a wide table by its period columns', () => {
    const reading = read(wide([['A', 'Referrals', 'Higher', 220, 175, 229]]));
    expect([reading.table.shape, reading.periods.map((p) => p.label)]).toEqual([
      'wide',
      ['Q1 2006/07', 'Q2 2006/07'],
    ]);
  });

  it('reads a long table by its period and value columns', () => {
    const grid = sheet('Data', [
      ['Indicator', 'Polarity', 'Period', 'Value'],
      ['Referrals', 'Higher', 'Q1 2006/07', 175],
    ]);
    expect([read(grid).table.shape, read(grid).indicators.map((i) => i.name)]).toEqual([
      'long',
      ['Referrals'],
    ]);
  });

  it('gives no reading for a long table none of whose periods can be read', () => {
    const grid = sheet('Data', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Autumn', 175],
    ]);
    expect(readTable(grid, firstTable(grid), null)).toBeNull();
  });
});

describe('readTable: the heading above a repeated header (docs/rules.md §8 reading 2)', () => {
  const grid = sheet('PIs', [
    ['Staying Safe'],
    ['Indicator', 'Polarity', 'Q1 2006/07'],
    ['Referrals', 'Higher', 175],
  ]);

  it('gives the first rows the heading above the header when there is a table above (or a sheet of several)', () => {
    expect(read(grid, -1).indicators[0]?.outcome).toBe('Staying Safe');
  });

  it('takes the rows above the only table as titles, never an outcome', () => {
    expect(read(grid, null).indicators[0]?.outcome).toBeNull();
  });
});

describe('readTable: one list of data issues (rules §5)', () => {
  it("puts the table's own issues first, then each indicator's, in row order", () => {
    const reading = read(
      wide([
        ['A', 'Referrals', 'Sideways', 220, 175, 229],
        ['B', null, 'Higher', 10, 5, 6],
        ['C', 'Visits', 'Higher', 10, 'lots', 6],
      ]),
    );
    expect(reading.issues.map((i) => i.cell)).toEqual(['PIs!B3', 'PIs!C2', 'PIs!E4']);
  });
});

describe('readTable: no polarity column (rules §1; docs/rules.md §8 reading 6)', () => {
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

  it('says nothing about a missing polarity column when the table has no indicator', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07'],
      [null, 175],
    ]);
    expect(read(grid).issues.map((i) => i.message)).not.toContainEqual(expect.stringContaining('polarity'));
  });
});

describe('duplicate indicators (rules §5: rows never dropped silently; docs/rules.md §8 reading 8)', () => {
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
