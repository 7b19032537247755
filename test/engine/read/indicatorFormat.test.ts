/** Rules §1 Values and Unit, docs/rules.md §8 reading 7: an indicator's display format, and values never rescaled. */
import type { CellValue } from '../../../src/engine';
import { displayFormat } from '../../../src/engine/read/indicatorFormat';
import { issueAt, sheet } from '../../support/grids';
import { sourceIndicator, valueEntries } from '../../support/indicators';

/**
 * An indicator whose value cells are C5 and D5 on the sheet (their figures as typed) and whose target cell is E5,
 * after displayFormat has looked at them with the given unit.
 */
function formatted(
  figures: [CellValue, CellValue],
  { unit = '', formats = {} }: { unit?: string; formats?: Record<string, string> } = {},
) {
  const grid = sheet('PIs', [[], [], [], [], [null, 'Initial assessments', ...figures, 0.75]], { formats });
  const value = (v: CellValue) => (typeof v === 'number' ? v : null);
  const ind = sourceIndicator({ 'Q1 2006/07': value(figures[0]), 'Q2 2006/07': value(figures[1]) });
  displayFormat(ind, grid, [4], [2, 3, 4], unit);
  return ind;
}

describe('displayFormat: the number format (rules §6: values shown in the indicator’s own format)', () => {
  it("takes the first value or target cell's own format", () => {
    expect(formatted([0.6, 0.65], { formats: { D5: '0%', E5: '0.0%' } }).numberFormat).toBe('0%');
  });

  it('takes a target cell’s format when the value cells have none', () => {
    expect(formatted([0.6, 0.65], { formats: { E5: '0.0%' } }).numberFormat).toBe('0.0%');
  });

  it('shows a percentage of fractions (unit %) as a percentage, without rescaling it', () => {
    expect(formatted([0.6, 0.65], { unit: '%' }).numberFormat).toBe('0.0%');
  });

  it('shows a percentage of whole numbers (unit %) with a percent sign, as typed (65 stays 65)', () => {
    expect(formatted([60, 65], { unit: '%' }).numberFormat).toBe('0.0"%"');
  });

  it.each([['%'], ['Percent'], ['PERCENTAGE'], ['pct'], ['per cent'], ['%age']])(
    'reads the unit %p as a percentage',
    (unit) => {
      expect(formatted([0.6, 0.65], { unit }).numberFormat).toBe('0.0%');
    },
  );

  it('takes text typed as "65%" as a percentage', () => {
    expect(formatted(['60%', 0.65]).numberFormat).toBe('0.0%');
  });

  it('takes 1.5 as still a fraction of a percentage (150%)', () => {
    expect(formatted([0.6, 1.5], { unit: '%' }).numberFormat).toBe('0.0%');
  });

  it('leaves an indicator that is not a percentage in General', () => {
    expect(formatted([175, 229], { unit: 'Number' }).numberFormat).toBe('General');
  });
});

describe('displayFormat: a percentage row mixing fractions and whole numbers (rules §1, reading 7)', () => {
  it('never rescales the values', () => {
    expect(valueEntries(formatted([0.6, 65], { unit: '%' }).values).map((v) => v.value)).toEqual([0.6, 65]);
  });

  it('warns at each value above 1.5, naming the indicator and saying it is not rescaled', () => {
    expect(formatted([0.6, 65], { unit: '%' }).issues).toEqual([
      issueAt(
        'warning',
        'PIs!D5',
        'Value 65 in D5 looks like a whole percentage, but other values of "Initial assessments within 7 working days" are fractions (0.65 = 65%); check it. Values are not rescaled.',
      ),
    ]);
  });

  it('does not warn at 1.5, which may be a fraction (150%)', () => {
    expect(formatted([0.6, 1.5], { unit: '%' }).issues).toEqual([]);
  });

  it('does not count zero as a fraction', () => {
    expect(formatted([0, 65], { unit: '%' }).issues).toEqual([]);
  });

  it('does not warn about a percentage row of whole numbers only', () => {
    expect(formatted([60, 65], { unit: '%' }).issues).toEqual([]);
  });

  it('does not warn about a row that is not a percentage', () => {
    expect(formatted([0.5, 229]).issues).toEqual([]);
  });
});
