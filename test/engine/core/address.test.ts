/** rules §5: cell addresses in Excel's own form (`Sheet1!D7`, `'PIs Q3'!D7`). */
import { cellAddress, columnIndex, columnLetters, quoteSheetName } from '../../../src/engine';

describe('columnLetters and columnIndex', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %p is %p and back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });
});

describe('quoteSheetName (rules §5)', () => {
  it.each([
    ['Sheet1', 'Sheet1'],
    ['PIs', 'PIs'],
    ['Council_Plan', 'Council_Plan'],
  ])('leaves the plain name %p unquoted', (name, shown) => {
    expect(quoteSheetName(name)).toBe(shown);
  });

  it.each([
    ['PIs Q3', "'PIs Q3'"],
    ['Council Plan', "'Council Plan'"],
    ['2006-07', "'2006-07'"],
    ['Q3', "'Q3'"],
    ['AB12', "'AB12'"],
    ['R1C1', "'R1C1'"],
    ["Bob's PIs", "'Bob''s PIs'"],
  ])('quotes %p as %p', (name, shown) => {
    expect(quoteSheetName(name)).toBe(shown);
  });
});

describe('cellAddress (rules §5)', () => {
  it('writes Sheet1!D7 for row 6, column 3 of Sheet1', () => {
    expect(cellAddress('Sheet1', 6, 3)).toBe('Sheet1!D7');
  });

  it("writes 'PIs Q3'!D7 for a sheet name with a space", () => {
    expect(cellAddress('PIs Q3', 6, 3)).toBe("'PIs Q3'!D7");
  });
});
