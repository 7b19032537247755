/** rules §1 "Unit" and §2 (date cells): reading Excel number format codes. */
import { isDateFormat, isGeneralFormat, isPercentFormat } from '../../../src/engine/core/numberFormats';

describe('isPercentFormat (rules §1 Unit)', () => {
  it.each([['0%'], ['0.0%'], ['0.00%'], ['[Red]0.0%']])('sees %p as a percentage format', (format) => {
    expect(isPercentFormat(format)).toBe(true);
  });

  it.each([['General'], ['0.0'], ['#,##0'], ['0.0"%"'], ['0\\%'], [undefined]])(
    'does not see %p as a percentage format (a literal % sign is not one)',
    (format) => {
      expect(isPercentFormat(format)).toBe(false);
    },
  );
});

describe('isDateFormat (rules §2 date cells)', () => {
  it.each([['mmm-yy'], ['dd/mm/yyyy'], ['yyyy-mm-dd'], ['mmmm yyyy'], ['[$-809]mmm yy']])(
    'sees %p as a date format',
    (format) => {
      expect(isDateFormat(format)).toBe(true);
    },
  );

  it.each([['General'], ['0.0'], ['#,##0'], ['0.00E+00'], ['0.0%'], ['"Days "0'], [undefined]])(
    'does not see %p as a date format',
    (format) => {
      expect(isDateFormat(format)).toBe(false);
    },
  );
});

describe('isGeneralFormat', () => {
  it.each([['General'], ['general'], [''], [undefined]])('sees %p as no format', (format) => {
    expect(isGeneralFormat(format)).toBe(true);
  });

  it('sees 0.0% as a format of its own', () => {
    expect(isGeneralFormat('0.0%')).toBe(false);
  });
});
