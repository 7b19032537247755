/** rules §1 "Values": every value form, every no-value token, and what is unreadable. */
import { parseValue } from '../../../src/engine';

describe('parseValue (rules §1 Values)', () => {
  it.each([
    [65, 65],
    [0.65, 0.65],
    [-3.5, -3.5],
    [0, 0],
  ])('reads the number %p as %p', (cell, value) => {
    expect(parseValue(cell)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['1,234', 1234],
    [' 65 ', 65],
    ['65%', 0.65],
    ['£1,200', 1200],
    ['(12)', -12],
    ['12.5', 12.5],
    ['-7', -7],
    ['1,234,567.5', 1234567.5],
  ])('reads the text %p as the number %p', (cell, value) => {
    expect(parseValue(cell)).toEqual({ kind: 'number', value });
  });

  it('reads "65%" as 0.65, the number Excel stores, never 65', () => {
    expect(parseValue('65%')).toEqual({ kind: 'number', value: 0.65 });
  });

  it.each([
    [null],
    [''],
    ['   '],
    ['n/a'],
    ['N/A'],
    ['na'],
    ['NA'],
    ['-'],
    ['–'],
    ['..'],
    ['tbc'],
    ['TBC'],
    ['not available'],
    ['Not Available'],
    ['x'],
    ['X'],
    ['*'],
  ])('reads %p as no value', (cell) => {
    expect(parseValue(cell)).toEqual({ kind: 'none' });
  });

  it.each([['#N/A'], ['#DIV/0!'], ['#VALUE!'], ['#REF!'], ['#NAME?'], ['#NUM!'], ['#NULL!']])(
    'reads the Excel error %p as no value',
    (cell) => {
      expect(parseValue(cell)).toEqual({ kind: 'none' });
    },
  );

  it.each([['sixty'], ['65 per cent?'], ['1,23'], ['12abc']])(
    'reads %p as unreadable, keeping its text for the data issue',
    (cell) => {
      expect(parseValue(cell)).toEqual({ kind: 'unreadable', text: cell });
    },
  );

  it('reads a boolean cell as unreadable, not as 1 or 0', () => {
    expect(parseValue(true)).toEqual({ kind: 'unreadable', text: 'TRUE' });
  });
});
