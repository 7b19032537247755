/** rules §2: periods in time: canonical labels, UK financial years from 1 April, order, comparison periods, containment, the table's period type. */
import type { Period } from '../../../src/engine';
import {
  calendarYear,
  choosePeriodKind,
  comparisonPeriodOf,
  contains,
  financialYear,
  makePeriod,
  monthPeriod,
  ofKind,
  quarterPeriod,
  samePeriod,
} from '../../../src/engine/periods/period';
import { period as parsed } from '../../support/indicators';

const labels = (periods: Period[]) => periods.map((p) => p.label);

describe('canonical labels (rules §2: Q3 2006/07, Jun 2006, 2006/07, 2006)', () => {
  it.each([
    [1, 'Q1 2006/07'],
    [2, 'Q2 2006/07'],
    [3, 'Q3 2006/07'],
    [4, 'Q4 2006/07'],
  ])('labels quarter %p of the financial year from April 2006 %p', (q, label) => {
    expect(quarterPeriod(q, 2006).label).toBe(label);
  });

  it('labels a month by its short name and year', () => {
    expect(monthPeriod(2006, 5).label).toBe('Jun 2006');
  });

  it('labels a financial year by its two years', () => {
    expect(financialYear(2005).label).toBe('2005/06');
  });

  it('labels the financial year that ends in 2000 1999/00', () => {
    expect(financialYear(1999).label).toBe('1999/00');
  });

  it('labels a calendar year by its year alone', () => {
    expect(calendarYear(2006).label).toBe('2006');
  });

  it('takes a year starting in April as a financial year unless told otherwise', () => {
    expect(makePeriod('year', 2006 * 12 + 3)).toMatchObject({ fiscal: true, label: '2006/07' });
    expect(makePeriod('year', 2006 * 12)).toMatchObject({ fiscal: false, label: '2006' });
  });

  it('counts every quarter and month as part of a financial year', () => {
    expect([quarterPeriod(1, 2006).fiscal, monthPeriod(2006, 0).fiscal]).toEqual([true, true]);
  });
});

describe('UK financial years start on 1 April (rules §2)', () => {
  it('starts Q1 2006/07 in April 2006', () => {
    expect(quarterPeriod(1, 2006).start).toBe(monthPeriod(2006, 3).start);
  });

  it('starts Q4 2006/07 in January 2007', () => {
    expect(quarterPeriod(4, 2006).start).toBe(monthPeriod(2007, 0).start);
  });

  it('starts the financial year 2006/07 in April 2006 and the calendar year 2006 in January', () => {
    expect([financialYear(2006).start, calendarYear(2006).start]).toEqual([
      monthPeriod(2006, 3).start,
      monthPeriod(2006, 0).start,
    ]);
  });
});

describe('period order (rules §2: all labels are ordered in time)', () => {
  it('orders quarters across a financial year end', () => {
    const quarters = ['Q1 2007/08', 'Q4 2006/07', 'Q3 2006/07', 'Q2 2006/07'].map(parsed);
    expect(labels(quarters.sort((a, b) => a.start - b.start))).toEqual([
      'Q2 2006/07',
      'Q3 2006/07',
      'Q4 2006/07',
      'Q1 2007/08',
    ]);
  });

  it('orders months across a calendar year end', () => {
    expect(parsed('Dec 2006').start).toBeLessThan(parsed('Jan 2007').start);
  });
});

describe('comparisonPeriodOf (rules §2)', () => {
  it.each([
    ['Q3 2006/07', 'previous', 'Q2 2006/07'],
    ['Q1 2006/07', 'previous', 'Q4 2005/06'],
    ['Q3 2006/07', 'year', 'Q3 2005/06'],
    ['Jan 2007', 'previous', 'Dec 2006'],
    ['Mar 2009', 'year', 'Mar 2008'],
    ['2006/07', 'previous', '2005/06'],
    ['2006/07', 'year', '2005/06'],
    ['2006', 'previous', '2005'],
    ['2006', 'year', '2005'],
  ] as const)('compares %p on the %p basis with %p', (current, basis, comparison) => {
    expect(comparisonPeriodOf(parsed(current), basis).label).toBe(comparison);
  });

  it('keeps a calendar year calendar and a financial year financial', () => {
    expect([
      comparisonPeriodOf(calendarYear(2006), 'previous').fiscal,
      comparisonPeriodOf(financialYear(2006), 'previous').fiscal,
    ]).toEqual([false, true]);
  });
});

describe('contains (rules §2: a target for a year applies to its quarters and months)', () => {
  it.each([
    ['2006/07', 'Q1 2006/07', true],
    ['2006/07', 'Q4 2006/07', true],
    ['2006/07', 'Mar 2007', true],
    ['2006/07', 'Apr 2007', false],
    ['2006/07', 'Mar 2006', false],
    ['2006/07', 'Q1 2007/08', false],
    ['Q3 2006/07', 'Dec 2006', true],
    ['Q3 2006/07', 'Jan 2007', false],
    ['Q3 2006/07', 'Q3 2006/07', true],
    ['Q3 2006/07', '2006/07', false],
    ['2006', 'Q4 2006/07', false],
    ['2006', 'Dec 2006', true],
  ] as const)('takes %p to contain %p: %p', (outer, inner, inside) => {
    expect(contains(parsed(outer), parsed(inner))).toBe(inside);
  });
});

describe('samePeriod', () => {
  it('takes two spellings of one quarter as the same period', () => {
    expect(samePeriod(parsed('Q1 2006/07'), parsed('Apr-Jun 2006'))).toBe(true);
  });

  it('does not take a month and the quarter starting with it as the same period', () => {
    expect(samePeriod(parsed('Apr 2006'), parsed('Q1 2006/07'))).toBe(false);
  });

  it('does not take a calendar year and a financial year of one start as the same period', () => {
    const start = 2006 * 12 + 3;
    expect(samePeriod(makePeriod('year', start, true), makePeriod('year', start, false))).toBe(false);
  });
});

describe("choosePeriodKind: the table's period type (rules §2)", () => {
  it('finds none among no periods', () => {
    expect(choosePeriodKind([])).toBeNull();
  });

  it.each([
    [['Q1 2006/07', 'Jul 2006', 'Aug 2006'], 'month'],
    [['2006/07', 'Q1 2006/07'], 'quarter'],
    [['2005/06', '2006/07'], 'year'],
  ])('takes the finest type found among %p: %p', (found, type) => {
    expect(choosePeriodKind(found.map(parsed))?.type).toBe(type);
  });

  it('takes the kind of year in more columns: two calendar years over one financial year', () => {
    expect(choosePeriodKind(['2005', '2006', '2006/07'].map(parsed))).toEqual({
      type: 'year',
      fiscal: false,
    });
  });

  it('takes financial years when financial and calendar years are as many (docs/rules.md §8 reading 11)', () => {
    expect(choosePeriodKind(['2005', '2005/06'].map(parsed))).toEqual({ type: 'year', fiscal: true });
  });

  it('does not count years when the table is of quarters', () => {
    expect(choosePeriodKind(['2005', '2006', 'Q1 2006/07'].map(parsed))).toEqual({
      type: 'quarter',
      fiscal: true,
    });
  });
});

describe("ofKind: whether a period is of the table's type (rules §2)", () => {
  const kinds = {
    quarters: ofKind({ type: 'quarter', fiscal: true }),
    'calendar years': ofKind({ type: 'year', fiscal: false }),
  };

  it.each([
    ['quarters', 'Q2 2006/07', true],
    ['quarters', 'Jul 2006', false],
    ['quarters', '2006/07', false],
    ['calendar years', '2006', true],
    ['calendar years', '2006/07', false],
  ] as const)('in a table of %s, takes %p as of its type: %p', (kind, label, of) => {
    expect(kinds[kind](parsed(label))).toBe(of);
  });
});
