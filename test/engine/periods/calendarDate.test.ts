import { dayOf, dayText, longDate } from '../../../src/engine/periods/calendarDate';

describe('longDate: the date a sheet says it was generated, and due dates, as `31 May 2006`', () => {
  it.each([
    ['2006-05-31T09:00:00Z', '31 May 2006'],
    ['2007-01-05T00:00:00Z', '5 January 2007'],
    ['2008-02-29T12:00:00Z', '29 February 2008'],
    ['1999-12-31T23:59:59Z', '31 December 1999'],
  ])('%s reads %s', (iso, text) => {
    expect(longDate(new Date(iso))).toBe(text);
  });

  it('says what Intl says for a British long date, on every day of a year', () => {
    for (let day = dayOf(2006, 0, 1)!; day <= dayOf(2006, 11, 31)!; day++)
      expect(dayText(day)).toBe(
        new Date(day * 86_400_000).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      );
  });
});
