/**
 * Issue 11, docs/rules.md §11 "Due dates": due dates and timescales as officers write them, day first: each reading
 * gives the due day (and a band's first day), or no due date, or unreadable.
 */
import { readDue, readDueText } from '../../../src/engine/actions/dueDate';
import { dayOfIso, isoOf } from '../../../src/engine/periods/calendarDate';

/** The reading with its days as ISO dates. */
function read(text: string) {
  const r = readDueText(text);
  if (r.kind === 'due')
    return { kind: r.kind, due: isoOf(r.day), from: r.from === null ? null : isoOf(r.from) };
  if (r.kind === 'open') return { kind: r.kind, from: isoOf(r.from) };
  return r;
}

describe('readDueText: one day, day first (docs/rules.md §11)', () => {
  it.each([
    ['19.05.06', '2006-05-19', "seed 003's DATE: 19.05.06"],
    ['31/05/2006', '2006-05-31', 'slashes, four-digit year'],
    ['31-05-2006', '2006-05-31', 'dashes'],
    ['1/6/06', '2006-06-01', 'one-digit day and month'],
    ['31 May 2006', '2006-05-31', 'the month in words'],
    ['31st May 2006', '2006-05-31', 'an ordinal day'],
    ['31-May-06', '2006-05-31', "Excel's d-mmm-yy"],
    ['May 31, 2006', '2006-05-31', 'the month first, in words'],
    ['2006-05-31', '2006-05-31', 'ISO'],
    ['2006/05/31', '2006-05-31', 'year first, with slashes'],
    ['by 30 June 2006', '2006-06-30', 'by …'],
    ['Deadline: 30/06/2006', '2006-06-30', 'a label'],
  ])('reads %p as %s (%s)', (text, due) => {
    expect(read(text)).toEqual({ kind: 'due', due, from: null });
  });
});

describe('readDueText: a month, quarter, year or band is due at its end (docs/rules.md §11)', () => {
  it.each([
    ['May 2006', '2006-05-31', '2006-05-01'],
    ['May-06', '2006-05-31', '2006-05-01'],
    ['05/2006', '2006-05-31', '2006-05-01'],
    ['End of June 2006', '2006-06-30', '2006-06-01'],
    ['February 2007', '2007-02-28', '2007-02-01'],
    ['Q1 2006/07', '2006-06-30', '2006-04-01'],
    ['2006/07', '2007-03-31', '2006-04-01'],
    ['January – June 2006', '2006-06-30', '2006-01-01'],
    ['Jan-Jun 2006', '2006-06-30', '2006-01-01'],
    ['April 2006 to March 2007', '2007-03-31', '2006-04-01'],
    ['December - March 2007', '2007-03-31', '2006-12-01'],
  ])('reads %p as due %s, from %s', (text, due, from) => {
    expect(read(text)).toEqual({ kind: 'due', due, from });
  });
});

describe('readDueText: open bands, no date, and text that is no date (docs/rules.md §11)', () => {
  it.each(['June 2006 –', 'June 2006 -', 'June 2006 onwards', 'From June 2006'])(
    'reads %p as an open band from 1 June 2006, with no due date',
    (text) => {
      expect(read(text)).toEqual({ kind: 'open', from: '2006-06-01' });
    },
  );

  it.each(['', 'Ongoing', 'TBC', 'n/a', 'As required'])('reads %p as no due date', (text) => {
    expect(read(text)).toEqual({ kind: 'none' });
  });

  it.each(['Spring 2007', 'soon', '31/02/2006'])('cannot read %p', (text) => {
    expect(read(text)).toEqual({ kind: 'unreadable', text });
  });
});

describe('readDue: date cells and numbers (docs/rules.md §11)', () => {
  it('reads a date-formatted serial as its day', () => {
    expect(readDue(38868, 'dd/mm/yyyy')).toEqual({ kind: 'due', day: dayOfIso('2006-05-31'), from: null });
  });

  it('reads an unformatted Excel serial in a due column as a date', () => {
    expect(readDue(38868, 'General')).toEqual({ kind: 'due', day: dayOfIso('2006-05-31'), from: null });
  });

  it('reads a year number as the end of that calendar year', () => {
    expect(readDue(2007, 'General')).toEqual({
      kind: 'due',
      day: dayOfIso('2007-12-31'),
      from: dayOfIso('2007-01-01'),
    });
  });

  it('cannot read a small number', () => {
    expect(readDue(12, 'General')).toEqual({ kind: 'unreadable', text: '12' });
  });
});
