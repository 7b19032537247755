/** Rules §5: data issues name their cell in Excel's own form, wherever the grid starts on the sheet. */
import { addresser, issue } from '../../../src/engine/core/issues';
import { sheet } from '../../support/grids';

describe('addresser', () => {
  const at = addresser(sheet('PIs', [[]]));

  it("gives a grid cell's address with its sheet: PIs!D2", () => {
    expect(at.address(1, 3)).toBe('PIs!D2');
  });

  it("gives a grid cell's reference without the sheet, as messages quote it: D2", () => {
    expect(at.ref(1, 3)).toBe('D2');
  });

  it('gives the row number people see, counting from 1', () => {
    expect(at.rowNumber(0)).toBe(1);
  });

  it('quotes a sheet name with a space, as Excel does', () => {
    expect(addresser(sheet('PIs Q3', [[]])).address(0, 0)).toBe("'PIs Q3'!A1");
  });

  describe('on a grid that starts at B5 (a used range need not start at A1)', () => {
    const offset = addresser(sheet('PIs', [[]], { origin: 'B5' }));

    it('gives sheet addresses, not grid ones', () => {
      expect(offset.address(0, 0)).toBe('PIs!B5');
    });

    it('gives sheet references', () => {
      expect(offset.ref(2, 1)).toBe('C7');
    });

    it('gives sheet row numbers', () => {
      expect(offset.rowNumber(2)).toBe(7);
    });
  });
});

describe('issue', () => {
  it('holds a severity, a cell and a message', () => {
    expect(issue('warning', 'PIs!D7', 'Value "sixty" in D7 is not a number; treated as no value.')).toEqual({
      severity: 'warning',
      cell: 'PIs!D7',
      message: 'Value "sixty" in D7 is not a number; treated as no value.',
    });
  });

  it('may have no cell, for an issue about the whole workbook', () => {
    expect(issue('error', null, 'No table.').cell).toBeNull();
  });
});
