/** Rules §1, §5 and docs/rules.md §8 reading 2: the tables of one sheet that make its digest, and every table left out said so. */
import { readSheet, unreadTableErrors } from '../../../src/engine/read/readSheet';
import type { SheetGrid } from '../../../src/engine';
import { issueAt, REPEATED_HEADERS, sheet } from '../../support/grids';

function read(grid: SheetGrid) {
  const reading = readSheet(grid);
  if (!reading) throw new Error(`no digest read from ${grid.name}`);
  return reading;
}

const headerRows = (grid: SheetGrid) => read(grid).readings.map((r) => r.table.headerRow);

describe('readSheet: one table', () => {
  const grid = sheet('PIs', [
    ['Quarterly indicators'],
    ['Indicator', 'Polarity', 'Q1 2006/07', 'Q2 2006/07'],
    ['Referrals', 'Higher', 175, 229],
    ['Visits', 'Higher', 10, 12],
  ]);

  it('reads the table under its title', () => {
    expect(headerRows(grid)).toEqual([1]);
  });

  it('scores the sheet by its indicators weighted by how sure the reading is', () => {
    // Polarity and two periods are recognised: 0.6 + 0.1 × 2 = 0.8 for each of 2 indicators.
    expect(read(grid).score).toBeCloseTo(1.6, 10);
  });

  it('leaves nothing out', () => {
    expect(read(grid).leftOut).toEqual([]);
  });

  it('never takes the title above the only table as an outcome (reading 2)', () => {
    expect(read(grid).readings[0]?.indicators.map((i) => i.outcome)).toEqual([null, null]);
  });
});

describe('readSheet: no digest', () => {
  it.each([
    ['an empty sheet', []],
    ['notes', [['About this workbook'], ['Figures are provisional.']]],
    ['a header without rows', [['Indicator', 'Q1 2006/07']]],
    ['a header above blank rows', [['Indicator', 'Q1 2006/07'], [], [null, null]]],
  ])('gives none for %s', (_, rows) => {
    expect(readSheet(sheet('S', rows))).toBeNull();
  });
});

describe('readSheet: several tables (rules §1 and reading 2)', () => {
  const repeated = REPEATED_HEADERS;

  it('reads a header repeated under each outcome as tables of one digest, top to bottom', () => {
    expect(headerRows(repeated)).toEqual([1, 5]);
  });

  it('gives each table the heading just above its header as its outcome', () => {
    expect(read(repeated).readings.map((r) => r.indicators[0]?.outcome)).toEqual([
      'Be Healthy',
      'Staying Safe',
    ]);
  });

  it("scores the sheet by all its tables' indicators", () => {
    expect(read(repeated).score).toBeCloseTo(1.6, 10);
  });

  const mixed = sheet('PIs', [
    ['Indicator', 'Q4 2006/07'],
    ['Referrals', 229],
    [],
    ['Indicator', 'Jun-06', 'Jul-06'],
    ['Re-referrals', 0.2, 0.21],
    ['Core assessments', 0.7, 0.72],
  ]);

  it('keeps only the tables of the best table’s period type (rules §2)', () => {
    expect(headerRows(mixed)).toEqual([3]);
  });

  it('says at its indicator-name header that a table of another period type is left out, and how many indicators', () => {
    expect(read(mixed).leftOut).toContainEqual({
      severity: 'warning',
      cell: 'PIs!A1',
      message:
        'The table whose header is row 1 holds quarters, not months like the table with header row 4, so its 1 indicator(s) are left out of this digest. Move it to a sheet of its own to make a digest of it.',
    });
  });

  it('keeps the data issues of a table left out (rules §5: nothing dropped silently)', () => {
    // The left-out table has no polarity column: its own warning still shows.
    expect(read(mixed).leftOut).toContainEqual(issueAt('warning', 'PIs!A1', 'no polarity column'));
  });

  it('leaves out a long table beside a wide one of the same periods, naming its shape', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q1 2006/07', 'Q2 2006/07'],
      ['Referrals', 175, 229],
      ['Visits', 10, 12],
      [],
      ['Indicator', 'Period', 'Value'],
      ['Conceptions', 'Q1 2006/07', 50],
    ]);
    expect(headerRows(grid)).toEqual([0]);
    expect(read(grid).leftOut).toContainEqual(
      issueAt(
        'warning',
        'PIs!A5',
        'holds a long table of quarters, not quarters like the table with header row 1',
      ),
    );
  });

  it('leaves out a table of calendar years beside one of financial years', () => {
    const grid = sheet('PIs', [
      ['Indicator', '2005/06', '2006/07'],
      ['Referrals', 175, 229],
      ['Visits', 10, 12],
      [],
      ['Indicator', '2005', '2006'],
      ['Conceptions', 50, 48],
    ]);
    expect(headerRows(grid)).toEqual([0]);
    expect(read(grid).leftOut).toContainEqual(issueAt('warning', 'PIs!A5', 'left out of this digest'));
  });

  it('takes the table read with more confidence as the best, though it comes second', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Q4 2006/07'],
      ['Referrals', 229],
      [],
      ['Indicator', 'Jun-06', 'Jul-06'],
      ['Re-referrals', 0.2, 0.21],
    ]);
    // One indicator each; the month table has two periods, so its reading is surer.
    expect(headerRows(grid)).toEqual([3]);
  });

  it('says with an error at its period header that a long table none of whose periods can be read is left out', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Q5 2006/07', 175],
      [],
      ['Indicator', 'Period', 'Value'],
      ['Re-referrals', 'Q1 2005/06', 0.2],
    ]);
    expect(read(grid).leftOut).toEqual([
      {
        severity: 'error',
        cell: 'PIs!B1',
        message:
          'No period under B1 could be read, so the table whose header is row 1 is left out. Write periods as, for example, Q3 2006/07 or Jun 2006.',
      },
    ]);
  });
});

describe('unreadTableErrors: why a sheet with a table header gives no digest (rules §5)', () => {
  it('gives the errors that left every row out, cell by cell', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Value', 'Period'],
      ['n/a', 0, 'n/a'],
      [null, 0, 'Q1 2005/06'],
    ]);
    expect(readSheet(grid)).toBeNull();
    expect(unreadTableErrors(grid).map((i) => i.cell)).toEqual(['PIs!A3', 'PIs!C2']);
  });

  it('gives the error of a table none of whose periods can be read', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Period', 'Value'],
      ['Referrals', 'Autumn', 175],
    ]);
    expect(unreadTableErrors(grid)).toEqual([issueAt('error', 'PIs!B1', 'No period under B1 could be read')]);
  });

  it('leaves warnings out: they do not stop a digest', () => {
    const grid = sheet('PIs', [
      ['Indicator', 'Polarity', 'Q1 2006/07'],
      [null, 'Higher', 175],
    ]);
    expect(unreadTableErrors(grid).map((i) => i.severity)).toEqual(['error']);
  });

  it('gives nothing for a sheet without a table header', () => {
    expect(unreadTableErrors(sheet('Notes', [['About this workbook']]))).toEqual([]);
  });
});
