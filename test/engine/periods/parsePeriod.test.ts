/** rules §2: every period spelling read as a period, with its canonical label; UK financial years from 1 April. */
import { parsePeriod } from '../../../src/engine';
import type { Period } from '../../../src/engine';

const label = (cell: string | number, format?: string) => parsePeriod(cell, format)?.label ?? null;
const parsed = (cell: string | number, format?: string): Period => {
  const p = parsePeriod(cell, format);
  if (!p) throw new Error(`${String(cell)} is not a period`);
  return p;
};

describe('parsePeriod: quarters (rules §2)', () => {
  it.each([
    ['Q1 2006/07', 'Q1 2006/07'],
    ['2006/07 Q1', 'Q1 2006/07'],
    ['Q1 06/07', 'Q1 2006/07'],
    ['Qtr 1 2006-07', 'Q1 2006/07'],
    ['Apr-Jun 2006', 'Q1 2006/07'],
    ['q3 2006/07', 'Q3 2006/07'],
    ['Q3  2006/2007', 'Q3 2006/07'],
    ['Quarter 2 2006/07', 'Q2 2006/07'],
    ['Jul-Sep 2006', 'Q2 2006/07'],
    ['Oct-Dec 2006', 'Q3 2006/07'],
    ['Jan-Mar 2007', 'Q4 2006/07'],
  ])('reads %p as %p', (text, canonical) => {
    expect(label(text)).toBe(canonical);
    expect(parsed(text).type).toBe('quarter');
  });

  it('puts Q1 2006/07 in April to June 2006, because UK financial years start on 1 April', () => {
    expect(parsed('Q1 2006/07').start).toBe(parsed('Apr 2006').start);
  });

  it('puts Q4 2006/07 in January to March 2007', () => {
    expect(parsed('Q4 2006/07').start).toBe(parsed('Jan 2007').start);
  });

  it('does not read a month span that is not a quarter (Feb-Apr) as a quarter', () => {
    expect(parsePeriod('Feb-Apr 2006')).toBeNull();
  });

  it('does not read a quarter of a financial year whose second year does not follow the first', () => {
    expect(parsePeriod('Q1 2006/08')).toBeNull();
  });
});

describe('parsePeriod: months (rules §2)', () => {
  it.each([
    ['Jun-06', 'Jun 2006'],
    ['Jun 2006', 'Jun 2006'],
    ['June 2006', 'Jun 2006'],
    ['june 2006', 'Jun 2006'],
    ['Sep-07', 'Sep 2007'],
    ['Jan 2007', 'Jan 2007'],
  ])('reads %p as %p', (text, canonical) => {
    expect(label(text)).toBe(canonical);
    expect(parsed(text).type).toBe('month');
  });

  it.each([
    [38869, 'mmm-yy', 'Jun 2006'],
    [39083, 'dd/mm/yyyy', 'Jan 2007'],
    [39508, 'mmmm yyyy', 'Mar 2008'],
    [38883.5, 'mmm-yy', 'Jun 2006'],
  ])('reads the Excel date serial %p formatted %p as %p', (serial, format, canonical) => {
    expect(label(serial, format)).toBe(canonical);
  });

  it('does not read a serial with no date format as a month', () => {
    expect(label(38869, 'General')).toBeNull();
  });
});

describe('parsePeriod: years (rules §2)', () => {
  it.each([
    ['2005/06', '2005/06'],
    ['2005-06', '2005/06'],
    ['2005/2006', '2005/06'],
    ['FY 2005/06', '2005/06'],
    ['1999/00', '1999/00'],
  ])('reads %p as the financial year %p', (text, canonical) => {
    const p = parsed(text);
    expect(p.label).toBe(canonical);
    expect(p).toMatchObject({ type: 'year', fiscal: true });
  });

  it('starts the financial year 2005/06 on 1 April 2005', () => {
    expect(parsed('2005/06').start).toBe(parsed('Apr 2005').start);
  });

  it.each([['2006'], [2006]])('reads %p as the calendar year 2006', (cell) => {
    expect(parsePeriod(cell)).toMatchObject({ type: 'year', fiscal: false, label: '2006' });
  });

  it('starts the calendar year 2006 in January', () => {
    expect(parsed('2006').start).toBe(parsed('Jan 2006').start);
  });
});

describe('parsePeriod: what is not a period', () => {
  it.each([['Target'], ['Indicator'], ['Q5 2006/07'], ['65%'], [''], ['Smarch 2006']])(
    'does not read %p',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it.each([[12], [65.5], [0.75]])('does not read the plain number %p as a year', (n) => {
    expect(parsePeriod(n)).toBeNull();
  });
});
