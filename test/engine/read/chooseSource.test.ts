/** Rules §1, docs/rules.md §8 reading 3: which sheet's tables make the digest when the user has not named one. */
import { markerText, rankSources, type SheetGrid } from '../../../src/engine';
import { sheet } from '../../support/grids';

const ranked = (sheets: SheetGrid[]) => rankSources(sheets).map((r) => r.sheet.name);

/** One sheet of a year's quarters: the same indicator table, only the periods differ. */
const year = (name: string, quarters: string[]) =>
  sheet(name, [
    ['Indicator', 'Polarity', ...quarters],
    ['Referrals', 'Higher', 175, 229],
  ]);

const notes = sheet('Notes', [['About this workbook'], ['Figures are provisional.']]);

describe('rankSources', () => {
  it('leaves out sheets without an indicator table', () => {
    expect(ranked([notes, year('PIs', ['Q1 2006/07', 'Q2 2006/07'])])).toEqual(['PIs']);
  });

  it('never offers one of our own digest sheets, though it holds a table of indicators', () => {
    const digest = sheet('Digest Q2 2006-07', [
      [markerText('Q2 2006/07')],
      ['Indicator', 'Polarity', 'Q1 2006/07', 'Q2 2006/07'],
      ['Referrals', 'Higher', 175, 229],
      ['Visits', 'Higher', 1, 2],
    ]);
    expect(ranked([digest, year('PIs', ['Q1 2006/07', 'Q2 2006/07'])])).toEqual(['PIs']);
  });

  it('puts the sheet with more indicators first', () => {
    const small = year('Small', ['Q1 2006/07', 'Q2 2006/07']);
    const large = sheet('Large', [
      ['Indicator', 'Polarity', 'Q1 2006/07', 'Q2 2006/07'],
      ['Referrals', 'Higher', 175, 229],
      ['Visits', 'Higher', 10, 12],
    ]);
    expect(ranked([small, large])).toEqual(['Large', 'Small']);
  });

  it('weighs indicators by how many recognised columns their table has', () => {
    // Three indicators read from a name and one period (0.6 each) count less than two from a full table (1.0 each).
    const bare = sheet('Bare', [
      ['Indicator', 'Q2 2006/07'],
      ['A', 1],
      ['B', 2],
      ['C', 3],
    ]);
    const full = sheet('Full', [
      ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2006/07', 'Q2 2006/07'],
      ['R1', 'A', 'Higher', 5, 1, 2],
      ['R2', 'B', 'Higher', 5, 1, 2],
    ]);
    expect(ranked([bare, full])).toEqual(['Full', 'Bare']);
  });

  it('puts the sheet whose table reaches the later period first when two are otherwise equal', () => {
    const older = year('2005-06', ['Q3 2005/06', 'Q4 2005/06']);
    const newer = year('2006-07', ['Q3 2006/07', 'Q4 2006/07']);
    expect(ranked([older, newer])).toEqual(['2006-07', '2005-06']);
    expect(ranked([newer, older])).toEqual(['2006-07', '2005-06']);
  });

  it('looks at the latest period of any table on the sheet, not its first', () => {
    const reaching = sheet('Reaching', [
      ['Indicator', 'Polarity', 'Q3 2005/06', 'Q4 2005/06'],
      ['Referrals', 'Higher', 175, 229],
      [],
      ['Indicator', 'Polarity', 'Q3 2006/07', 'Q4 2006/07'],
      ['Visits', 'Higher', 1, 2],
    ]);
    const level = sheet('Level', [
      ['Indicator', 'Polarity', 'Q1 2006/07', 'Q2 2006/07'],
      ['Referrals', 'Higher', 175, 229],
      ['Visits', 'Higher', 1, 2],
    ]);
    expect(ranked([level, reaching])).toEqual(['Reaching', 'Level']);
  });

  it('keeps the workbook order between sheets equal in every way', () => {
    const first = year('First', ['Q1 2006/07', 'Q2 2006/07']);
    const second = year('Second', ['Q1 2006/07', 'Q2 2006/07']);
    expect(ranked([first, second])).toEqual(['First', 'Second']);
  });

  it('offers nothing in a workbook without a table', () => {
    expect(rankSources([notes, sheet('Empty', [])])).toEqual([]);
  });
});
